import { SelectField, toOptions, type SelectOption } from '../../../lib/ui/select-field';
import type { CompareTo } from '../hooks/use-compare-to';
import type { RelativeMeasure } from '../model/relative-curves';

const MEASURES: readonly SelectOption<RelativeMeasure>[] = [
  { value: 'difference', label: 'Difference (points)' },
  { value: 'ratio', label: 'Ratio (×)' },
];

/**
 * The curves' "Compare to" control and how the others are set against the baseline. The
 * second is disabled until a baseline is chosen: with none there is nothing to compare.
 */
export function RetentionCurvesCompare({ compare, platforms }: { compare: CompareTo; platforms: readonly string[] }) {
  return (
    <>
      <SelectField
        label="Compare to"
        accessibleName="Compare curves to"
        value={compare.baseline}
        options={[{ value: '', label: 'No baseline' }, ...toOptions(platforms)]}
        onChange={compare.setBaseline}
        title="Draw every other platform against this one; the churn table tests against it too"
      />
      <SelectField
        label="As"
        accessibleName="Compare curves as"
        value={compare.measure}
        options={MEASURES}
        onChange={compare.setMeasure}
        disabled={!compare.baseline}
      />
    </>
  );
}
