import { TOOL_NAMES } from '../../../lib/datasets/shapes/retention-export';
import type { PeriodUnit, RetentionExportShape } from '../../../lib/datasets/shapes/shape-types';
import { SelectField, type SelectOption } from '../../../lib/ui/select-field';
import type { ShapeSettingsProps } from './shape-settings';

const UNITS: readonly SelectOption<PeriodUnit>[] = [
  { value: 'day', label: 'Days (Day k = day k)' },
  { value: 'week', label: 'Weeks (Week k = day 7k)' },
  { value: 'month', label: 'Months (Month k = k calendar months)' },
];

const MODES: readonly SelectOption<RetentionExportShape['mode']>[] = [
  { value: 'nday', label: 'N-day: active in exactly that period' },
  { value: 'unbounded', label: 'On or after: active in that period or any later one' },
];

/**
 * How a retention export is read, each assumption a labelled control: the period unit,
 * whether the cells are counts or shares of the cohort, and N-day vs on-or-after (asked,
 * N-day by default, when the file does not say).
 */
export function RetentionExportSettings({ shape, onShape }: ShapeSettingsProps<RetentionExportShape>) {
  const sizeName = shape.size === null ? null : (shape.headers[shape.size] ?? null);
  const values: readonly SelectOption<RetentionExportShape['values']>[] = [
    { value: 'counts', label: 'Counts of users' },
    {
      value: 'shares',
      label: sizeName ? `Shares of the cohort (× "${sizeName}")` : 'Shares (needs a size column)',
    },
  ];
  return (
    <section aria-label="How the retention export is read">
      <p role="status">
        Recognised as {TOOL_NAMES[shape.tool]}: {shape.periods.length} period columns, cohorts from “
        {shape.headers[shape.cohort]}”, size from {sizeName ? `“${sizeName}”` : 'the period-0 column'}.
      </p>
      <SelectField
        label="Periods"
        accessibleName="Period of the columns"
        value={shape.unit}
        options={UNITS}
        onChange={(unit) => onShape({ ...shape, unit })}
      />{' '}
      <SelectField
        label="Cells hold"
        accessibleName="Cells hold"
        value={shape.values}
        options={sizeName ? values : values.slice(0, 1)}
        onChange={(v) => onShape({ ...shape, values: v })}
      />{' '}
      <SelectField
        label="Retention"
        accessibleName="Retention mode"
        value={shape.mode}
        options={MODES}
        onChange={(mode) => onShape({ ...shape, mode })}
      />
      <p className="chart-note">
        {shape.modeStated
          ? `As the export states it: ${shape.mode === 'nday' ? 'N-day, users active in exactly each period' : 'on or after, users active in each period or any later one'}.`
          : 'The file does not say whether it counts users active in exactly each period or in it or later: N-day unless you choose otherwise (Mixpanel and Amplitude can export either).'}
      </p>
    </section>
  );
}
