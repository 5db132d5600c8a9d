import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { openBundledDb, REPO_ROOT } from '../../support/node-db';

interface Figure {
  readonly platform: string;
  readonly vendor: string;
  readonly coverage: string;
  readonly day: string;
  readonly value: number;
}

/** The model's signups per platform, region and day, as the generator splits each cohort. */
function modelledDaily(dir: string): Map<string, Map<string, Map<string, number>>> {
  const out = join(dir, 'daily.csv');
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/data/generate-retention.mjs'), '--signups-out', out]);
  const byPlatform = new Map<string, Map<string, Map<string, number>>>();
  for (const line of readFileSync(out, 'utf8').trimEnd().split('\n').slice(1)) {
    const [platform = '', region = '', day = '', n = ''] = line.split(',');
    const regions = byPlatform.get(platform) ?? new Map<string, Map<string, number>>();
    const days = regions.get(region) ?? new Map<string, number>();
    days.set(day, Number(n));
    regions.set(region, days);
    byPlatform.set(platform, regions);
  }
  return byPlatform;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

// The regions of the model a reported coverage stands for.
const coveredBy = (coverage: string, region: string) =>
  coverage === 'global' || (coverage === 'global excl. EU' && region !== 'EU-27') || coverage === region;

describe('calibration: modelled cohort sizes follow the reported cumulative figures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uptake-calibration-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let db: Db;
  let daily: ReturnType<typeof modelledDaily>;
  beforeAll(async () => {
    db = await openBundledDb();
    daily = modelledDaily(dir);
  });

  it('splits every cohort of retention.csv over its days without losing a signup (± rounding)', async () => {
    const cohorts = await db.query<{ platform: string; region: string; start: string; size: number }>(
      `SELECT platform, region, strftime(cohort_start, '%Y-%m-%d') AS start, cohort_size AS size FROM retention WHERE day_offset = 0`,
    );
    expect(cohorts.length).toBeGreaterThan(300);
    for (const c of cohorts) {
      let day = c.start;
      let sum = 0;
      for (let i = 0; i < 7; i++, day = nextDay(day)) sum += daily.get(c.platform)?.get(c.region)?.get(day) ?? 0;
      expect(Math.abs(sum - c.size), `${c.platform} ${c.region} ${c.start}`).toBeLessThanOrEqual(4);
    }
  });

  it('is within ±15% of the reported growth between every two consecutive figures the model covers', async () => {
    // Registered accounts / signups, one series per platform, vendor and coverage; on a day
    // with several milestones the largest counts (a figure counts signups to the end of its day).
    const figures = await db.query<Figure>(
      `SELECT platform, vendor, coverage, strftime(date, '%Y-%m-%d') AS day, max(value) AS value
       FROM signups WHERE measure = 'registered' AND kind = 'reported'
       GROUP BY ALL ORDER BY platform, vendor, coverage, day`,
    );
    const checked: string[] = [];
    figures.forEach((to, i) => {
      const from = figures[i - 1];
      if (!from || from.platform !== to.platform || from.vendor !== to.vendor || from.coverage !== to.coverage) return;
      const regions = daily.get(to.platform);
      if (!regions) return;
      const days = [...regions.values()].flatMap((m) => [...m.keys()]).sort();
      if (from.day < (days[0] ?? '') || to.day > (days.at(-1) ?? '')) return;
      let modelled = 0;
      for (let day = nextDay(from.day); day <= to.day; day = nextDay(day)) {
        for (const [region, m] of regions) if (coveredBy(to.coverage, region)) modelled += m.get(day) ?? 0;
      }
      const reported = to.value - from.value;
      const label = `${to.platform} (${to.vendor}, ${to.coverage}) ${from.day} -> ${to.day}: modelled ${modelled}, reported ${reported}`;
      expect(Math.abs(modelled / reported - 1), label).toBeLessThanOrEqual(0.15);
      checked.push(`${to.platform} ${from.day}`);
    });
    // Threads' launch week (3), Bluesky's company (5) and Bsky Stats (2) series, the Mastodon bot (3).
    expect(checked).toHaveLength(13);
    expect(checked).toContain('Bluesky 2024-05-01');
  });

  it("draws X's signups from X's own claim of 1.7M a day", () => {
    const x = daily.get('X');
    const perDay = new Map<string, number>();
    for (const m of x?.values() ?? []) for (const [day, n] of m) perDay.set(day, (perDay.get(day) ?? 0) + n);
    const mean = [...perDay.values()].reduce((a, b) => a + b, 0) / perDay.size;
    expect(Math.abs(mean / 1_700_000 - 1)).toBeLessThanOrEqual(0.15);
  });
});
