import { ident, literal } from '../../sql/ident';
import { ParamList } from '../../sql/params';
import { isoInstantSql, localDaySql, ZONED } from '../ingest/local-day-sql';
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
 * but with no transitions table: on a large log the ASOF join costs more than the rest.
 * DuckDB's TIMESTAMPTZ cast turns a written offset into UTC and leaves a wall time as it
 * is, so in UTC no zone test is needed at all; Unix times are the only ones without '-'.
 */
function fixedDaySql(value: string, minutes: number, p: ParamList): string {
  const t = `trim(${value})`;
  const shift = (instant: string) =>
    minutes === 0 ? `CAST(${instant} AS DATE)` : `CAST(${instant} + to_minutes(${p.int(minutes)}) AS DATE)`;
  const iso = isoInstantSql(value);
  const written =
    minutes === 0
      ? `CAST(${iso} AS DATE)`
      : `CASE WHEN regexp_matches(${t}, '${ZONED}', 'i') THEN ${shift(iso)} ELSE CAST(${iso} AS DATE) END`;
  return `CASE
    WHEN contains(${value}, '-') THEN ${written}
    WHEN regexp_full_match(${t}, '\\d{9,10}') THEN ${shift(`make_timestamp(CAST(${t} AS BIGINT) * 1000000)`)}
    WHEN regexp_full_match(${t}, '\\d{12,13}') THEN ${shift(`epoch_ms(CAST(${t} AS BIGINT))`)} END`;
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
  if (zone.kind === 'fixed') {
    const day = (i: number) => fixedDaySql(field(i), zone.minutes, input.params);
    const sig = shape.signup === null ? 'CAST(NULL AS DATE)' : day(shape.signup);
    return {
      before: [],
      from: `(SELECT s.rowid AS __src, s.*, ${day(shape.time)} AS __act, ${sig} AS __sig
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
  const counts =
    shape.activityEvents === null || shape.event === null ? 'true' : `__event IN (${p.list(shape.activityEvents)})`;
  const signupEvent = shape.event === null || shape.signup !== null ? null : shape.signupEvent;
  // Only read when events are chosen: trimming a column of a large log is not free.
  const event =
    shape.event === null || (counts === 'true' && signupEvent === null) ? 'NULL' : `nullif(${text(shape.event)}, '')`;
  // The first day comes from a GROUP BY joined back: on a large log a window over users costs twice as much.
  const firstFilter =
    signupEvent !== null
      ? ` FILTER (WHERE __event = ${p.add(signupEvent)})`
      : counts === 'true'
        ? ''
        : ` FILTER (WHERE ${counts})`;
  const signupWord = signupEvent === null ? 'signup day' : `first "${signupEvent}" event`;
  const quoted = (i: number) => `'"' || ${text(i)} || '"'`;
  const notTime = (i: number) => `${quoted(i)} || ${p.add(` is not a timestamp or date; ${TIME_HINT}`)}`;
  // Each problem once, by code: the blank checks run only on rows whose day did not parse.
  const reasons: [string, string][] = [
    [col(shape.user), p.add('the user id is empty; give every row a user id')],
    [col(shape.time), p.add('the time is empty; give every row a timestamp or date')],
    [col(shape.time), notTime(shape.time)],
  ];
  const codes = [
    'WHEN __user IS NULL THEN 1',
    `WHEN __act IS NULL THEN CASE WHEN ${text(shape.time)} = '' THEN 2 ELSE 3 END`,
  ];
  // `a` carries a file column's text only where its day did not parse, the one place a problem quotes it.
  const unparsed = shape.signup === shape.time ? '__act IS NULL OR __sig IS NULL' : '__act IS NULL';
  const kept = [`CASE WHEN ${unparsed} THEN ${field(shape.time)} END AS ${field(shape.time)}`];
  if (shape.signup !== null) {
    const s = shape.signup;
    reasons.push(
      [col(s), p.add("the signup is empty; give every row the user's signup date or time")],
      [col(s), notTime(s)],
    );
    codes.push(`WHEN __sig IS NULL THEN CASE WHEN ${text(s)} = '' THEN 4 ELSE 5 END`);
    if (s !== shape.time) kept.push(`CASE WHEN __sig IS NULL THEN ${field(s)} END AS ${field(s)}`);
  }
  if (signupEvent !== null) {
    reasons.push([
      col(shape.event),
      p.add(
        `this user has no "${signupEvent}" event, so no signup day; choose another signup event (or none) above, or import the valid rows`,
      ),
    ]);
    codes.push(`WHEN __signup IS NULL THEN ${reasons.length}`);
  }
  reasons.push([
    col(shape.time),
    `${p.add('activity on ')} || strftime(__act, '%Y-%m-%d') || ${p.add(` is before this user's ${signupWord} (`)} || strftime(__signup, '%Y-%m-%d') || ${p.add('); correct the date, or import the valid rows to leave it out')}`,
  ]);
  codes.push(`WHEN __act < __signup THEN ${reasons.length}`);
  const which = (i: 0 | 1) => `CASE __code ${reasons.map((r, k) => `WHEN ${k + 1} THEN ${r[i]}`).join(' ')} END`;
  // Only what the steps below read: materialising the staged text as well cost more than the parse.
  const rows = `SELECT __src, __act, __sig, nullif(${text(shape.user)}, '') AS __user, ${input.column('platform')} AS __platform,
    ${event} AS __event, ${input.column('region')} AS __region, ${input.column('kind')} AS __kind, ${kept.join(', ')}
    FROM ${from}`;
  const signed =
    shape.signup !== null
      ? `SELECT *, __sig AS __signup FROM a`
      : `SELECT a.*, f.__first AS __signup FROM a LEFT JOIN
          (SELECT __user, __platform, min(__act)${firstFilter} AS __first FROM a GROUP BY ALL) f
        ON a.__user IS NOT DISTINCT FROM f.__user AND a.__platform IS NOT DISTINCT FROM f.__platform`;
  const select = `-- datasets/shapes/activity-log
WITH a AS MATERIALIZED (${rows}),
s AS (SELECT *, CASE ${codes.join(' ')} END AS __code FROM (${signed}) WHERE ${counts})
SELECT __src, __user AS user_id, __platform AS platform, __region AS region,
  __signup AS signup_date, __act AS activity_date, __kind AS kind,
  ${which(0)} AS __problem_column, ${which(1)} AS __problem
FROM s`;

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
