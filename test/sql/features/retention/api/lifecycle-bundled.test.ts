import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchLifecycle, type LifecycleRow } from '../../../../../src/features/retention/api/lifecycle';
import { openBundledDb, readDataFile } from '../../../../support/node-db';

const DAY_MS = 86_400_000;
const mondayOf = (iso: string) => {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS;
};

/**
 * An independent reference: growth accounting done in plain TypeScript, user by user,
 * from the bundled CSV's text (not from any table the app builds). A user's weeks are
 * the Mondays of their active days on or after their first signup day.
 */
function referenceLifecycle(csv: string): Map<string, [number, number, number, number]> {
  const [, ...lines] = csv.trim().split('\n');
  const signup = new Map<string, string>();
  const days = new Map<string, string[]>();
  for (const line of lines) {
    const [user, platform, , signupDay, activity] = line.split(',') as [string, string, string, string, string];
    const key = `${platform}|${user}`;
    if (!signup.has(key) || signupDay < signup.get(key)!) signup.set(key, signupDay);
    days.set(key, [...(days.get(key) ?? []), activity]);
  }
  const lastDay = new Map<string, string>();
  for (const [key, list] of days) {
    const platform = key.split('|')[0]!;
    for (const d of list) if ((lastDay.get(platform) ?? '') < d) lastDay.set(platform, d);
  }
  const counts = new Map<string, [number, number, number, number]>();
  const bump = (platform: string, week: number, state: number) => {
    const key = `${platform} ${new Date(week).toISOString().slice(0, 10)}`;
    const c = counts.get(key) ?? [0, 0, 0, 0];
    c[state]! += 1;
    counts.set(key, c);
  };
  for (const [key, list] of days) {
    const platform = key.split('|')[0]!;
    const last = mondayOf(lastDay.get(platform)!);
    const weeks = [...new Set(list.filter((d) => d >= signup.get(key)!).map(mondayOf))].sort((a, b) => a - b);
    weeks.forEach((w, i) => {
      const prev = weeks[i - 1];
      bump(platform, w, prev === undefined ? 0 : prev === w - 7 * DAY_MS ? 1 : 2);
      const next = weeks[i + 1];
      if ((next === undefined || next > w + 7 * DAY_MS) && w + 7 * DAY_MS <= last) bump(platform, w + 7 * DAY_MS, 3);
    });
  }
  return counts;
}

describe('lifecycle on the bundled activity sample', () => {
  let db: Db;
  let rows: LifecycleRow[];
  beforeAll(async () => {
    db = await openBundledDb();
    rows = await fetchLifecycle(db, { platforms: [], region: 'all' });
  });

  it('matches a user-by-user count in plain TypeScript, week by week, for every platform', () => {
    const reference = referenceLifecycle(new TextDecoder().decode(readDataFile('events-sample.csv')));
    const got = new Map(
      rows
        .filter((r) => r.new_users + r.returning_users + r.resurrecting_users + r.dormant_users > 0)
        .map((r) => [
          `${r.platform} ${r.week.toISOString().slice(0, 10)}`,
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
        expect(active, `${platform} ${w.week.toISOString()}`).toBe(
          previous + w.new_users + w.resurrecting_users - w.dormant_users,
        );
        previous = active;
      }
      // Consecutive Mondays from the first week to the last, only the last one partial.
      expect(weeks.slice(1).every((w, i) => w.week.getTime() - weeks[i]!.week.getTime() === 7 * DAY_MS)).toBe(true);
      expect(weeks.filter((w) => !w.complete).length).toBeLessThanOrEqual(1);
      expect(weeks.every((w) => w.modelled)).toBe(true);
    }
  });
});
