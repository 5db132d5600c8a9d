import type { ImportPlan } from '../../../lib/datasets/ingest/import-csv';

/** Why a column got what it got: the plan's default reason while the value is unchanged. */
function reasonOf(plan: ImportPlan, column: string, value: string | number): string | null {
  const fill = plan.defaults.find((d) => d.column === column);
  if (!fill) return null;
  const same = 'constant' in fill ? fill.constant === value : fill.source === value;
  return same ? fill.why : null;
}

/**
 * The values a plan gives columns the file lacks (one value for every row, or a copy of
 * another column), each with the reason when it is the default. Nothing when there is none.
 */
export function AppliedDefaults({ plan }: { readonly plan: ImportPlan }) {
  const items = plan.columns.flatMap((c) => {
    if (c.source === null && c.constant !== undefined && c.constant.trim() !== '') {
      const why = reasonOf(plan, c.column, c.constant);
      return [{ column: c.column, text: `${c.column} = "${c.constant.trim()}"${why ? ` (${why})` : ''}` }];
    }
    const fill = plan.defaults.find((d) => d.column === c.column && 'source' in d);
    if (fill && c.source !== null && reasonOf(plan, c.column, c.source)) {
      return [{ column: c.column, text: `${c.column} from "${plan.sourceNames[c.source] ?? ''}" (${fill.why})` }];
    }
    return [];
  });
  if (items.length === 0) return null;
  return (
    <div className="applied-defaults">
      <p>Filled in for what the file lacks:</p>
      <ul aria-label="Defaults applied">
        {items.map((item) => (
          <li key={item.column}>{item.text}</li>
        ))}
      </ul>
    </div>
  );
}
