/** The first rows of a file as the chosen dialect reads them: what you see is what will be imported. */
export function PreviewTable({ rows, header }: { rows: readonly string[][]; header: readonly string[] }) {
  return (
    <div className="preview-scroll" style={{ overflowX: 'auto', maxHeight: '16rem' }}>
      <table className="data-table" aria-label="Preview">
        <thead>
          <tr>
            {header.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {header.map((_, i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
