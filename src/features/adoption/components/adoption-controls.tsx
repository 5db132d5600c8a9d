import { MEASURES, MEASURE_LABELS, type Measure } from '../api/measures';

export interface AdoptionView {
  readonly measure: Measure;
  readonly region: string;
  readonly scale: 'linear' | 'log';
  readonly aligned: boolean;
}

export interface AdoptionControlsProps {
  readonly view: AdoptionView;
  readonly regions: readonly string[];
  readonly onChange: (patch: Partial<AdoptionView>) => void;
}

/** Metric, region, scale and alignment selectors, each labelled for screen readers. */
export function AdoptionControls({ view, regions, onChange }: AdoptionControlsProps) {
  return (
    <div className="controls">
      <label>
        Metric
        <select value={view.measure} onChange={(e) => onChange({ measure: e.target.value as Measure })}>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Region
        <select value={view.region} onChange={(e) => onChange({ region: e.target.value })}>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Scale</legend>
        {(['linear', 'log'] as const).map((s) => (
          <button key={s} type="button" aria-pressed={view.scale === s} onClick={() => onChange({ scale: s })}>
            {s === 'linear' ? 'Linear' : 'Log'}
          </button>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={view.aligned} onChange={(e) => onChange({ aligned: e.target.checked })} />
        Align on launch (days since each platform&apos;s launch)
      </label>
    </div>
  );
}
