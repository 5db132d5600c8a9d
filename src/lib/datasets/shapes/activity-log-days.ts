import { ident } from '../../sql/ident';
import { ParamList } from '../../sql/params';
import { isoInstantSql, localDaySql, ZONED } from '../ingest/local-day-sql';
import { sourceName } from '../ingest/stage';
import { parseZone, zoneTransitions } from '../ingest/zone-offsets';
import type { ReshapeInput, ShapeSql } from './shape-definition';
import type { ActivityLogShape } from './shape-types';

const DAY_MS = 86_400_000;
const field = (i: number) => ident(sourceName(i));

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
 * column's day, or NULL): an expression for a fixed offset (its values bound in `p`), or
 * in-memory scratch tables over the zone's transitions (2006-01-01 … tomorrow) for a
 * named zone.
 */
export function daysSource(
  shape: ActivityLogShape,
  input: ReshapeInput,
  p: ParamList,
): { before: ShapeSql['before'][number][]; from: string } {
  const zone = parseZone(shape.zone);
  if (!zone)
    throw new Error(
      `"${shape.zone}" is not a time zone: use UTC, an offset such as +05:30, or a name such as Europe/Berlin.`,
    );
  if (zone.kind === 'fixed') {
    const day = (i: number) => fixedDaySql(field(i), zone.minutes, p);
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
  const before: ShapeSql['before'][number][] = [
    {
      sql: `CREATE TEMP TABLE ${ident(tz)} AS SELECT * FROM (VALUES ${values}) v(at_ms, minutes)`,
      params: rows.values,
    },
    {
      sql: `CREATE TEMP TABLE ${ident(act)} AS SELECT * EXCLUDE (__text, __row, __day), __row AS __src, __day AS __act
        FROM (${localDaySql(input.staging, sourceName(shape.time), tz)})`,
      params: [],
    },
  ];
  if (shape.signup === null) return { before, from: `(SELECT *, CAST(NULL AS DATE) AS __sig FROM ${ident(act)})` };
  const sig = input.scratch('sig');
  before.push({
    sql: `CREATE TEMP TABLE ${ident(sig)} AS SELECT * EXCLUDE (__text, __row, __day), __day AS __sig
      FROM (${localDaySql(act, sourceName(shape.signup), tz)})`,
    params: [],
  });
  return { before, from: ident(sig) };
}
