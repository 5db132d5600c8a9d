import { readFileSync } from 'node:fs';

/**
 * Month-one figures recomputed in plain TypeScript from the bundled CSVs, independently
 * of the app's SQL, for the browser tests to check the table against.
 */
const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

function csvRows(file: string): string[][] {
  return readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
}

/** From the cohort table: each platform's first 7-day block, its users and those active on day 30 (and later). */
export function aggregateDay30(platform: string): { users: number; nday: number; later: number } {
  const rows = csvRows('retention.csv').filter((r) => r[0] === platform);
  const first = Math.min(...rows.map((r) => dayNumber(r[2]!)));
  const launch = rows.filter((r) => dayNumber(r[2]!) < first + 7);
  const sum = (offset: number, column: number) =>
    launch.filter((r) => Number(r[3]) === offset).reduce((s, r) => s + Number(r[column]), 0);
  return { users: sum(0, 4), nday: sum(30, 5), later: sum(30, 6) };
}

/**
 * From the events sample: the users whose first signup falls in the first 7 days of the
 * platform's log, those active on their own day 30, and those active on any of days 28–35.
 */
export function eventsDay30(platform: string): { users: number; nday: number; bracket: number } {
  const rows = csvRows('events-sample.csv').filter((r) => r[1] === platform);
  const signup = new Map<string, number>();
  for (const r of rows) signup.set(r[0]!, Math.min(signup.get(r[0]!) ?? Infinity, dayNumber(r[3]!)));
  const first = Math.min(...signup.values());
  const launchUsers = new Set([...signup].filter(([, d]) => d < first + 7).map(([u]) => u));
  const nday = new Set<string>();
  const bracket = new Set<string>();
  for (const r of rows) {
    if (!launchUsers.has(r[0]!)) continue;
    const offset = dayNumber(r[4]!) - signup.get(r[0]!)!;
    if (offset === 30) nday.add(r[0]!);
    if (offset >= 28 && offset <= 35) bracket.add(r[0]!);
  }
  return { users: launchUsers.size, nday: nday.size, bracket: bracket.size };
}

/** From the cohort table: the lowest and highest single-cohort N-day share of a platform on a day. */
export function cohortShareRange(platform: string, day: number): { min: number; max: number } {
  const shares = csvRows('retention.csv')
    .filter((r) => r[0] === platform && Number(r[3]) === day && Number(r[4]) > 0)
    .map((r) => Number(r[5]) / Number(r[4]));
  return { min: Math.min(...shares), max: Math.max(...shares) };
}
