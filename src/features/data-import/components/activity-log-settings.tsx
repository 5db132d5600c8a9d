import { useId, useState } from 'react';
import { parseZone } from '../../../lib/datasets/ingest/zone-offsets';
import type { ActivityLogShape } from '../../../lib/datasets/shapes/shape-types';
import { SelectField } from '../../../lib/ui/select-field';
import type { ShapeSettingsProps } from './shape-settings';

/** The zone timestamps become days in: typed, checked as typed, kept at the last valid zone until it is one. */
function ZoneField({ zone, onZone }: { readonly zone: string; readonly onZone: (zone: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const hintId = useId();
  const errorId = useId();
  const text = draft ?? zone;
  const invalid = draft !== null && parseZone(draft) === null;
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div>
      <label>
        Time zone{' '}
        <input
          type="text"
          value={text}
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => {
            const typed = event.target.value;
            setDraft(typed);
            if (parseZone(typed) !== null) onZone(typed.trim());
          }}
          onBlur={() => setDraft(null)}
          style={{ width: '12rem' }}
        />
      </label>{' '}
      {browserZone && browserZone !== zone ? (
        <button
          type="button"
          onClick={() => {
            setDraft(null);
            onZone(browserZone);
          }}
        >
          Use {browserZone}
        </button>
      ) : null}
      <span id={hintId} className="chart-note">
        {' '}
        Timestamps with a zone or offset, and Unix times, become days in this zone; times written without one are taken
        as they are. UTC, an offset such as +05:30, or a name such as Europe/Berlin.
      </span>
      {invalid ? (
        <p id={errorId} className="panel-error">
          “{text}” is not a time zone; days are still taken in {zone}.
        </p>
      ) : null}
    </div>
  );
}

/** Which events count as activity: all ticked counts every event, later ones in the file too. */
function EventChoices({ shape, onShape }: Omit<ShapeSettingsProps<ActivityLogShape>, 'plan'>) {
  const chosen = shape.activityEvents ?? shape.seenEvents;
  const toggle = (name: string, on: boolean) => {
    const next = shape.seenEvents.filter((e) => (e === name ? on : chosen.includes(e)));
    onShape({ ...shape, activityEvents: next.length === shape.seenEvents.length ? null : next });
  };
  return (
    <fieldset>
      <legend>Events that count as activity</legend>
      {shape.seenEvents.map((name) => (
        <label key={name} style={{ marginRight: '1rem' }}>
          <input
            type="checkbox"
            checked={chosen.includes(name)}
            // One event at least: a log with no activity has nothing to import.
            disabled={chosen.length === 1 && chosen.includes(name)}
            onChange={(event) => toggle(name, event.target.checked)}
          />{' '}
          {name}
        </label>
      ))}
      <p className="chart-note">
        {shape.activityEvents === null
          ? 'Every event counts, including any that appear only further down the file.'
          : 'Only the ticked events count; rows of other events are left out.'}{' '}
        Listed: the events in the file’s first rows.
      </p>
    </fieldset>
  );
}

/**
 * How an activity log is read, each assumption changeable before import: the columns
 * recognised, the time zone, which events count as activity and how signup days are found.
 */
export function ActivityLogSettings({ plan, shape, onShape }: ShapeSettingsProps<ActivityLogShape>) {
  const name = (i: number) => `“${plan.sourceNames[i] ?? `column ${i + 1}`}”`;
  const columns = [`user ${name(shape.user)}`, `time ${name(shape.time)}`];
  if (shape.event !== null) columns.push(`event ${name(shape.event)}`);
  if (shape.signup !== null) columns.push(`signup ${name(shape.signup)}`);
  const perPlatform = plan.columns.some((c) => c.column === 'platform' && c.source !== null) ? ' on each platform' : '';
  const rule =
    shape.signup !== null
      ? `the day of ${name(shape.signup)}; activity before it is a problem to correct or leave out`
      : shape.signupEvent !== null
        ? `the day of each user’s first “${shape.signupEvent}” event${perPlatform}; users without one, and activity before it, are problems`
        : `each user’s first activity day${perPlatform} (the file has no signup column)`;
  return (
    <section aria-label="Activity log settings">
      <p>
        Recognised as an <strong>activity log</strong> ({columns.join(', ')}): each row becomes a day its user was
        active, imported as raw activity events for the Retention section.
      </p>
      <ZoneField zone={shape.zone} onZone={(zone) => onShape({ ...shape, zone })} />
      {shape.event !== null && shape.seenEvents.length > 0 ? <EventChoices shape={shape} onShape={onShape} /> : null}
      {shape.signup === null && shape.event !== null && shape.seenEvents.length > 0 ? (
        <SelectField<string>
          label="Signup day"
          value={shape.signupEvent ?? ''}
          options={[
            { value: '', label: 'First activity day' },
            ...shape.seenEvents.map((e) => ({ value: e, label: `First “${e}” event` })),
          ]}
          onChange={(value) => onShape({ ...shape, signupEvent: value === '' ? null : value })}
        />
      ) : null}
      <p className="chart-note">Signup day: {rule}.</p>
    </section>
  );
}
