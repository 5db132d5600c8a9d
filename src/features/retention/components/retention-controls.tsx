import { platformColor } from '../../../lib/platforms';
import { ALL_REGIONS } from '../api/retention-filters';
import { MAX_DAY_CHOICES, type RetentionView } from './use-retention-view';

export interface RetentionControlsProps {
  readonly view: RetentionView;
  /** Platforms present in the current source, in display order. */
  readonly platforms: readonly string[];
  readonly regions: readonly string[];
}

/** The controls shared by every retention panel. Each one is labelled for screen readers. */
export function RetentionControls({ view, platforms, regions }: RetentionControlsProps) {
  const selected = view.platforms.length === 0 ? platforms : view.platforms.filter((p) => platforms.includes(p));
  const toggle = (platform: string) => {
    const next = selected.includes(platform) ? selected.filter((p) => p !== platform) : [...selected, platform];
    // All (or none) ticked is stored as "all", so platforms imported later show up too.
    view.setPlatforms(next.length === platforms.length || next.length === 0 ? [] : platforms.filter((p) => next.includes(p)));
  };
  return (
    <div className="controls" role="group" aria-label="Retention controls">
      <label>
        Data
        <select aria-label="Data source" value={view.source} onChange={(e) => view.setSource(e.target.value as RetentionView['source'])}>
          <option value="aggregate">Aggregate cohorts (retention table)</option>
          <option value="events">Raw activity events (events table)</option>
        </select>
      </label>
      <fieldset>
        <legend>Platforms</legend>
        {platforms.map((p) => (
          <label key={p}>
            <input type="checkbox" checked={selected.includes(p)} onChange={() => toggle(p)} />
            <span className="swatch" style={{ background: platformColor(p) }} aria-hidden="true" />
            {p}
          </label>
        ))}
      </fieldset>
      <label>
        Region
        <select aria-label="Region" value={view.region} onChange={(e) => view.setRegion(e.target.value)}>
          <option value={ALL_REGIONS}>All regions</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Retention</legend>
        <button type="button" aria-pressed={view.mode === 'nday'} onClick={() => view.setMode('nday')}>
          N-day
        </button>
        <button type="button" aria-pressed={view.mode === 'unbounded'} onClick={() => view.setMode('unbounded')}>
          Unbounded
        </button>
      </fieldset>
      <label>
        Days
        <select aria-label="Days shown" value={view.maxDay} onChange={(e) => view.setMaxDay(Number(e.target.value))}>
          {MAX_DAY_CHOICES.map((d) => (
            <option key={d} value={d}>
              0–{d}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={view.fit} onChange={(e) => view.setFit(e.target.checked)} />
        Fit and extrapolate to day 365
      </label>
    </div>
  );
}

/** The two definitions, shown wherever retention is drawn. */
export function RetentionDefinition({ mode }: { mode: RetentionView['mode'] }) {
  return (
    <p className="retention-definition">
      <strong>{mode === 'nday' ? 'N-day retention' : 'Unbounded retention'}</strong> (shown):{' '}
      {mode === 'nday'
        ? 'the share of a cohort active on day N after signing up.'
        : 'the share of a cohort active on day N or on any later day.'}{' '}
      {mode === 'nday'
        ? 'Unbounded retention counts "day N or later" instead, so it is never lower.'
        : 'N-day retention counts only users active on day N itself, so it is never higher.'}{' '}
      Day 0 is the signup day.
    </p>
  );
}
