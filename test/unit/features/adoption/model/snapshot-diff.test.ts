import { describe, expect, it } from 'vitest';
import type { AdoptionSnapshot } from '../../../../../src/features/adoption/api/adoption-snapshot';
import { describeDifferences, diffSnapshot, sameRows } from '../../../../../src/features/adoption/model/snapshot-diff';

type Point = AdoptionSnapshot['series'][number];
const point = (platform: string, day: string, value: number): Point => ({
  platform,
  date: new Date(`${day}T00:00:00Z`),
  days_since_launch: null,
  anchor_event: null,
  anchor_label: null,
  value,
  measure: 'MAU',
  basis: 'company',
  metric: 'MAU',
  vendor: platform,
  coverage: 'global',
  source: 'a post',
  note: null,
  kind: 'reported',
});
const rows = (series: Point[]) => ({ series, events: [], coverage: [], regions: [] });

describe('diffSnapshot', () => {
  const a = point('Threads', '2024-01-01', 130_000_000);
  const b = point('X', '2024-01-01', 550_000_000);

  it('finds nothing when every row is equal, whatever their order and whichever Date objects', () => {
    expect(diffSnapshot(rows([a, b]), rows([point('X', '2024-01-01', 550_000_000), { ...a }]))).toEqual([]);
  });

  it('names a changed figure on both sides, and a date moved by one day', () => {
    const changed = diffSnapshot(rows([a, b]), rows([a, { ...b, value: 551_000_000 }]));
    expect(changed).toEqual([
      {
        what: 'figures',
        onlySnapshot: ['X 1 Jan 2024: 550,000,000 (X, global)'],
        onlyLive: ['X 1 Jan 2024: 551,000,000 (X, global)'],
        changed: [],
      },
    ]);
    const moved = diffSnapshot(rows([a]), rows([{ ...a, date: new Date('2024-01-02T00:00:00Z') }]));
    expect(moved[0]?.onlyLive).toEqual(['Threads 2 Jan 2024: 130,000,000 (Threads, global)']);
  });

  it('counts duplicates: a row the engine returns twice is one more than the snapshot has', () => {
    expect(diffSnapshot(rows([a]), rows([a, a]))).toEqual([
      {
        what: 'figures',
        onlySnapshot: [],
        onlyLive: ['Threads 1 Jan 2024: 130,000,000 (Threads, global)'],
        changed: [],
      },
    ]);
  });

  it('pairs rows described alike and names the fields that changed (anchors lost: launches not loaded yet)', () => {
    const anchored = { ...a, days_since_launch: 180, anchor_event: 'launch', anchor_label: 'Threads launch' };
    expect(diffSnapshot(rows([anchored, b]), rows([a, b]))).toEqual([
      {
        what: 'figures',
        onlySnapshot: [],
        onlyLive: [],
        changed: [
          'Threads 1 Jan 2024: 130,000,000 (Threads, global) (days_since_launch 180 in the snapshot, none live; ' +
            'anchor_event launch in the snapshot, none live; anchor_label Threads launch in the snapshot, none live)',
        ],
      },
    ]);
  });

  it('compares the other queries too: a field other than the value (the source) is a difference', () => {
    const event = {
      platform: 'Threads',
      region: 'EU',
      event_date: new Date('2023-12-14T00:00:00Z'),
      end_date: null,
      event: 'regional_launch',
      label: 'Threads EU launch',
      source: 'Meta',
    };
    const diff = diffSnapshot(
      { ...rows([]), events: [event] },
      { ...rows([]), events: [{ ...event, source: 'Reuters' }] },
    );
    expect(diff).toEqual([
      {
        what: 'events',
        onlySnapshot: [],
        onlyLive: [],
        changed: ['Threads EU launch, 14 Dec 2023 (source Meta in the snapshot, Reuters live)'],
      },
    ]);
  });
});

describe('describeDifferences', () => {
  it('says each side in a sentence and names at most three rows of each', () => {
    const lines = describeDifferences([
      { what: 'figures', onlySnapshot: ['r1', 'r2', 'r3', 'r4', 'r5'], onlyLive: [], changed: [] },
      { what: 'regions', onlySnapshot: ['EU MAU: 3'], onlyLive: ['EU MAU: 4'], changed: [] },
      { what: 'events', onlySnapshot: [], onlyLive: [], changed: ['e1 (source a in the snapshot, b live)'] },
    ]);
    expect(lines).toEqual([
      'Figures only in the snapshot: r1; r2; r3; and 2 more.',
      'Regions only in the snapshot: EU MAU: 3. Regions only in the engine: EU MAU: 4.',
      'Events changed: e1 (source a in the snapshot, b live).',
    ]);
  });
});

describe('sameRows', () => {
  const a = point('Threads', '2024-01-01', 130_000_000);
  const b = point('X', '2024-01-01', 550_000_000);

  it('is true for equal rows in the same order, with other Date objects and keys in another order', () => {
    const { value, ...rest } = a;
    expect(sameRows([a, b], [{ value, ...rest }, point('X', '2024-01-01', 550_000_000)])).toBe(true);
    expect(sameRows([], [])).toBe(true);
  });

  it('is false for another order, another length, another value, date or null', () => {
    expect(sameRows([a, b], [b, a])).toBe(false);
    expect(sameRows([a, b], [a])).toBe(false);
    expect(sameRows([a], [{ ...a, value: 130_000_001 }])).toBe(false);
    expect(sameRows([a], [{ ...a, date: new Date('2024-01-02T00:00:00Z') }])).toBe(false);
    expect(sameRows([a], [{ ...a, note: '' }])).toBe(false);
  });
});
