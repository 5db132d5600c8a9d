import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchLifecycle, type LifecycleRow } from '../../../../../src/features/retention/api/lifecycle';
import { referenceLifecycle } from '../../../../e2e/retention/activity-reference';
import { openBundledDb, readDataFile } from '../../../../support/node-db';

const DAY_MS = 86_400_000;

describe('lifecycle on the bundled activity sample', () => {
  let db: Db;
  let rows: LifecycleRow[];
  beforeAll(async () => {
    db = await openBundledDb();
    rows = await fetchLifecycle(db, { platforms: [], region: 'all', grain: 'week' });
  });

  it('matches a user-by-user count in plain TypeScript, week by week, for every platform', () => {
    const reference = referenceLifecycle(new TextDecoder().decode(readDataFile('events-sample.csv')));
    const got = new Map(
      rows
        .filter((r) => r.new_users + r.returning_users + r.resurrecting_users + r.dormant_users > 0)
        .map((r) => [
          `${r.platform} ${r.period.toISOString().slice(0, 10)}`,
          [r.new_users, r.returning_users, r.resurrecting_users, r.dormant_users],
        ]),
    );
    expect(new Set(rows.map((r) => r.platform))).toEqual(new Set(['Threads', 'X', 'Bluesky', 'Mastodon']));
    expect(got).toEqual(reference);
  });

  it('keeps the books: each week, active = last week active + new + resurrecting - dormant', () => {
    for (const platform of ['Threads', 'X', 'Bluesky', 'Mastodon']) {
      const weeks = rows.filter((r) => r.platform === platform);
      let previous = 0;
      for (const w of weeks) {
        const active = w.new_users + w.returning_users + w.resurrecting_users;
        expect(active, `${platform} ${w.period.toISOString()}`).toBe(
          previous + w.new_users + w.resurrecting_users - w.dormant_users,
        );
        previous = active;
      }
      // Consecutive Mondays from the first week to the last, only the last one partial.
      expect(weeks.slice(1).every((w, i) => w.period.getTime() - weeks[i]!.period.getTime() === 7 * DAY_MS)).toBe(true);
      expect(weeks.filter((w) => !w.complete).length).toBeLessThanOrEqual(1);
      expect(weeks.every((w) => w.modelled)).toBe(true);
    }
  });
});

describe('daily and monthly lifecycle on the bundled activity sample', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  for (const grain of ['day', 'month'] as const) {
    it(`keeps the books by ${grain}: active = last ${grain}'s active + new + resurrecting - dormant`, async () => {
      const rows = await fetchLifecycle(db, { platforms: [], region: 'all', grain });
      for (const platform of ['Threads', 'X', 'Bluesky', 'Mastodon']) {
        const periods = rows.filter((r) => r.platform === platform);
        expect(periods.length, platform).toBeGreaterThan(3);
        let previous = 0;
        for (const p of periods) {
          const active = p.new_users + p.returning_users + p.resurrecting_users;
          expect(active, `${platform} ${p.period.toISOString()}`).toBe(
            previous + p.new_users + p.resurrecting_users - p.dormant_users,
          );
          // Nobody returns from a period they were not in: returning users were last period's actives.
          expect(p.returning_users).toBeLessThanOrEqual(previous);
          previous = active;
        }
        // Consecutive days, or 1sts of consecutive months, with at most the last one partial.
        const next = (d: Date) =>
          grain === 'day' ? d.getTime() + DAY_MS : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
        expect(periods.slice(1).every((p, i) => p.period.getTime() === next(periods[i]!.period))).toBe(true);
        expect(periods.slice(0, -1).every((p) => p.complete)).toBe(true);
      }
    });
  }
});
