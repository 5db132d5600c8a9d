import type { Db } from '../../../lib/db/types';
import { withoutSignal } from '../../../lib/db/with-signal';
import { derivedUpToDate, recordDerived } from '../../../lib/datasets/store/derived-tables';
import { datasetChangeCount } from '../../../lib/datasets/store/import-queue';
import { REGISTRY_TABLE } from '../../../lib/datasets/store/registry';
import { mark } from '../../../lib/perf/mark';
import type { RetentionSource } from './retention-filters';

/**
 * The one-time preparation of the raw `events` log. The naive cohort query joins every
 * event to its user's first signup on each control change; instead this builds, once,
 *  - `retention_ev_cohorts`: users per platform, region and signup day (the cohort);
 *  - `retention_ev_cells`: per cohort and day offset, users active on that day
 *    (`retained`) and users whose last active day it is (`last_here`, for unbounded
 *    retention: active on day N or later = last active day >= N);
 *  - `retention_ev_asof`: the last day each platform's log covers, and whether any of its
 *    rows is modelled (the panels' "Modelled" badge);
 *  - `retention_ev_activity`: each user's distinct active day offsets with their cohort,
 *    for the figures that count users over several days at once (a bracket, a
 *    lifecycle week), which daily counts cannot give: a user active on two days of a
 *    bracket is one user.
 * Every control change then reads these tables. A user is (platform, user_id); the
 * cohort is the first signup day and its region; offsets are DATE differences in days.
 */
export const PREPARED_TABLES = [
  'retention_ev_cohorts',
  'retention_ev_cells',
  'retention_ev_asof',
  'retention_ev_activity',
] as const;

export function buildPrepareEventsSql(): string[] {
  return [
    `-- retention/prepare-events: users
CREATE OR REPLACE TABLE retention_ev_users AS
SELECT platform, user_id, min(signup_date) AS cohort_start, arg_min(region, signup_date) AS region
FROM events GROUP BY platform, user_id`,
    `-- retention/prepare-events: cohorts
CREATE OR REPLACE TABLE retention_ev_cohorts AS
SELECT platform, region, cohort_start, count(*) AS cohort_size
FROM retention_ev_users GROUP BY platform, region, cohort_start`,
    `-- retention/prepare-events: activity
CREATE OR REPLACE TABLE retention_ev_activity AS
SELECT DISTINCT e.platform, e.user_id, u.region, u.cohort_start,
       date_diff('day', u.cohort_start, e.activity_date)::INTEGER AS day_offset
FROM events e JOIN retention_ev_users u ON u.platform = e.platform AND u.user_id = e.user_id
WHERE e.activity_date >= u.cohort_start
ORDER BY e.platform, u.cohort_start, day_offset`,
    `-- retention/prepare-events: cells
CREATE OR REPLACE TABLE retention_ev_cells AS
WITH active AS (
  SELECT platform, region, cohort_start, day_offset, count(*) AS retained FROM retention_ev_activity GROUP BY ALL
), lasts AS (
  SELECT platform, region, cohort_start, day_offset, count(*) AS last_here
  FROM (SELECT platform, region, cohort_start, max(day_offset) AS day_offset FROM retention_ev_activity GROUP BY platform, user_id, region, cohort_start)
  GROUP BY ALL
)
SELECT a.platform, a.region, a.cohort_start, a.day_offset, a.retained, coalesce(l.last_here, 0) AS last_here
FROM active a LEFT JOIN lasts l USING (platform, region, cohort_start, day_offset)
ORDER BY a.platform, a.region, a.day_offset, a.cohort_start`,
    `-- retention/prepare-events: as-of
CREATE OR REPLACE TABLE retention_ev_asof AS
SELECT platform, max(activity_date) AS as_of, bool_or(kind = 'modelled') AS modelled FROM events GROUP BY platform`,
    `DROP TABLE retention_ev_users`,
  ];
}

/**
 * What identifies the current contents of `events`, cheaply: the datasets its view
 * stacks, each with its own table. Datasets are immutable once loaded (an import adds
 * one, a removal drops one, a new release's bundled file is loaded into a new table), so
 * the list changes exactly when the rows do, in this page and in a stored database
 * reopened on a later visit.
 */
export function buildEventsFingerprintSql(): string {
  return `-- retention/events-fingerprint
SELECT coalesce(string_agg(dataset_id || '=' || storage_table, '|' ORDER BY dataset_id), '') AS fingerprint
FROM ${REGISTRY_TABLE} WHERE table_name = 'events'`;
}

/**
 * Build the prepared tables from `events` now (the step the bench times). Marked, so a
 * profile shows when the Retention section pays for it and what it waited behind.
 */
export async function prepareEvents(db: Db): Promise<void> {
  mark('retention:prepare-events:start');
  for (const statement of buildPrepareEventsSql()) await db.exec(statement);
  mark('retention:prepare-events:end');
}

/** A one-time step over `events`: its name, the tables it builds, and its SQL (part of what its tables are built from). */
export interface EventsStep {
  readonly name: string;
  readonly tables: readonly string[];
  readonly sql: string;
  readonly run: (db: Db) => Promise<void>;
}

/**
 * A one-time step over `events`, run again only when the events' contents change (their
 * fingerprint) or its SQL does. Its tables are listed as derived (derived-tables.ts), so
 * a reload over a stored database with the same datasets finds them built and skips the
 * step. Concurrent callers share one run, on the database without their signal: one
 * caller's cancellation must not stop what the others wait for. A failed run is
 * forgotten, so the next caller tries again.
 */
export function oncePerEvents(step: EventsStep): (db: Db, fingerprint: string) => Promise<void> {
  const prepared = new WeakMap<Db, { fingerprint: string; done: Promise<void> }>();
  const build = async (db: Db, fingerprint: string) => {
    if (await derivedUpToDate(db, step.name, fingerprint)) return;
    await step.run(db);
    await recordDerived(db, step.name, fingerprint, step.tables);
  };
  return (db, eventsFingerprint) => {
    const shared = withoutSignal(db);
    const fingerprint = `${eventsFingerprint}\n${step.sql}`;
    const current = prepared.get(shared);
    if (current?.fingerprint === fingerprint) return current.done;
    const done = build(shared, fingerprint);
    prepared.set(shared, { fingerprint, done });
    done.catch(() => {
      if (prepared.get(shared)?.done === done) prepared.delete(shared);
    });
    return done;
  };
}

const prepareEventsOnce = oncePerEvents({
  name: 'retention/prepare-events',
  tables: PREPARED_TABLES,
  sql: buildPrepareEventsSql().join(';\n'),
  run: prepareEvents,
});

/**
 * Prepare `events` unless the prepared tables already match its contents (an import or
 * removal changes the fingerprint, so the next query re-creates them). Returns the
 * fingerprint, so a step built on these tables need not read it again.
 */
export async function ensureEventsPrepared(db: Db): Promise<string> {
  const fingerprint = await readEventsFingerprint(db);
  await prepareEventsOnce(db, fingerprint);
  return fingerprint;
}

const fingerprintReads = new WeakMap<Db, { changes: number; read: Promise<string> }>();

/**
 * The events' fingerprint. Every Retention panel asks for it when the section opens (five
 * identical queries, ~200 ms on the engine's one thread, measured on a reload): callers
 * while one read is running share it, unless a dataset change started or ended since it
 * was sent, when they read afresh.
 */
export function readEventsFingerprint(db: Db): Promise<string> {
  const shared = withoutSignal(db);
  const changes = datasetChangeCount();
  const running = fingerprintReads.get(shared);
  if (running?.changes === changes) return running.read;
  const read = shared
    .query<{ fingerprint: string }>(buildEventsFingerprintSql())
    .then(([row]) => row?.fingerprint ?? '');
  const entry = { changes, read };
  fingerprintReads.set(shared, entry);
  const forget = () => {
    if (fingerprintReads.get(shared) === entry) fingerprintReads.delete(shared);
  };
  read.then(forget, forget);
  return read;
}

/**
 * A retention fetcher that prepares the raw events first when it reads them, so each
 * query is written once, as it runs on prepared tables.
 */
export function withPreparedEvents<P extends { readonly source: RetentionSource }, R>(
  query: (db: Db, params: P) => Promise<R>,
): (db: Db, params: P) => Promise<R> {
  return async (db, params) => {
    if (params.source === 'events') await ensureEventsPrepared(db);
    return query(db, params);
  };
}
