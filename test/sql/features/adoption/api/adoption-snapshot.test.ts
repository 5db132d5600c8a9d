import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fetchAdoptionSnapshot,
  parseAdoptionSnapshot,
  serialiseAdoptionSnapshot,
  type AdoptionSnapshot,
} from '../../../../../src/features/adoption/api/adoption-snapshot';
import { diffSnapshot } from '../../../../../src/features/adoption/model/snapshot-diff';
import { openFirstView } from '../../../../../scripts/vite/prerender-landing';
import { openBundledDb, REPO_ROOT } from '../../../../support/node-db';

const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(REPO_ROOT, 'data', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe('the landing snapshot the build draws (real DuckDB-WASM, real data/)', () => {
  const takenAt = new Date('2026-12-02T03:00:00Z');
  let build: AdoptionSnapshot;
  let app: AdoptionSnapshot;
  beforeAll(async () => {
    // As the build takes it (first-view files only) and as the page's engine has it (every file).
    build = await fetchAdoptionSnapshot(await openFirstView(), takenAt);
    app = await fetchAdoptionSnapshot(await openBundledDb(), takenAt);
  });

  it('holds exactly the rows the live queries return', () => {
    expect(build).toEqual(app);
    expect(diffSnapshot(build, app)).toEqual([]);
  });

  it('matches figures counted by hand from signups.csv and launches.csv', () => {
    const signups = csv('signups.csv');
    const mau = signups.filter((r) => r.region === 'global' && r.measure === 'MAU' && Number(r.value) > 0);
    expect(build.series).toHaveLength(mau.length);
    expect(mau).toHaveLength(37);
    // Ordered by platform, date and value: Bluesky's first, a tracker's 5.6M of 27 Sep 2025.
    expect(build.series[0]).toMatchObject({
      platform: 'Bluesky',
      date: new Date('2025-09-27T00:00:00Z'),
      value: 5_600_000,
      vendor: 'bluefacts.app',
      basis: 'estimate',
    });
    const threadsTop = Math.max(...build.series.filter((p) => p.platform === 'Threads').map((p) => p.value));
    expect(threadsTop).toBe(400_000_000);
    // The global view lists every event in launches.csv.
    expect(build.events).toHaveLength(csv('launches.csv').length);
    const threadsMau = signups.filter((r) => r.platform === 'Threads' && r.region === 'global' && r.measure === 'MAU');
    expect(build.coverage).toContainEqual({
      platform: 'Threads',
      region: 'global',
      measure: 'MAU',
      points: threadsMau.filter((r) => Number(r.value) > 0).length,
    });
  });

  it('reads back from index.html as it was taken, dates as dates', () => {
    const text = serialiseAdoptionSnapshot(build);
    expect(parseAdoptionSnapshot(text)).toEqual(build);
    expect(diffSnapshot(parseAdoptionSnapshot(text), app)).toEqual([]);
  });

  it('cannot close its <script> early, whatever a source says', () => {
    const hostile = { ...build, events: [{ ...build.events[0]!, source: '</script><script>alert(1)</script>' }] };
    const text = serialiseAdoptionSnapshot(hostile);
    expect(text).not.toContain('<');
    expect(parseAdoptionSnapshot(text).events[0]?.source).toBe('</script><script>alert(1)</script>');
  });

  it('refuses a malformed snapshot instead of drawing it', () => {
    expect(() => parseAdoptionSnapshot('{"takenAt":"x","series":{}}')).toThrow('the snapshot has no series rows');
    expect(() => parseAdoptionSnapshot('{"series":[]}')).toThrow('the snapshot says not when it was taken');
  });
});
