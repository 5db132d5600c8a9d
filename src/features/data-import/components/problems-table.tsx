import type { CsvProblem } from '../../../lib/datasets/ingest/csv-load-error';

/** Each problem with its line, column and reason. */
export function ProblemsTable({ problems }: { problems: readonly CsvProblem[] }) {
  return (
    <table className="data-table" aria-label="Problems">
      <thead>
        <tr>
          <th scope="col" className="num">
            Line
          </th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td className="num">{p.line}</td>
            <td>{p.column ?? '(whole line)'}</td>
            <td>{p.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
