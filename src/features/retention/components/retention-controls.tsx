import { platformColor } from '../../../lib/platforms';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { SelectField, toOptions, type SelectOption } from '../../../lib/ui/select-field';
import { Swatch } from '../../../lib/ui/swatch';
import { ToggleGroup } from '../../../lib/ui/toggle-group';
import { ALL_REGIONS, type RetentionMode, type RetentionSource } from '../api/retention-filters';
import { useRetentionOptions } from '../api/retention-options';
import { platformsWithoutRegion, regionCoverageNote } from '../model/region-coverage';
import { MAX_DAY_CHOICES, type RetentionView } from './use-retention-view';

export interface RetentionControlsProps {
  readonly view: RetentionView;
  /** Platforms present in the current source, in display order. */
  readonly platforms: readonly string[];
  readonly regions: readonly string[];
}

const SOURCES: readonly SelectOption<RetentionSource>[] = [
  { value: 'aggregate', label: 'Aggregate cohorts (retention table)' },
  { value: 'events', label: 'Raw activity events (events table)' },
];
const MODES: readonly SelectOption<RetentionMode>[] = [
  { value: 'nday', label: 'N-day' },
  { value: 'unbounded', label: 'Unbounded' },
];
const MAX_DAYS = toOptions<number>(MAX_DAY_CHOICES, (d) => `0–${d}`);

/** The controls shared by every retention panel. Each one is labelled for screen readers. */
export function RetentionControls({ view, platforms, regions }: RetentionControlsProps) {
  const theme = useChartTheme();
  const selected = view.platforms.length === 0 ? platforms : view.platforms.filter((p) => platforms.includes(p));
  const toggle = (platform: string) => {
    const next = selected.includes(platform) ? selected.filter((p) => p !== platform) : [...selected, platform];
    // The last ticked box is disabled, so `next` is never empty. All ticked is stored as
    // "all", so platforms imported later show up too.
    if (next.length === 0) return;
    view.setPlatforms(next.length === platforms.length ? [] : platforms.filter((p) => next.includes(p)));
  };
  const onlyOne = selected.length === 1 && platforms.length > 1;
  const options = useRetentionOptions({ source: view.source });
  const hidden = regionCoverageNote(
    view.region,
    platformsWithoutRegion(options.data ?? [], selected, view.region, ALL_REGIONS),
  );
  const regionOptions = [{ value: ALL_REGIONS, label: 'All regions' }, ...toOptions(regions)];
  return (
    <div className="controls" role="group" aria-label="Retention controls">
      <SelectField
        label="Data"
        accessibleName="Data source"
        value={view.source}
        options={SOURCES}
        onChange={view.setSource}
      />
      <fieldset>
        <legend>Platforms</legend>
        {platforms.map((p) => (
          <label key={p}>
            <input
              type="checkbox"
              checked={selected.includes(p)}
              disabled={onlyOne && selected.includes(p)}
              aria-describedby={onlyOne && selected.includes(p) ? 'retention-platforms-note' : undefined}
              onChange={() => toggle(p)}
            />
            <Swatch color={platformColor(p, theme.name)} />
            {p}
          </label>
        ))}
        {onlyOne ? (
          <small id="retention-platforms-note" className="field-note">
            At least one platform is shown
          </small>
        ) : null}
      </fieldset>
      <SelectField
        label="Region"
        accessibleName="Region"
        value={view.region}
        options={regionOptions}
        onChange={view.setRegion}
      />
      {hidden ? (
        <p className="field-note" role="status">
          {hidden}
        </p>
      ) : null}
      <ToggleGroup label="Retention" value={view.mode} options={MODES} onChange={view.setMode} />
      <SelectField
        label="Days"
        accessibleName="Days shown"
        value={view.maxDay}
        options={MAX_DAYS}
        onChange={view.setMaxDay}
      />
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
