import { ident, literal } from '../../sql/ident';
import { ParamList } from '../../sql/params';
import { localDaySql, ZONED } from '../ingest/local-day-sql';
import { sourceName } from '../ingest/stage';
import { parseZone, zoneTransitions } from '../ingest/zone-offsets';
import type { ReshapeInput, ShapeSql } from './shape-definition';
import type { ActivityLogShape } from './shape-types';

const DAY_MS = 86_400_000;
const field = (i: number) => ident(sourceName(i));
const TIME_HINT = 'write it as ISO 8601 (2024-03-10T14:30:00Z), YYYY-MM-DD HH:MM[:SS], or Unix seconds or milliseconds';

/**
 * The day of a text timestamp in a zone a fixed number of minutes ahead of UTC, read as
 * `localDaySql` reads it (instants shifted by the offset, wall times taken as written)
 * but with no transitions table: a fixed offset needs no ASOF join, which on a large log
 * costs more than the rest of the reshape.
 */
function fixedDaySql(text: string, minutes: string): string {
  return `CASE
    WHEN regexp_full_match(${text}, '\\d{9,10}') THEN CAST(make_timestamp(CAST(${text} AS BIGINT) * 1000000) + to_minutes(${minutes}) AS DATE)
    WHEN regexp_full_match(${text}, '\\d{12,13}') THEN CAST(epoch_ms(CAST(${text} AS BIGINT)) + to_minutes(${minutes}) AS DATE)
    WHEN regexp_matches(${text}, '${ZONED}', 'i') THEN CAST(CAST(TRY_CAST(${text} AS TIMESTAMPTZ) AS TIMESTAMP) + to_minutes(${minutes}) AS DATE)
    ELSE CAST(TRY_CAST(${text} AS TIMESTAMP) AS DATE) END`;
}

/**
 * The staged rows with `__src`, `__act` (the time column's day) and `__sig` (the signup
 * column's day, or NULL): an expression for a fixed offset, or scratch tables over the
 * zone's transitions (2006-01-01 … tomorrow) for a named zone.
 */
function daysSource(shape: ActivityLogShape, input: ReshapeInput): { before: ShapeSql['before']; from: string } {
  const zone = parseZone(shape.zone);
  if (!zone)
    throw new Error(
      `"${shape.zone}" is not a time zone: use UTC, an offset such as +05:30, or a name such as Europe/Berlin.`,
    );
  const trimmed = (i: number) => `trim(${field(i)})`;
  if (zone.kind === 'fixed') {
    const minutes = input.params.int(zone.minutes);
    const sig = shape.signup === null ? 'CAST(NULL AS DATE)' : fixedDaySql(trimmed(shape.signup), minutes);
    return {
      before: [],
      from: `(SELECT s.rowid AS __src, s.*, ${fixedDaySql(trimmed(shape.time), minutes)} AS __act, ${sig} AS __sig
        FROM ${ident(input.staging)} s)`,
    };
  }
  const today = Date.parse(`${input.today}T00:00:00Z`);
  const transitions = zoneTransitions(zone, Date.UTC(2006, 0, 1), today + DAY_MS);
  const tz = input.scratch('tz');
  const act = input.scratch('act');
  const rows = new ParamList();
  const values = transitions.map((t) => `(CAST(${rows.add(t.at)} AS BIGINT), ${rows.int(t.minutes)})`).join(', ');
  const before: { sql: string; params: ParamList['values'] }[] = [
    { sql: `CREATE TABLE ${ident(tz)} AS SELECT * FROM (VALUES ${values}) v(at_ms, minutes)`, params: rows.values },
    {
      sql: `CREATE TABLE ${ident(act)} AS SELECT * EXCLUDE (__text, __row, __day), __row AS __src, __day AS __act
        FROM (${localDaySql(input.staging, sourceName(shape.time), tz)})`,
      params: [],
    },
  ];
  if (shape.signup === null) return { before, from: `(SELECT *, CAST(NULL AS DATE) AS __sig FROM ${ident(act)})` };
  const sig = input.scratch('sig');
  before.push({
    sql: `CREATE TABLE ${ident(sig)} AS SELECT * EXCLUDE (__text, __row, __day), __day AS __sig
      FROM (${localDaySql(act, sourceName(shape.signup), tz)})`,
    params: [],
  });
  return { before, from: ident(sig) };
}

/**
 * The activity log's rows as `events`: one row per counted action, its day in the chosen
 * zone; the signup day from the signup column, the user's first chosen signup event, or
 * their first activity day (per platform when the file has one). Rows whose time does not
 * parse, users with activity before their signup, and users with no signup event get a
 * problem naming the file's column.
 */
export function activityLogSql(shape: ActivityLogShape, input: ReshapeInput): ShapeSql {
  const { before, from } = daysSource(shape, input);
  const p = input.params;
  const col = (i: number | null) => (i === null ? 'NULL' : p.add(shape.fileColumns[i] ?? sourceName(i)));
  const text = (i: number) => `coalesce(trim(${field(i)}), '')`;
  const event = shape.event === null ? 'NULL' : `nullif(${text(shape.event)}, '')`;
  const counts =
    shape.activityEvents === null || shape.event === null ? 'true' : `__event IN (${p.list(shape.activityEvents)})`;
  const signupEvent = shape.event === null || shape.signup !== null ? null : shape.signupEvent;
  const window = 'OVER (PARTITION BY __user, __platform)';
  const firstDay =
    shape.signup !== null
      ? '__sig'
      : signupEvent !== null
        ? `min(__act) FILTER (WHERE __event = ${p.add(signupEvent)}) ${window}`
        : counts === 'true'
          ? `min(__act) ${window}`
          : `min(__act) FILTER (WHERE ${counts}) ${window}`;
  const signupWord = signupEvent === null ? 'signup day' : `first "${signupEvent}" event`;
  const quoted = (i: number) => `'"' || ${text(i)} || '"'`;
  const problems: [string, string, string][] = [
    ['__user IS NULL', col(shape.user), p.add('the user id is empty; give every row a user id')],
    [`${text(shape.time)} = ''`, col(shape.time), p.add('the time is empty; give every row a timestamp or date')],
    [
      '__act IS NULL',
      col(shape.time),
      `${quoted(shape.time)} || ${p.add(` is not a timestamp or date; ${TIME_HINT}`)}`,
    ],
  ];
  if (shape.signup !== null) {
    const s = shape.signup;
    problems.push(
      [`${text(s)} = ''`, col(s), p.add("the signup is empty; give every row the user's signup date or time")],
      ['__sig IS NULL', col(s), `${quoted(s)} || ${p.add(` is not a timestamp or date; ${TIME_HINT}`)}`],
    );
  }
  if (signupEvent !== null)
    problems.push([
      '__signup IS NULL',
      col(shape.event),
      p.add(
        `this user has no "${signupEvent}" event, so no signup day; choose another signup event (or none) above, or import the valid rows`,
      ),
    ]);
  problems.push([
    '__act < __signup',
    col(shape.time),
    `${p.add('activity on ')} || strftime(__act, '%Y-%m-%d') || ${p.add(` is before this user's ${signupWord} (`)} || strftime(__signup, '%Y-%m-%d') || ${p.add('); correct the date, or import the valid rows to leave it out')}`,
  ]);
  const which = (i: 0 | 1 | 2) => `CASE ${problems.map((q) => `WHEN ${q[0]} THEN ${q[i]}`).join(' ')} END`;
  const select = `-- datasets/shapes/activity-log
SELECT __src, __user AS user_id, __platform AS platform, ${input.column('region')} AS region,
  __signup AS signup_date, __act AS activity_date, ${input.column('kind')} AS kind,
  ${which(1)} AS __problem_column, ${which(2)} AS __problem
FROM (SELECT *, ${firstDay} AS __signup FROM (
  SELECT *, nullif(${text(shape.user)}, '') AS __user, ${input.column('platform')} AS __platform, ${event} AS __event
  FROM ${from}))
WHERE ${counts}`;
  return { before, select, summary: summarySql(shape, signupEvent) };
}

/** What the card says after reading: how signup days were found, and for how many users. */
function summarySql(shape: ActivityLogShape, signupEvent: string | null): (table: string) => string {
  const rule =
    shape.signup !== null
      ? null
      : signupEvent !== null
        ? `the day of their first "${signupEvent}" event`
        : 'their first activity day';
  const counted =
    shape.activityEvents === null || shape.event === null
      ? 'every event counts as activity'
      : `only ${shape.activityEvents.map((e) => `"${e}"`).join(', ')} events count as activity; other events are left out`;
  return (table) => `-- datasets/shapes/activity-log summary
SELECT ${literal(`Timestamps are read as days in ${shape.zone}; ${counted}.`)} AS note
${
  rule === null
    ? ''
    : `UNION ALL SELECT format(${literal('{:,} users have no signup column: a user’s signup day is {}.')}, count(DISTINCT c0), ${literal(rule)})
FROM ${ident(table)} WHERE __problem IS NULL`
}`;
}
