import { ident, literal } from '../../sql/ident';
import { ParamList } from '../../sql/params';
import { sourceName } from '../ingest/stage';
import { daysSource } from './activity-log-days';
import type { ReshapeInput, ShapeSql } from './shape-definition';
import type { ActivityLogShape } from './shape-types';

const field = (i: number) => ident(sourceName(i));
const TIME_HINT = 'write it as ISO 8601 (2024-03-10T14:30:00Z), YYYY-MM-DD HH:MM[:SS], or Unix seconds or milliseconds';

/**
 * The activity log's rows as `events`: one row per counted action, its day in the chosen
 * zone; the signup day from the signup column, the user's first chosen signup event, or
 * their first activity day (per platform when the file has one). Rows whose time does not
 * parse, users with activity before their signup, and users with no signup event get a
 * problem naming the file's column.
 *
 * The days are parsed once, into an in-memory scratch table of only what the steps after
 * read; without a signup column each user's first day is a second, small one (a row per
 * user) joined back, which also gives the card its count of users. Columns with one value
 * for every row (the card's platform, region, kind) are added to the output, not carried
 * through the scratch table and the join, which on a 1M-row log cost as much as a parse.
 */
export function activityLogSql(shape: ActivityLogShape, input: ReshapeInput): ShapeSql {
  const rowParams = new ParamList();
  const { before, from } = daysSource(shape, input, rowParams);
  const p = input.params;
  const col = (i: number | null) => (i === null ? 'NULL' : p.add(shape.fileColumns[i] ?? sourceName(i)));
  const text = (i: number) => `coalesce(trim(${field(i)}), '')`;
  const countsIn = (list: ParamList) =>
    shape.activityEvents === null || shape.event === null ? 'true' : `__event IN (${list.list(shape.activityEvents)})`;
  const counts = countsIn(p);
  const signupEvent = shape.event === null || shape.signup !== null ? null : shape.signupEvent;
  // Only read when events are chosen: trimming a column of a large log is not free.
  const event =
    shape.event === null || (counts === 'true' && signupEvent === null) ? null : `nullif(${text(shape.event)}, '')`;
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
  // The rows carry a file column's text only where its day did not parse, the one place a problem quotes it.
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

  // A column from the file goes through the scratch table; one value for every row is added at the end.
  const perRow = (name: string, alias: string) =>
    input.fromFile(name)
      ? { carried: [`${input.column(name)} AS ${alias}`], out: alias }
      : { carried: [], out: input.column(name) };
  const platform = perRow('platform', '__platform');
  const region = perRow('region', '__region');
  const kind = perRow('kind', '__kind');
  const rows = input.scratch('rows');
  const carried = [
    '__src',
    '__act',
    ...(shape.signup === null ? [] : ['__sig']),
    `nullif(${text(shape.user)}, '') AS __user`,
    ...platform.carried,
    ...(event === null ? [] : [`${event} AS __event`]),
    ...region.carried,
    ...kind.carried,
    ...kept,
  ];
  before.push({
    sql: `-- datasets/shapes/activity-log rows
CREATE TEMP TABLE ${ident(rows)} AS SELECT ${carried.join(', ')} FROM ${from}`,
    params: rowParams.values,
  });
  let signed = `SELECT *, __sig AS __signup FROM ${ident(rows)}`;
  let users: string | null = null;
  if (shape.signup === null) {
    const first = input.scratch('first');
    const firstParams = new ParamList();
    const filter =
      signupEvent !== null
        ? ` FILTER (WHERE __event = ${firstParams.add(signupEvent)})`
        : counts === 'true'
          ? ''
          : ` FILTER (WHERE ${countsIn(firstParams)})`;
    const byPlatform = input.fromFile('platform');
    before.push({
      sql: `-- datasets/shapes/activity-log first days
CREATE TEMP TABLE ${ident(first)} AS SELECT __user${byPlatform ? ', __platform' : ''}, min(__act)${filter} AS __first
FROM ${ident(rows)} GROUP BY ALL`,
      params: firstParams.values,
    });
    signed = `SELECT a.*, f.__first AS __signup FROM ${ident(rows)} a LEFT JOIN ${ident(first)} f
      ON a.__user IS NOT DISTINCT FROM f.__user${byPlatform ? ' AND a.__platform IS NOT DISTINCT FROM f.__platform' : ''}`;
    // Every row counts and a user's first day is their earliest: a row is without a problem
    // exactly when its user and day are there, so the users the card counts are those with a first day.
    if (filter === '') users = `SELECT count(DISTINCT __user) FROM ${ident(first)} WHERE __first IS NOT NULL`;
  }
  const select = `-- datasets/shapes/activity-log
WITH s AS (SELECT *, CASE ${codes.join(' ')} END AS __code FROM (${signed}) WHERE ${counts})
SELECT __src, __user AS user_id, ${platform.out} AS platform, ${region.out} AS region,
  __signup AS signup_date, __act AS activity_date, ${kind.out} AS kind,
  ${which(0)} AS __problem_column, ${which(1)} AS __problem
FROM s`;

  return { before, select, summary: summarySql(shape, signupEvent, users) };
}

/**
 * What the card says after reading: how signup days were found, and for how many users
 * (counted by `users` when given, else over the reshaped rows without a problem).
 */
function summarySql(
  shape: ActivityLogShape,
  signupEvent: string | null,
  users: string | null,
): (table: string) => string {
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
    : `UNION ALL SELECT format(${literal('{:,} users have no signup column: a user’s signup day is {}.')}, (${
        users ?? `SELECT count(DISTINCT c0) FROM ${table} WHERE __problem IS NULL`
      }), ${literal(rule)})`
}`;
}
