/**
 * A hand-made event log of 14 users on two platforms, small enough to compute every
 * retention figure by hand (the expected values in the tests were worked out on paper
 * from this table, not by running the code under test).
 *
 * Platform "Alpha" (as-of day = its last activity, 2024-03-29):
 *   user  region signup      active day offsets (from the first signup)
 *   a01   R1     2024-01-29  0 7 14 30
 *   a02   R1     2024-01-29  0 1 12        (re-signs up on 2024-02-10: offset 12, first signup counts)
 *   a12   R2     2024-01-29  0 7 60
 *   a03   R1     2024-01-31  0 7 35
 *   a04   R1     2024-02-01  0 14
 *   a05   R1     2024-02-04  0 7 8 30      (a Sunday: ISO week of 2024-01-29, month of February)
 *   a06   R1     2024-02-05  0
 *   a07   R1     2024-02-05  0 7 14 21 28 35
 *   a08   R1     2024-02-05  0 30
 *   a09   R1     2024-02-12  0 7
 *   a10   R1     2024-02-12  0 14
 *   a11   R1     2024-02-14  0 2
 * Platform "Beta" (as-of 2024-03-03):
 *   b01   R1     2024-03-01  0 1 2
 *   b02   R1     2024-03-01  0
 */
export interface TinyUser {
  readonly id: string;
  readonly platform: string;
  readonly region: string;
  readonly signup: string;
  readonly offsets: readonly number[];
  /** A later, second signup day (the cohort stays the first). */
  readonly resignup?: { readonly date: string; readonly offset: number };
}

export const TINY_USERS: readonly TinyUser[] = [
  { id: 'a01', platform: 'Alpha', region: 'R1', signup: '2024-01-29', offsets: [0, 7, 14, 30] },
  {
    id: 'a02',
    platform: 'Alpha',
    region: 'R1',
    signup: '2024-01-29',
    offsets: [0, 1],
    resignup: { date: '2024-02-10', offset: 12 },
  },
  { id: 'a12', platform: 'Alpha', region: 'R2', signup: '2024-01-29', offsets: [0, 7, 60] },
  { id: 'a03', platform: 'Alpha', region: 'R1', signup: '2024-01-31', offsets: [0, 7, 35] },
  { id: 'a04', platform: 'Alpha', region: 'R1', signup: '2024-02-01', offsets: [0, 14] },
  { id: 'a05', platform: 'Alpha', region: 'R1', signup: '2024-02-04', offsets: [0, 7, 8, 30] },
  { id: 'a06', platform: 'Alpha', region: 'R1', signup: '2024-02-05', offsets: [0] },
  { id: 'a07', platform: 'Alpha', region: 'R1', signup: '2024-02-05', offsets: [0, 7, 14, 21, 28, 35] },
  { id: 'a08', platform: 'Alpha', region: 'R1', signup: '2024-02-05', offsets: [0, 30] },
  { id: 'a09', platform: 'Alpha', region: 'R1', signup: '2024-02-12', offsets: [0, 7] },
  { id: 'a10', platform: 'Alpha', region: 'R1', signup: '2024-02-12', offsets: [0, 14] },
  { id: 'a11', platform: 'Alpha', region: 'R1', signup: '2024-02-14', offsets: [0, 2] },
  { id: 'b01', platform: 'Beta', region: 'R1', signup: '2024-03-01', offsets: [0, 1, 2] },
  { id: 'b02', platform: 'Beta', region: 'R1', signup: '2024-03-01', offsets: [0] },
];

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The log as an `events` CSV (schema EVENTS). */
export function tinyEventsCsv(): string {
  const lines = ['user_id,platform,region,signup_date,activity_date,kind'];
  for (const u of TINY_USERS) {
    for (const n of u.offsets) {
      const day = addDays(u.signup, n);
      const signup = u.resignup && day >= u.resignup.date ? u.resignup.date : u.signup;
      lines.push(`${u.id},${u.platform},${u.region},${signup},${day},reported`);
    }
    if (u.resignup)
      lines.push(
        `${u.id},${u.platform},${u.region},${u.resignup.date},${addDays(u.signup, u.resignup.offset)},reported`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The same log as daily aggregate cohorts (schema RETENTION), counted here in plain
 * TypeScript: one row per platform, region, signup day and offset, for every offset the
 * cohort has been observed (signup day + offset <= the platform's last logged day).
 */
export function tinyRetentionCsv(): string {
  const lines = ['platform,region,cohort_start,day_offset,cohort_size,retained,retained_later,kind,source'];
  const asOf = new Map<string, string>();
  for (const u of TINY_USERS) {
    const last = addDays(u.signup, Math.max(...u.offsets, u.resignup?.offset ?? 0));
    if ((asOf.get(u.platform) ?? '') < last) asOf.set(u.platform, last);
  }
  const groups = new Map<string, TinyUser[]>();
  for (const u of TINY_USERS) {
    const key = `${u.platform},${u.region},${u.signup}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  for (const [key, users] of groups) {
    const [platform, , signup] = key.split(',') as [string, string, string];
    const observed = daysBetween(signup, asOf.get(platform) ?? signup);
    for (let n = 0; n <= observed; n++) {
      const offsetsOf = (u: TinyUser) => [...u.offsets, ...(u.resignup ? [u.resignup.offset] : [])];
      const retained = users.filter((u) => offsetsOf(u).includes(n)).length;
      const later = users.filter((u) => Math.max(...offsetsOf(u)) >= n).length;
      lines.push(`${key},${n},${users.length},${retained},${later},modelled,tiny-log`);
    }
  }
  return `${lines.join('\n')}\n`;
}
