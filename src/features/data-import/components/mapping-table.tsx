import type { ColumnMap } from '../../../lib/datasets/ingest/mapping';
import { READ_TYPES } from '../../../lib/datasets/ingest/mapping';
import type { DatasetSchema, DuckType } from '../../../lib/datasets/store/schemas';
import { SelectField, toOptions } from '../../../lib/ui/select-field';

/** The "no column" choice of a source select. */
const NONE = -1;
/** The "one value for every row" choice of a source select. */
const CONSTANT = -2;

export interface MappingTableProps {
  readonly schema: DatasetSchema;
  readonly columns: readonly ColumnMap[];
  readonly sourceNames: readonly string[];
  readonly onChange: (columns: ColumnMap[]) => void;
}

/** Map each schema column to a column of the file or one value for every row, and choose the type it is read as. */
export function MappingTable({ schema, columns, sourceNames, onChange }: MappingTableProps) {
  const update = (i: number, patch: Partial<ColumnMap>) =>
    onChange(columns.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  // A file column or "nothing" drops the typed-in value: `constant` set means "use it".
  const choose = (i: number, source: number) =>
    onChange(
      columns.map((c, j) => {
        if (j !== i) return c;
        const base = { column: c.column, type: c.type };
        return source === CONSTANT
          ? { ...base, source: null, constant: c.constant ?? '' }
          : { ...base, source: source === NONE ? null : source };
      }),
    );
  const sources = sourceNames.map((name, j) => ({ value: j, label: `${j + 1}. ${name}` }));
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
          if (c.derived !== undefined)
            return (
              <tr key={c.column}>
                <th scope="row" title={spec?.description}>
                  {c.column}
                </th>
                <td colSpan={2}>Computed: {c.derived}</td>
              </tr>
            );
          return (
            <tr key={c.column}>
              <th scope="row" title={spec?.description}>
                {c.column}
                {spec?.required ? ' *' : ''}
              </th>
              <td>
                <SelectField
                  label={null}
                  accessibleName={`Source for ${c.column}`}
                  value={c.source ?? (c.constant === undefined ? NONE : CONSTANT)}
                  options={[
                    { value: NONE, label: spec?.required ? '— required: choose a column —' : '— leave empty —' },
                    { value: CONSTANT, label: 'One value for every row' },
                    ...sources,
                  ]}
                  onChange={(source) => choose(i, source)}
                />
                {c.source === null && c.constant !== undefined ? (
                  <input
                    type="text"
                    aria-label={`Value for ${c.column}`}
                    value={c.constant}
                    onChange={(e) => update(i, { constant: e.target.value })}
                  />
                ) : null}
              </td>
              <td>
                <SelectField<DuckType>
                  label={null}
                  accessibleName={`Type for ${c.column}`}
                  value={c.type}
                  options={toOptions(READ_TYPES, (t) => (t === spec?.type ? `${t} (expected)` : t))}
                  onChange={(type) => update(i, { type })}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
