import type { SeriesMetric, WideSeriesShape } from '../../../lib/datasets/shapes/shape-types';
import { SERIES_METRICS } from '../../../lib/datasets/shapes/wide-series-metrics';
import { SelectField } from '../../../lib/ui/select-field';
import type { ShapeSettingsProps } from './shape-settings';

const METRIC_OPTIONS = SERIES_METRICS.map((m) => ({ value: m.metric, label: m.label }));

/** What the file was read as, in words. */
function formOf(shape: WideSeriesShape): string {
  const names = shape.series.map((s) => s.name).join(', ');
  switch (shape.by) {
    case 'platform':
      return `a wide table with one column per platform (${names}), dated by "${shape.date.name}"`;
    case 'metric':
      return `a wide table with one column per metric (${names}), dated by "${shape.date.name}"`;
    case 'value':
      return `a series of values in "${names}", dated by "${shape.date.name}"`;
  }
}

/** Why the metric is what it is. */
const METRIC_WHY: Readonly<Record<WideSeriesShape['metricFrom'], string>> = {
  'file name': "Taken from the file's name.",
  assumed: 'Assumed: neither the file nor its name says which metric the values are. Choose the right one.',
  chosen: 'As you chose.',
};

/**
 * How an adoption series is read: its form, and the assumptions a file cannot state (the
 * metric of every value, the one platform), each changeable before import.
 */
export function WideSeriesSettings({ shape, onShape }: ShapeSettingsProps<WideSeriesShape>) {
  return (
    <fieldset>
      <legend>How the file is read</legend>
      <p role="status">Recognised as adoption figures: {formOf(shape)}.</p>
      {shape.by !== 'metric' ? (
        <div>
          <SelectField<SeriesMetric>
            label="Metric of every value"
            value={shape.metric}
            options={METRIC_OPTIONS}
            onChange={(metric) => onShape({ ...shape, metric, metricFrom: 'chosen' })}
          />{' '}
          <span className="chart-note">{METRIC_WHY[shape.metricFrom]}</span>
        </div>
      ) : null}
      {shape.platform !== null ? (
        <div>
          <label>
            Platform of every value{' '}
            <input
              type="text"
              value={shape.platform}
              onChange={(e) => onShape({ ...shape, platform: e.target.value })}
            />
          </label>{' '}
          <span className="chart-note">
            The file names no platform: its name is used. The chart draws each platform in its own colour.
          </span>
        </div>
      ) : null}
    </fieldset>
  );
}
