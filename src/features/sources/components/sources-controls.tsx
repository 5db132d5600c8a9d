import { metricLabel } from '../../../lib/metric-labels';
import { SelectField, type SelectOption } from '../../../lib/ui/select-field';
import type { SourcesView } from './use-sources-view';

/** The platform and metric filters of the Sources panel (empty value = every one). */
export function SourcesControls({ view }: { view: SourcesView }) {
  const platforms: SelectOption<string>[] = [
    { value: '', label: 'All platforms' },
    ...view.platforms.map((p) => ({ value: p, label: p })),
  ];
  const metrics: SelectOption<string>[] = [
    { value: '', label: 'All metrics' },
    ...view.metrics.map((m) => ({ value: m, label: `${metricLabel(m)} (${m})` })),
  ];
  return (
    <div className="controls" role="group" aria-label="Sources filters">
      <SelectField
        label="Platform"
        accessibleName="Sources platform"
        value={view.platform}
        options={platforms}
        onChange={view.setPlatform}
      />
      <SelectField
        label="Metric"
        accessibleName="Sources metric"
        value={view.metric}
        options={metrics}
        onChange={view.setMetric}
      />
    </div>
  );
}
