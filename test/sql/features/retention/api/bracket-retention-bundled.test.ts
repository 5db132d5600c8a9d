import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchBracketRetention } from '../../../../../src/features/retention/api/bracket-retention';
import { openBundledDb, readDataFile } from '../../../../support/node-db';

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * Bracket retention user by user from the log's CSV text, as the definition reads: a user
 * belongs to the cohort of their first signup day (and its region); the cohort counts in a
 * bracket when its signup day plus the bracket's last day is within the platform's log;
 * the user is active in it when one of their active days since signup falls in lo–hi.
 */
function referenceBrackets(csv: string, brackets: readonly { lo: number; hi: number }[], region: string) {
  const [, ...lines] = csv.trim().split('\n');
  const users = new Map<string, { platform: string; region: string; signup: number; days: number[] }>();
  const lastDay = new Map<string, number>();
  for (const line of lines) {
    const [id, platform, userRegion, signup, active] = line.split(',') as [string, string, string, string, string];
    const key = `${platform}|${id}`;
    const user = users.get(key) ?? { platform, region: userRegion, signup: dayNumber(signup), days: [] };
    if (dayNumber(signup) < user.signup) Object.assign(user, { signup: dayNumber(signup), region: userRegion });
    user.days.push(dayNumber(active));
    users.set(key, user);
    lastDay.set(platform, Math.max(lastDay.get(platform) ?? -Infinity, dayNumber(active)));
  }
  const counts = new Map<string, [number, number]>();
  for (const u of users.values()) {
    if (region !== 'all' && u.region !== region) continue;
    brackets.forEach((b, i) => {
      if (u.signup + b.hi > lastDay.get(u.platform)!) return;
      const key = `${u.platform} ${i}`;
      const c = counts.get(key) ?? [0, 0];
      c[1] += 1;
      if (u.days.some((d) => d - u.signup >= b.lo && d - u.signup <= b.hi)) c[0] += 1;
      counts.set(key, c);
    });
  }
  return counts;
}

// Single days, the defaults, overlapping spans, the whole year and its last day: every
// bracket a cohort observed only part of the way (the last 365 days of each log) can cut.
const BRACKETS = [
  { lo: 0, hi: 0 },
  { lo: 1, hi: 1 },
  { lo: 2, hi: 7 },
  { lo: 8, hi: 14 },
  { lo: 15, hi: 30 },
  { lo: 31, hi: 90 },
  { lo: 28, hi: 35 },
  { lo: 0, hi: 365 },
  { lo: 91, hi: 180 },
  { lo: 200, hi: 201 },
  { lo: 365, hi: 365 },
  { lo: 5, hi: 300 },
];

describe('bracket retention on the bundled activity sample', () => {
  let db: Db;
  let csv: string;
  beforeAll(async () => {
    db = await openBundledDb();
    csv = new TextDecoder().decode(readDataFile('events-sample.csv'));
  });

  for (const region of ['all', 'US']) {
    it(`matches a user-by-user count in plain TypeScript for every platform and bracket (region ${region})`, async () => {
      const rows = await fetchBracketRetention(db, { platforms: [], region, brackets: BRACKETS });
      const got = new Map(rows.map((r) => [`${r.platform} ${r.bracket}`, [r.active, r.users]]));
      const expected = referenceBrackets(csv, BRACKETS, region);
      expect(got).toEqual(expected);
      // Not a vacuous match: every platform has users in the early brackets, and some are active.
      expect([...expected.values()].filter(([active]) => active > 0).length).toBeGreaterThan(10);
    });
  }
});
