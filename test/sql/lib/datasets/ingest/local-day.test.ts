import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { localDaySql } from '../../../../../src/lib/datasets/ingest/local-day-sql';
import { parseZone, zoneTransitions, type ZoneSpec } from '../../../../../src/lib/datasets/ingest/zone-offsets';
import { openNodeDb } from '../../../../support/node-db';

/** Days of `values` in `zone` as the SQL path computes them. */
async function sqlDays(db: Db, values: readonly string[], zoneText: string): Promise<(string | null)[]> {
  const zone = parseZone(zoneText) as ZoneSpec;
  await db.exec('CREATE OR REPLACE TABLE log (ts VARCHAR)');
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values.slice(i, i + 500);
    await db.exec(`INSERT INTO log VALUES ${chunk.map((_, j) => `($${j + 1})`).join(', ')}`, chunk);
  }
  const transitions = zoneTransitions(zone, Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1));
  await db.exec('CREATE OR REPLACE TABLE tz (at_ms BIGINT, minutes INTEGER)');
  await db.exec(
    `INSERT INTO tz VALUES ${transitions.map((_, j) => `($${2 * j + 1}::BIGINT, $${2 * j + 2}::INTEGER)`).join(', ')}`,
    transitions.flatMap((t) => [t.at, t.minutes]),
  );
  const rows = await db.query<{ day: Date | null }>(`SELECT __day AS day FROM (${localDaySql('log', 'ts', 'tz')})`);
  return rows.map((r) => (r.day ? r.day.toISOString().slice(0, 10) : null));
}

/**
 * The reference: each value read on its own by JavaScript's Date and the day taken by
 * Intl in the zone (no transitions table, no SQL).
 */
function referenceDay(value: string, zoneText: string): string | null {
  const v = value.trim();
  let instant: number | null = null;
  if (/^\d{9,10}$/.test(v)) instant = Number(v) * 1000;
  else if (/^\d{12,13}$/.test(v)) instant = Number(v);
  else if (/\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)$/i.test(v)) {
    const iso = v
      .replace(' ', 'T')
      .replace(/\s+/, '')
      .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
      .replace(/([+-]\d{2})$/, '$1:00');
    const parsed = Date.parse(iso);
    instant = Number.isNaN(parsed) ? null : parsed;
    if (instant === null) return null;
  } else {
    return /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/.test(v) ? v.slice(0, 10) : null;
  }
  const fixed = /^([+-])(\d{2}):(\d{2})$/.exec(zoneText);
  if (zoneText === 'UTC' || fixed) {
    const minutes = fixed ? (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) : 0;
    return new Date(instant + minutes * 60_000).toISOString().slice(0, 10);
  }
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zoneText,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A random timestamp in one of the formats logs use; near DST changes a third of the time. */
function randomValue(next: () => number): string {
  const dst = [
    Date.UTC(2024, 2, 10, 7),
    Date.UTC(2024, 2, 31, 1),
    Date.UTC(2024, 9, 27, 1),
    Date.UTC(2024, 10, 3, 6),
    Date.UTC(2024, 3, 6, 15),
  ];
  const at =
    next() < 0.33
      ? (dst[Math.floor(next() * dst.length)] as number) + Math.round((next() - 0.5) * 6 * 3_600_000)
      : Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365 * 86_400_000);
  const d = new Date(at);
  const wall = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const offset = Math.round((next() - 0.5) * 26) * 30;
  const sign = offset < 0 ? '-' : '+';
  const shifted = new Date(at + offset * 60_000);
  const shiftedIso = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
  switch (Math.floor(next() * 9)) {
    case 0:
      return String(Math.floor(at / 1000));
    case 1:
      return String(at);
    case 2:
      return `${wall}T${time}Z`;
    case 3:
      return `${wall}T${time}.${pad(at % 1000, 3)}Z`;
    case 4:
      return `${shiftedIso}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    case 5:
      return `${shiftedIso}${sign}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
    case 6:
      return `${wall} ${time.slice(0, 5)}`;
    case 7:
      return `${wall} ${time}`;
    default:
      return wall;
  }
}

describe('activity timestamps become days in a chosen time zone (no ICU: offsets from Intl)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  it('reads zones as typed, and refuses what is none', () => {
    expect(parseZone('UTC')).toEqual({ kind: 'fixed', minutes: 0 });
    expect(parseZone('+05:30')).toEqual({ kind: 'fixed', minutes: 330 });
    expect(parseZone('UTC-0800')).toEqual({ kind: 'fixed', minutes: -480 });
    expect(parseZone('Europe/Berlin')).toEqual({ kind: 'named', name: 'Europe/Berlin' });
    expect(parseZone('Mars/Olympus')).toBeNull();
    expect(parseZone('+15:00')).toBeNull();
  });

  it("finds New York's 2024 changes to the second", () => {
    const t = zoneTransitions(
      { kind: 'named', name: 'America/New_York' },
      Date.UTC(2024, 0, 1),
      Date.UTC(2024, 11, 31),
    );
    expect(t.slice(1)).toEqual([
      { at: Date.UTC(2024, 2, 10, 7), minutes: -240 },
      { at: Date.UTC(2024, 10, 3, 6), minutes: -300 },
    ]);
    expect(t[0]?.minutes).toBe(-300);
  });

  it('hand-checked days: an offset, Unix seconds and milliseconds, local times, and what does not parse', async () => {
    const values = [
      '2024-03-10T23:30:00+02:00',
      '1710113400',
      '1710113400123',
      '2024-03-10 23:30',
      '2024-03-10',
      'yesterday',
      '2024-13-01T00:00:00Z',
    ];
    // 21:30 UTC; 23:30 UTC; 23:30 UTC; local times keep their date.
    expect(await sqlDays(db, values, 'UTC')).toEqual([
      '2024-03-10',
      '2024-03-10',
      '2024-03-10',
      '2024-03-10',
      '2024-03-10',
      null,
      null,
    ]);
    expect(await sqlDays(db, values, 'Asia/Tokyo')).toEqual([
      '2024-03-11',
      '2024-03-11',
      '2024-03-11',
      '2024-03-10',
      '2024-03-10',
      null,
      null,
    ]);
    // New York is on EDT (-4) from 07:00 UTC that day: 17:30 and 19:30.
    expect(await sqlDays(db, values, 'America/New_York')).toEqual([
      '2024-03-10',
      '2024-03-10',
      '2024-03-10',
      '2024-03-10',
      '2024-03-10',
      null,
      null,
    ]);
    // Midnight falls at 05:00 UTC on EST (-5) and at 04:00 UTC once EDT (-4) began.
    const edges = ['2024-03-10T04:59:59Z', '2024-03-10T05:00:00Z', '2024-03-11T03:59:59Z', '2024-03-11T04:00:00Z'];
    expect(await sqlDays(db, edges, 'America/New_York')).toEqual([
      '2024-03-09',
      '2024-03-10',
      '2024-03-10',
      '2024-03-11',
    ]);
    expect(await sqlDays(db, ['2024-03-10T20:00:00Z'], '-04:30')).toEqual(['2024-03-10']);
    expect(await sqlDays(db, ['2024-03-10T20:00:00Z'], '+04:00')).toEqual(['2024-03-11']);
  });

  it("random timestamps in every format give the reference's day in fixed and named zones", async () => {
    const next = random(20261201);
    const values = Array.from({ length: 3000 }, () => randomValue(next));
    for (const zone of [
      'UTC',
      '+05:45',
      '-03:30',
      'America/New_York',
      'Europe/Berlin',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
    ]) {
      const got = await sqlDays(db, values, zone);
      const mismatches = values
        .map((v, i) => ({ v, got: got[i], want: referenceDay(v, zone) }))
        .filter((m) => m.got !== m.want);
      expect({ zone, mismatches: mismatches.slice(0, 5) }).toEqual({ zone, mismatches: [] });
    }
  });
});
