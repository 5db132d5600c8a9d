import type { ColumnMap } from '../../../lib/datasets/ingest/mapping';
import { READ_TYPES } from '../../../lib/datasets/ingest/mapping';
import type { DatasetSchema, DuckType } from '../../../lib/datasets/store/schemas';

export interface MappingTableProps {
  readonly schema: DatasetSchema;
  readonly columns: readonly ColumnMap[];
  readonly sourceNames: readonly string[];
  readonly onChange: (columns: ColumnMap[]) => void;
}

/** Map each schema column to a column of the file, and choose the type it is read as. */
export function MappingTable({ schema, columns, sourceNames, onChange }: MappingTableProps) {
  const update = (i: number, patch: Partial<ColumnMap>) => onChange(columns.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <table className="data-table" aria-label="Column mapping">
      <thead>
        <tr>
          <th scope="col">Column in Uptake</th>
          <th scope="col">Column in your file</th>
          <th scope="col">Read as</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((c, i) => {
          const spec = schema.columns.find((s) => s.name === c.column);
          return (
            <tr key={c.column}>
              <th scope="row" title={spec?.description}>
                {c.column}
                {spec?.required ? ' *' : ''}
              </th>
              <td>
                <select
                  aria-label={`Source for ${c.column}`}
                  value={c.source ?? ''}
                  onChange={(e) => update(i, { source: e.target.value === '' ? null : Number(e.target.value) })}
                >
                  <option value="">{spec?.required ? '— required: choose a column —' : '— leave empty —'}</option>
                  {sourceNames.map((name, j) => (
                    <option key={j} value={j}>
                      {j + 1}. {name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label={`Type for ${c.column}`} value={c.type} onChange={(e) => update(i, { type: e.target.value as DuckType })}>
                  {READ_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {t === spec?.type ? `${t} (expected)` : t}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
