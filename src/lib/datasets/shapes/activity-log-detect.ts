import { normal } from '../ingest/mapping';
import type { ShapeMatch } from './shape-definition';
import type { ActivityLogShape } from './shape-types';

/** Header names of a user id, most telling first (normalised: lower case, `_` for spaces). */
const USER_NAMES = [
  'user_id',
  'userid',
  'user',
  'distinct_id',
  'uid',
  'person_id',
  'personid',
  'account_id',
  'customer_id',
  'member_id',
  'amplitude_id',
  'actor_id',
];
/** Header names of when the action happened. */
const TIME_NAMES = [
  'timestamp',
  'time',
  'ts',
  'event_time',
  'event_timestamp',
  'occurred_at',
  'created_at',
  'datetime',
  'activity_date',
  'activity_day',
  'event_date',
  'date',
  'day',
];
/** Header names of the action's name. */
const EVENT_NAMES = ['event', 'event_name', 'event_type', 'action', 'activity', 'event_key'];
/** Header names of a user's signup day or time. */
const SIGNUP_NAMES = [
  'signup_date',
  'signup_at',
  'signed_up_at',
  'signup_time',
  'signup_timestamp',
  'signup_day',
  'signup',
  'created',
  'user_created_at',
  'registered_at',
  'registration_date',
  'joined_at',
  'join_date',
];

/** A value an activity log's time column holds: Unix seconds or ms, or an ISO day with an optional time and zone. */
const TIME_VALUE =
  /^(\d{9,10}|\d{12,13}|\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)?)?)$/i;
const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether most non-blank values of a column (at least one) look like timestamps or days. */
function mostlyTimes(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  return filled.length > 0 && filled.filter((v) => TIME_VALUE.test(v)).length * 2 >= filled.length;
}

function firstOf(header: readonly string[], names: readonly string[], skip: ReadonlySet<number>): number | null {
  for (const name of names) {
    const index = header.findIndex((h, i) => h === name && !skip.has(i));
    if (index !== -1) return index;
  }
  return null;
}

/**
 * Recognise an activity log: a user id column and a time column whose values are
 * timestamps or days, with an optional event, signup, platform and region column. A file
 * already in the events schema's own columns (`user_id`, `signup_date`, `activity_date`
 * holding plain days) is left to the column-for-column path.
 */
export function detectActivityLog(
  rawHeader: readonly string[],
  body: readonly string[][],
): ShapeMatch<ActivityLogShape> | null {
  const header = rawHeader.map(normal);
  const values = (i: number) => body.map((row) => row[i] ?? '');
  const user = firstOf(header, USER_NAMES, new Set());
  if (user === null) return null;
  const taken = new Set([user]);
  let time: number | null = null;
  for (const name of TIME_NAMES) {
    const index = firstOf(header, [name], taken);
    if (index !== null && mostlyTimes(values(index))) {
      time = index;
      break;
    }
  }
  if (time === null) return null;
  taken.add(time);
  const signupAt = firstOf(header, SIGNUP_NAMES, taken);
  const signup = signupAt !== null && mostlyTimes(values(signupAt)) ? signupAt : null;
  if (signup !== null) taken.add(signup);
  const event = firstOf(header, EVENT_NAMES, taken);
  const plainDays = (i: number) => values(i).every((v) => PLAIN_DAY.test(v.trim()));
  const ownColumns = ['user_id', 'signup_date', 'activity_date'].every((n) => header.includes(n));
  if (ownColumns && signup !== null && plainDays(time) && plainDays(signup)) return null;

  const seenEvents =
    event === null ? [] : [...new Set(values(event).map((v) => v.trim()))].filter((v) => v !== '').slice(0, 50);
  const name = (i: number) => `"${rawHeader[i] ?? ''}"`;
  const mapped: Record<string, number> = { user_id: user };
  for (const column of ['platform', 'region'] as const) {
    const index = header.indexOf(column);
    if (index !== -1) mapped[column] = index;
  }
  const perPlatform = 'platform' in mapped ? ' on each platform' : '';
  const derived = {
    activity_date: `the day of ${name(time)} in the time zone chosen above`,
    signup_date:
      signup === null
        ? `each user's first activity day${perPlatform} (or first signup event, as chosen above)`
        : `the day of ${name(signup)} in the time zone chosen above`,
  };
  const parts = [`user ${name(user)}`, `time ${name(time)}`];
  if (event !== null) parts.push(`event ${name(event)}`);
  if (signup !== null) parts.push(`signup ${name(signup)}`);
  return {
    kind: 'events',
    shape: {
      kind: 'activity-log',
      user,
      time,
      event,
      signup,
      zone: 'UTC',
      activityEvents: null,
      signupEvent: null,
      seenEvents,
      fileColumns: rawHeader.map((h) => h.trim()),
    },
    derived,
    mapped,
    constants: [],
    notes: [`Read as an activity log (one row per user action: ${parts.join(', ')}); each row becomes an active day.`],
  };
}
