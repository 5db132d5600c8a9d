import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { EventList } from '../../../lib/datasets/shapes/activity-log-events';
import { parseZone } from '../../../lib/datasets/ingest/zone-offsets';
import type { ActivityLogShape } from '../../../lib/datasets/shapes/shape-types';
import { SelectField } from '../../../lib/ui/select-field';
import { useEventList } from '../api/event-list';
import { messageOf } from '../model/message-of';
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

/** The event names the settings offer: the whole file's once read, the first rows' until then. */
interface EventNames {
  readonly names: readonly string[];
  readonly rows: ReadonlyMap<string, number> | null;
  /** What the list is, as the card says it. */
  readonly note: string;
}

function eventNames(shape: ActivityLogShape, list: UseQueryResult<EventList>): EventNames {
  if (list.data) {
    const { events, otherEvents, otherRows } = list.data;
    const rest =
      otherEvents > 0
        ? ` The ${otherEvents.toLocaleString('en')} rarest events (${otherRows.toLocaleString('en')} rows) are not listed: they count only while every listed event is ticked.`
        : '';
    return {
      names: events.map((e) => e.event),
      rows: new Map(events.map((e) => [e.event, e.rows])),
      note: `Listed: every event in the file, most frequent first, with its rows.${rest}`,
    };
  }
  const note = list.isError
    ? `Listed: the events in the file’s first rows (the whole file could not be read for more: ${messageOf(list.error)}).`
    : 'Listed: the events in the file’s first rows, while the whole file is read for every event…';
  return { names: shape.seenEvents, rows: null, note };
}

/** Which events count as activity: all ticked counts every event, later ones in the file too. */
function EventChoices({
  shape,
  onShape,
  events,
}: Omit<ShapeSettingsProps<ActivityLogShape>, 'plan' | 'file'> & { readonly events: EventNames }) {
  const { names, rows } = events;
  const chosen = shape.activityEvents ?? names;
  const toggle = (name: string, on: boolean) => {
    const next = names.filter((e) => (e === name ? on : chosen.includes(e)));
    onShape({ ...shape, activityEvents: next.length === names.length ? null : next });
  };
  return (
    <fieldset>
      <legend>Events that count as activity</legend>
      {names.map((name) => {
        const count = rows?.get(name);
        return (
          <label key={name} style={{ marginRight: '1rem' }}>
            <input
              type="checkbox"
              checked={chosen.includes(name)}
              // One event at least: a log with no activity has nothing to import.
              disabled={chosen.length === 1 && chosen.includes(name)}
              onChange={(event) => toggle(name, event.target.checked)}
            />{' '}
            {name}
            {count === undefined ? null : (
              <span className="chart-note">
                {' '}
                ({count.toLocaleString('en')} row{count === 1 ? '' : 's'})
              </span>
            )}
          </label>
        );
      })}
      <p className="chart-note">
        {shape.activityEvents === null
          ? 'Every event counts, including any that appear only further down the file.'
          : 'Only the ticked events count; rows of other events are left out.'}{' '}
        <span role="status">{events.note}</span>
      </p>
    </fieldset>
  );
}

/**
 * How an activity log is read, each assumption changeable before import: the columns
 * recognised, the time zone, which events count as activity and how signup days are found.
 */
export function ActivityLogSettings({ plan, shape, onShape, file }: ShapeSettingsProps<ActivityLogShape>) {
  const events = eventNames(shape, useEventList(file, plan));
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
      {shape.event !== null && events.names.length > 0 ? (
        <EventChoices shape={shape} onShape={onShape} events={events} />
      ) : null}
      {shape.signup === null && shape.event !== null && events.names.length > 0 ? (
        <SelectField<string>
          label="Signup day"
          value={shape.signupEvent ?? ''}
          options={[
            { value: '', label: 'First activity day' },
            ...events.names.map((e) => ({ value: e, label: `First “${e}” event` })),
          ]}
          onChange={(value) => onShape({ ...shape, signupEvent: value === '' ? null : value })}
        />
      ) : null}
      <p className="chart-note">Signup day: {rule}.</p>
    </section>
  );
}
