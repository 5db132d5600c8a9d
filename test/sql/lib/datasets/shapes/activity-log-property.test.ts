import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { commitImport, inspectFile, stageImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import type { ActivityLogShape } from '../../../../../src/lib/datasets/shapes/shape-types';
import { openNodeDb } from '../../../../support/node-db';

const TODAY = new Date('2026-11-27T00:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

/** A small seeded generator (mulberry32), so a failing seed can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
/** `YYYY-MM-DDTHH:MM:SS` of an instant shifted by `minutes` (read off a UTC Date). */
const wallText = (at: number, minutes: number) => new Date(at + minutes * MINUTE).toISOString().slice(0, 19);

/** One timestamp, written in one of the forms an export uses, and its day as the reference reads it. */
interface Written {
  readonly text: string;
  /** The instant, or null for a wall time / bare day (whose day is as written). */
  readonly instant: number | null;
}

function writeTime(at: number, next: () => number): Written {
  const form = Math.floor(next() * 6);
  const offsets = [-600, -300, 0, 60, 330, 545];
  const offset = offsets[Math.floor(next() * offsets.length)] ?? 0;
  switch (form) {
    case 0: {
      // A time to the minute drops the seconds, so its instant is the minute's.
      const minute = next() < 0.3;
      const text = `${wallText(at, 0).slice(0, minute ? 16 : 19)}${next() < 0.2 ? 'z' : 'Z'}`;
      return { text, instant: minute ? Math.floor(at / MINUTE) * MINUTE : Math.floor(at / 1000) * 1000 };
    }
    case 1: {
      // ISO 8601's extended (+05:30) and basic (+0530, +05) offsets, to the second or the minute.
      const sign = offset < 0 ? '-' : '+';
      const hours = pad(Math.trunc(offset / 60));
      const minutes = pad(offset % 60);
      const spellings = [`${hours}:${minutes}`, `${hours}${minutes}`, ...(offset % 60 === 0 ? [hours] : [])];
      const spelled = spellings[Math.floor(next() * spellings.length)] ?? '';
      const minute = next() < 0.3;
      return {
        text: `${wallText(at, offset).slice(0, minute ? 16 : 19)}${next() < 0.2 ? ' ' : ''}${sign}${spelled}`,
        instant: minute ? Math.floor(at / MINUTE) * MINUTE : Math.floor(at / 1000) * 1000,
      };
    }
    case 2:
      return { text: String(Math.floor(at / 1000)), instant: Math.floor(at / 1000) * 1000 };
    case 3:
      return { text: String(at), instant: at };
    case 4:
      return {
        text: wallText(at, 0)
          .replace('T', ' ')
          .slice(0, next() < 0.5 ? 16 : 19),
        instant: null,
      };
    default:
      return { text: wallText(at, 0).slice(0, 10), instant: null };
  }
}

/** The reference day: Date arithmetic for a fixed offset, Intl for a named zone; a wall time's own date. */
function referenceDay(written: Written, zone: string): string {
  if (written.instant === null) return written.text.slice(0, 10);
  const fixed = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (zone === 'UTC' || fixed) {
    const minutes = fixed ? (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) : 0;
    return new Date(written.instant + minutes * MINUTE).toISOString().slice(0, 10);
  }
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return format.format(written.instant);
}

interface Log {
  readonly csv: string;
  /** `platform|signup day|day offset` → distinct users, from the reference. */
  readonly matrix: Record<string, number>;
}

/** A random log: users with one event or many, repeated rows, every time form mixed; and its reference matrix. */
function randomLog(seed: number, zone: string, withPlatform: boolean): Log {
  const next = random(seed);
  const lines = [withPlatform ? 'user_id,platform,event,timestamp' : 'user_id,event,timestamp'];
  const days = new Map<string, { platform: string; user: string; days: string[] }>();
  const users = 5 + Math.floor(next() * 40);
  for (let u = 0; u < users; u += 1) {
    const start = Date.UTC(2023, 0, 1) + Math.floor(next() * 900) * DAY;
    const events = next() < 0.3 ? 1 : 2 + Math.floor(next() * 12);
    for (let e = 0; e < events; e += 1) {
      const platform = withPlatform ? (next() < 0.5 ? 'Web' : 'iOS') : 'prop';
      const at = start + Math.floor(next() * 40) * DAY + Math.floor(next() * DAY);
      const written = writeTime(at, next);
      const row = `u${u},${withPlatform ? `${platform},` : ''}${next() < 0.5 ? 'open' : 'post'},${written.text}`;
      lines.push(row);
      if (next() < 0.15) lines.push(row);
      const key = `${platform}|u${u}`;
      const entry = days.get(key) ?? { platform, user: `u${u}`, days: [] };
      entry.days.push(referenceDay(written, zone));
      days.set(key, entry);
    }
  }
  const cells = new Map<string, Set<string>>();
  for (const { platform, user, days: active } of days.values()) {
    const signup = [...active].sort()[0] ?? '';
    for (const day of active) {
      const key = `${platform}|${signup}|${(Date.parse(day) - Date.parse(signup)) / DAY}`;
      cells.set(key, (cells.get(key) ?? new Set()).add(user));
    }
  }
  return { csv: `${lines.join('\n')}\n`, matrix: Object.fromEntries([...cells].map(([k, v]) => [k, v.size])) };
}

const CASES = [
  { seed: 1, zone: 'UTC', platform: false },
  { seed: 2, zone: '+05:30', platform: false },
  { seed: 3, zone: '-08:00', platform: true },
  { seed: 4, zone: 'America/New_York', platform: false },
  { seed: 5, zone: 'Europe/Berlin', platform: true },
  { seed: 6, zone: 'Australia/Lord_Howe', platform: false },
  { seed: 7, zone: 'Asia/Kathmandu', platform: true },
  { seed: 8, zone: 'UTC', platform: true },
];

describe('activity log property: the SQL path and a plain reference give the same cohort matrix', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  it.each(CASES)('seed $seed in $zone (platform column: $platform)', async ({ seed, zone, platform }) => {
    const log = randomLog(seed, zone, platform);
    const file = new Blob([log.csv]);
    const fileName = `prop-${seed}.csv`;
    const inspection = await inspectFile(file, fileName);
    const shape = { ...(inspection.plan.shape as ActivityLogShape), zone };
    const plan = { ...inspection.plan, shape };
    const staged = await stageImport(db, { file, fileName, plan, today: TODAY });
    expect(staged.validation).toMatchObject({ badRows: 0, blocking: null });
    await commitImport(db, staged, `i:prop-${seed}`);
    const rows = await db.query<{ key: string; users: number }>(
      `SELECT concat_ws('|', CASE WHEN $2 THEN platform ELSE 'prop' END, strftime(signup_date, '%Y-%m-%d'),
         CAST(activity_date - signup_date AS VARCHAR)) AS key, count(DISTINCT user_id) AS users
       FROM events WHERE dataset_id = $1 GROUP BY ALL`,
      [`i:prop-${seed}`, platform],
    );
    expect(Object.fromEntries(rows.map((r) => [r.key, r.users]))).toEqual(log.matrix);
  });
});
