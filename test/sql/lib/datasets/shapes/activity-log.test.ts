import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchRetentionCurves } from '../../../../../src/features/retention/api/retention-curves';
import { commitImport, type ImportPlan } from '../../../../../src/lib/datasets/ingest/import-csv';
import type { ActivityLogShape } from '../../../../../src/lib/datasets/shapes/shape-types';
import { openNodeDb } from '../../../../support/node-db';
import { importFixture, stageBytes } from '../ingest/import-support';

const fixture = importFixture;

/** Inspect, plan (changing the shape's settings as a user would) and stage a file through the real path. */
const stage = (db: Db, text: string, fileName: string, change: Partial<ActivityLogShape> = {}) =>
  stageBytes(db, text, {
    fileName,
    plan: (plan: ImportPlan) => ({ ...plan, shape: { ...(plan.shape as ActivityLogShape), ...change } }),
  });

type Row = { user_id: string; platform: string; region: string; signup: string; activity: string; kind: string };
async function importedRows(db: Db, datasetId: string): Promise<string[]> {
  const rows = await db.query<Row>(
    `SELECT user_id, platform, region, strftime(signup_date, '%Y-%m-%d') AS signup,
       strftime(activity_date, '%Y-%m-%d') AS activity, kind
     FROM events WHERE dataset_id = $1 ORDER BY user_id, activity_date`,
    [datasetId],
  );
  return rows.map((r) => [r.user_id, r.platform, r.region, r.signup, r.activity, r.kind].join(' '));
}

describe('activity log → events, through inspect, stage and commit', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  it('reads every timestamp form as a UTC day and takes the first activity day as the signup day', async () => {
    const { plan, staged } = await stage(db, fixture('activity-log-tiny.csv'), 'acme.csv');
    expect(plan).toMatchObject({ kind: 'events', recognised: true, shape: { kind: 'activity-log', zone: 'UTC' } });
    expect(staged.validation).toMatchObject({ badRows: 0, validRows: 9, blocking: null });
    expect(staged.staged.reshaped?.notes).toEqual([
      'Timestamps are read as days in UTC; every event counts as activity.',
      '4 users have no signup column: a user’s signup day is their first activity day.',
    ]);
    expect(await commitImport(db, staged, 'i:acme')).toBe(9);
    // By hand: u1 09:00Z → 1 Mar, 23:30-02:00 = 01:30Z → 2 Mar, 1709598600 s = 5 Mar 00:30Z; u2 wall time
    // 2 Mar, 1709503200000 ms = 3 Mar 22:00Z, 23:00Z 3 Mar; u3 12:00+05:30 = 06:30Z 1 Mar, 1710045000 s =
    // 10 Mar 04:30Z; u4 2 Mar.
    expect(await importedRows(db, 'i:acme')).toEqual([
      'u1 acme global 2024-03-01 2024-03-01 reported',
      'u1 acme global 2024-03-01 2024-03-02 reported',
      'u1 acme global 2024-03-01 2024-03-05 reported',
      'u2 acme global 2024-03-02 2024-03-02 reported',
      'u2 acme global 2024-03-02 2024-03-03 reported',
      'u2 acme global 2024-03-02 2024-03-03 reported',
      'u3 acme global 2024-03-01 2024-03-01 reported',
      'u3 acme global 2024-03-01 2024-03-10 reported',
      'u4 acme global 2024-03-02 2024-03-02 reported',
    ]);
  });

  it("gives the Retention section's curves the hand-computed counts", async () => {
    const rows = await fetchRetentionCurves(db, {
      source: 'events',
      platforms: ['acme'],
      region: 'all',
      mode: 'nday',
      maxDay: 9,
    });
    const at = (day: number) => rows.find((r) => r.day_offset === day);
    // Cohorts 1 Mar {u1, u3} and 2 Mar {u2, u4}; the log ends 10 Mar, so day 9 is seen for 1 Mar only.
    // Day 1: u1 (2 Mar), u2 (3 Mar). Day 4: u1 (5 Mar). Day 9: u3 (10 Mar).
    expect([at(0)?.active, at(0)?.cohort_users]).toEqual([4, 4]);
    expect([at(1)?.active, at(1)?.cohort_users]).toEqual([2, 4]);
    expect([at(2)?.active, at(2)?.cohort_users]).toEqual([0, 4]);
    expect([at(4)?.active, at(4)?.cohort_users]).toEqual([1, 4]);
    expect([at(9)?.active, at(9)?.cohort_users]).toEqual([1, 2]);
  });

  it('takes days in a named zone, across a daylight-saving change', async () => {
    const { staged } = await stage(db, fixture('activity-log-tiny.csv'), 'acme-ny.csv', {
      zone: 'America/New_York',
    });
    expect(staged.validation).toMatchObject({ badRows: 0, validRows: 9 });
    await commitImport(db, staged, 'i:acme-ny');
    // New York is UTC-5 until 10 Mar 07:00Z: 01:30Z 2 Mar → 1 Mar, 00:30Z 5 Mar → 4 Mar, 04:30Z 10 Mar →
    // 9 Mar, 02:00Z 2 Mar → 1 Mar; the wall time "2024-03-02 08:15" stays 2 Mar.
    expect(await importedRows(db, 'i:acme-ny')).toEqual([
      'u1 acme-ny global 2024-03-01 2024-03-01 reported',
      'u1 acme-ny global 2024-03-01 2024-03-01 reported',
      'u1 acme-ny global 2024-03-01 2024-03-04 reported',
      'u2 acme-ny global 2024-03-02 2024-03-02 reported',
      'u2 acme-ny global 2024-03-02 2024-03-03 reported',
      'u2 acme-ny global 2024-03-02 2024-03-03 reported',
      'u3 acme-ny global 2024-03-01 2024-03-01 reported',
      'u3 acme-ny global 2024-03-01 2024-03-09 reported',
      'u4 acme-ny global 2024-03-01 2024-03-01 reported',
    ]);
  });

  it("reads ISO 8601's basic offsets (-0530, +0545, +05) and times without seconds before a zone, in the time and signup columns", async () => {
    const text = fixture('activity-log-basic-offsets.csv');
    const utc = await stage(db, text, 'offsets.csv');
    expect(utc.plan.shape).toMatchObject({ kind: 'activity-log', time: 2, signup: 3 });
    expect(utc.staged.validation).toMatchObject({ badRows: 0, validRows: 7, blocking: null });
    await commitImport(db, utc.staged, 'i:offsets');
    // By hand, in UTC: k1 10:00-05:30 = 15:30Z 1 Mar, 23:00+05:45 = 17:15Z 1 Mar; k2 signup 02:00+05 = 21:00Z
    // 29 Feb, 02:00:00+05 = 21:00Z 29 Feb, 20:00-05:30 = 01:30Z 2 Mar; k3 signup 21:30-03 = 00:30Z 2 Mar,
    // 21:30:00 -0300 = 00:30Z 2 Mar, 01:00z = 01:00Z 2 Mar; k4 12:00+01:00 = 11:00Z 1 Mar.
    expect(await importedRows(db, 'i:offsets')).toEqual([
      'k1 offsets global 2024-03-01 2024-03-01 reported',
      'k1 offsets global 2024-03-01 2024-03-01 reported',
      'k2 offsets global 2024-02-29 2024-02-29 reported',
      'k2 offsets global 2024-02-29 2024-03-02 reported',
      'k3 offsets global 2024-03-02 2024-03-02 reported',
      'k3 offsets global 2024-03-02 2024-03-02 reported',
      'k4 offsets global 2024-03-01 2024-03-01 reported',
    ]);
    // At a fixed +05:30 (no transitions table): 15:30Z → 21:00 1 Mar, 17:15Z → 22:45 1 Mar; 21:00Z 29 Feb →
    // 02:30 1 Mar, 01:30Z 2 Mar → 07:00; 00:30Z 2 Mar → 06:00, 01:00Z → 06:30; 11:00Z → 16:30 1 Mar.
    const fixed = await stage(db, text, 'offsets-ist.csv', { zone: '+05:30' });
    expect(fixed.staged.validation).toMatchObject({ badRows: 0, validRows: 7 });
    await commitImport(db, fixed.staged, 'i:offsets-ist');
    expect((await importedRows(db, 'i:offsets-ist')).map((r) => r.split(' ').slice(3, 5).join(' '))).toEqual([
      '2024-03-01 2024-03-01',
      '2024-03-01 2024-03-01',
      '2024-03-01 2024-03-01',
      '2024-03-01 2024-03-02',
      '2024-03-02 2024-03-02',
      '2024-03-02 2024-03-02',
      '2024-03-01 2024-03-01',
    ]);
    // In New York (EST, -5, all through early March): 15:30Z → 10:30 1 Mar, 17:15Z → 12:15 1 Mar; 21:00Z
    // 29 Feb → 16:00 29 Feb, 01:30Z 2 Mar → 20:30 1 Mar; 00:30Z 2 Mar → 19:30 1 Mar, 01:00Z → 20:00 1 Mar.
    const named = await stage(db, text, 'offsets-ny.csv', { zone: 'America/New_York' });
    expect(named.staged.validation).toMatchObject({ badRows: 0, validRows: 7 });
    await commitImport(db, named.staged, 'i:offsets-ny');
    expect((await importedRows(db, 'i:offsets-ny')).map((r) => r.split(' ').slice(3, 5).join(' '))).toEqual([
      '2024-03-01 2024-03-01',
      '2024-03-01 2024-03-01',
      '2024-02-29 2024-02-29',
      '2024-02-29 2024-03-01',
      '2024-03-01 2024-03-01',
      '2024-03-01 2024-03-01',
      '2024-03-01 2024-03-01',
    ]);
  });

  it('counts only the chosen events as activity and dates signups by the chosen event', async () => {
    const { staged } = await stage(db, fixture('activity-log-tiny.csv'), 'acme-posts.csv', {
      zone: '+05:30',
      activityEvents: ['post'],
      signupEvent: 'app_open',
    });
    expect(staged.staged.reshaped?.notes).toEqual([
      'Timestamps are read as days in +05:30; only "post" events count as activity; other events are left out.',
      '3 users have no signup column: a user’s signup day is the day of their first "app_open" event.',
    ]);
    expect(staged.validation).toMatchObject({ badRows: 0, validRows: 4 });
    await commitImport(db, staged, 'i:acme-posts');
    // At +05:30: u1 app_open 14:30 1 Mar, post 07:00 2 Mar; u2 app_open (wall) 2 Mar, posts 03:30 4 Mar and
    // 04:30 4 Mar; u3 app_open 17:30 1 Mar, post 10:00 10 Mar; u4 has no post.
    expect(await importedRows(db, 'i:acme-posts')).toEqual([
      'u1 acme-posts global 2024-03-01 2024-03-02 reported',
      'u2 acme-posts global 2024-03-02 2024-03-04 reported',
      'u2 acme-posts global 2024-03-02 2024-03-04 reported',
      'u3 acme-posts global 2024-03-01 2024-03-10 reported',
    ]);
  });

  it('says which users have no signup event, at their lines, in the event column', async () => {
    const { staged } = await stage(db, fixture('activity-log-tiny.csv'), 'acme-signup.csv', {
      signupEvent: 'sign_up',
    });
    expect(staged.validation).toMatchObject({ badRows: 8, validRows: 1 });
    expect(staged.validation.problems.map((p) => [p.line, p.column])).toEqual(
      [2, 3, 4, 5, 6, 7, 8, 9].map((line) => [line, 'event']),
    );
    expect(staged.validation.problems[0]?.reason).toBe(
      'this user has no "sign_up" event, so no signup day; choose another signup event (or none) above, or import the valid rows',
    );
    await commitImport(db, staged, 'i:acme-signup');
    expect(await importedRows(db, 'i:acme-signup')).toEqual(['u4 acme-signup global 2024-03-02 2024-03-02 reported']);
  });

  it('reports bad times, bad signups and activity before signup at their line and column; the valid rows import; earlier data untouched', async () => {
    const before = await importedRows(db, 'i:acme');
    const { plan, staged } = await stage(db, fixture('activity-log-malformed.csv'), 'beta.csv');
    expect(plan.columns.find((c) => c.column === 'platform')).toMatchObject({ source: 1 });
    expect(staged.validation.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [
        4,
        'time',
        "activity on 2024-03-04 is before this user's signup day (2024-03-05); correct the date, or import the valid rows to leave it out",
      ],
      [
        5,
        'time',
        '"yesterday" is not a timestamp or date; write it as ISO 8601 (2024-03-10T14:30:00Z), YYYY-MM-DD HH:MM[:SS], or Unix seconds or milliseconds',
      ],
      [
        6,
        'signup_at',
        '"not a date" is not a timestamp or date; write it as ISO 8601 (2024-03-10T14:30:00Z), YYYY-MM-DD HH:MM[:SS], or Unix seconds or milliseconds',
      ],
      [7, 'time', 'the time is empty; give every row a timestamp or date'],
    ]);
    expect(staged.validation).toMatchObject({ badRows: 4, validRows: 2, blocking: null });
    expect(await commitImport(db, staged, 'i:beta')).toBe(2);
    expect(await importedRows(db, 'i:beta')).toEqual([
      'a Web global 2024-03-01 2024-03-01 reported',
      'a Web global 2024-03-01 2024-03-03 reported',
    ]);
    expect(await importedRows(db, 'i:acme')).toEqual(before);
  });
});
