// @vitest-environment happy-dom
import { QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import {
  serialiseAdoptionSnapshot,
  SNAPSHOT_PARAMS,
  type AdoptionSnapshot,
} from '../../../../../src/features/adoption/api/adoption-snapshot';
import { useAdoptionQueries } from '../../../../../src/features/adoption/hooks/use-adoption-queries';
import { SNAPSHOT_SCRIPT_ID } from '../../../../../src/features/adoption/snapshot-ids';
import type { Db } from '../../../../../src/lib/db/types';
import type { DbSource } from '../../../../../src/lib/query/db-source';
import { createQueryClient } from '../../../../../src/lib/query/query-client';

const point = (value: number) => ({
  platform: 'Threads',
  date: new Date('2024-01-01T00:00:00Z'),
  days_since_launch: 180,
  anchor_event: 'launch',
  anchor_label: 'Threads launch',
  value,
  measure: 'MAU' as const,
  basis: 'company' as const,
  metric: 'MAU',
  vendor: 'Meta',
  coverage: 'global',
  source: 'Meta Q4 2023 earnings',
  note: null,
  kind: 'reported',
});
const SNAPSHOT: AdoptionSnapshot = {
  takenAt: '2026-12-02T03:00:00.000Z',
  series: [point(130_000_000)],
  events: [],
  coverage: [{ platform: 'Threads', region: 'global', measure: 'MAU', points: 1 }],
  regions: [{ region: 'global', measure: 'MAU', points: 1, platforms: 1 }],
};
// The page's index.html, as the build writes it: read once, by the first render below.
const script = document.createElement('script');
script.type = 'application/json';
script.id = SNAPSHOT_SCRIPT_ID;
script.textContent = serialiseAdoptionSnapshot(SNAPSHOT);
document.head.append(script);

/** A database that answers each query family with the given rows, once `gate` resolves. */
function sourceOf(seriesRows: object[], gate: Promise<void>): DbSource {
  const rows: Record<string, object[]> = {
    'adoption/series': seriesRows,
    'launches/events': [],
    'adoption/platform-coverage': SNAPSHOT.coverage,
    'adoption/region-options': SNAPSHOT.regions,
  };
  const db = { query: async (sql: string) => rows[/^-- (\S+)/.exec(sql)?.[1] ?? ''] ?? [] } as unknown as Db;
  const ready = gate.then(() => db);
  return { forTable: () => ready, ready: () => ready };
}

type Result = ReturnType<typeof useAdoptionQueries>;
async function mount(source: DbSource) {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const seen: Result[] = [];
  function Probe() {
    seen.push(useAdoptionQueries(SNAPSHOT_PARAMS));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () =>
    root.render(
      <QueryClientProvider client={createQueryClient(source)}>
        <Probe />
      </QueryClientProvider>,
    ),
  );
  return { seen, unmount: () => act(() => root.unmount()) };
}

function deferred() {
  let open = () => {};
  let fail: (error: Error) => void = () => {};
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  promise.catch(() => undefined);
  return { promise, open, fail };
}

/**
 * Let `change` happen, then let the queries settle: react-query tells its observers in a
 * task (setTimeout 0), which an act() that only awaits its callback would not wait for.
 */
async function settleAfter(change: () => void) {
  await act(async () => {
    change();
    for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

describe('useAdoptionQueries on the landing view', () => {
  it('starts from the snapshot (fresh, never loading), then says live when the engine returns the same rows', async () => {
    const gate = deferred();
    const { seen, unmount } = await mount(sourceOf([point(130_000_000)], gate.promise));
    const first = seen[0]!;
    expect(first.check).toEqual({ kind: 'checking' });
    expect(first.seriesQuery.data).toEqual(SNAPSHOT.series);
    expect(first.seriesQuery).toMatchObject({ isPending: false, isError: false, isStale: false });
    await settleAfter(gate.open);
    const last = seen.at(-1)!;
    expect(last.check).toEqual({ kind: 'live', figures: 1 });
    // Equal rows come back as the snapshot's very arrays, so nothing drawn from them draws again.
    expect(last.seriesQuery.isFetching).toBe(false);
    expect(last.seriesQuery.data).toBe(first.seriesQuery.data);
    expect(last.coverageQuery.data).toBe(first.coverageQuery.data);
    expect(last.regionsQuery.data).toBe(first.regionsQuery.data);
    await unmount();
  });

  it('hands on the engine’s own rows where they differ from the snapshot', async () => {
    const gate = deferred();
    const { seen, unmount } = await mount(sourceOf([point(131_000_000)], gate.promise));
    await settleAfter(gate.open);
    const last = seen.at(-1)!;
    expect(last.seriesQuery.data).not.toBe(SNAPSHOT.series);
    expect(last.seriesQuery.data?.map((p) => p.value)).toEqual([131_000_000]);
    // The other three queries' rows are equal, and shared.
    expect(last.coverageQuery.data).toBe(seen[0]!.coverageQuery.data);
    await unmount();
  });

  it('keeps the snapshot drawn and says why when the engine fails', async () => {
    const gate = deferred();
    const { seen, unmount } = await mount(sourceOf([], gate.promise));
    await settleAfter(() => gate.fail(new Error('WASM blocked')));
    const last = seen.at(-1)!;
    // A verdict already reached by the first test is kept: this one checks the failed path itself.
    expect(last.check).toEqual({ kind: 'failed', message: 'WASM blocked' });
    expect(last.seriesQuery).toMatchObject({ data: SNAPSHOT.series, isError: false, isPending: false });
    await unmount();
  });
});
