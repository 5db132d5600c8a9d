import { SelectField, toOptions, type SelectOption } from '../../../lib/ui/select-field';
import { ToggleGroup } from '../../../lib/ui/toggle-group';
import { MEASURES, MEASURE_LABELS, type Measure } from '../api/measures';

export interface AdoptionView {
  readonly measure: Measure;
  readonly region: string;
  readonly scale: 'linear' | 'log';
  readonly aligned: boolean;
  readonly oneVendor: boolean;
}

export interface AdoptionControlsProps {
  readonly view: AdoptionView;
  readonly regions: readonly string[];
  readonly onChange: (patch: Partial<AdoptionView>) => void;
}

const MEASURE_OPTIONS = toOptions<Measure>(MEASURES, (m) => MEASURE_LABELS[m]);
const SCALES: readonly SelectOption<AdoptionView['scale']>[] = [
  { value: 'linear', label: 'Linear' },
  { value: 'log', label: 'Log' },
];

/** Metric, region, scale and alignment selectors, each labelled for screen readers. */
export function AdoptionControls({ view, regions, onChange }: AdoptionControlsProps) {
  return (
    <div className="controls">
      <SelectField
        label="Metric"
        value={view.measure}
        options={MEASURE_OPTIONS}
        onChange={(measure) => onChange({ measure })}
      />
      <SelectField
        label="Region"
        value={view.region}
        options={toOptions(regions)}
        onChange={(region) => onChange({ region })}
      />
      <ToggleGroup label="Scale" value={view.scale} options={SCALES} onChange={(scale) => onChange({ scale })} />
      <label>
        <input type="checkbox" checked={view.aligned} onChange={(e) => onChange({ aligned: e.target.checked })} />
        Align on launch (days since each platform&apos;s launch)
      </label>
      <label>
        <input type="checkbox" checked={view.oneVendor} onChange={(e) => onChange({ oneVendor: e.target.checked })} />
        One counter per platform (its own figures, else the vendor with the most)
      </label>
    </div>
  );
}
