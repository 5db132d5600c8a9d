import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { inspectFile } from '../../../../../src/lib/datasets/ingest/import-csv';
import { EVENT_LIST_LIMIT, listEvents } from '../../../../../src/lib/datasets/shapes/activity-log-events';
import type { ActivityLogShape } from '../../../../../src/lib/datasets/shapes/shape-types';
import { openNodeDb } from '../../../../support/node-db';

/** The event list of a file, as the settings ask for it once the file is inspected. */
async function eventsOf(db: Db, text: string) {
  const file = new Blob([text]);
  const { plan } = await inspectFile(file, 'log.csv');
  const shape = plan.shape as ActivityLogShape;
  const list = await listEvents(db, {
    file,
    dialect: plan.dialect,
    fieldCount: plan.sourceNames.length,
    event: shape.event ?? -1,
  });
  return { shape, list };
}

describe('the event names of a whole activity log, with their row counts', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  it('lists an event that first appears on row 50,000, which the first rows never show', async () => {
    // 49,999 rows alternate open/post, then row 50,000 is the only "purchase", then 10 more opens.
    const lines = ['user_id,event,timestamp'];
    for (let i = 1; i < 50_000; i++) lines.push(`u${i % 97},${i % 2 === 0 ? 'open' : 'post'},2024-03-01T10:00:00Z`);
    lines.push('u1,purchase,2024-03-02T10:00:00Z');
    for (let i = 0; i < 10; i++) lines.push(`u${i}, open ,2024-03-03T10:00:00Z`);
    const { shape, list } = await eventsOf(db, `${lines.join('\n')}\n`);
    expect(shape.seenEvents).not.toContain('purchase');
    // By hand: rows 1..49,999 give 24,999 even (open) and 25,000 odd (post); the 10 padded " open " make 25,009.
    expect(list).toEqual({
      events: [
        { event: 'open', rows: 25_009 },
        { event: 'post', rows: 25_000 },
        { event: 'purchase', rows: 1 },
      ],
      otherEvents: 0,
      otherRows: 0,
    });
  });

  it('keeps the most frequent events and counts the rest together; blank events and bad lines are not listed', async () => {
    const lines = ['user_id,event,timestamp'];
    // Event e<k> has k+1 rows, k = 0 … LIMIT+4: the five rarest (e0 … e4, 1+2+3+4+5 = 15 rows) are left out.
    for (let k = 0; k < EVENT_LIST_LIMIT + 5; k++)
      for (let r = 0; r <= k; r++) lines.push(`u${r},e${k},2024-03-01T10:00:00Z`);
    lines.push('u1,,2024-03-01T10:00:00Z', 'u1,"broken,2024-03-01', 'u2,e0,2024-03-01,extra');
    const { list } = await eventsOf(db, `${lines.join('\n')}\n`);
    expect(list.events).toHaveLength(EVENT_LIST_LIMIT);
    expect(list.events[0]).toEqual({ event: `e${EVENT_LIST_LIMIT + 4}`, rows: EVENT_LIST_LIMIT + 5 });
    expect(list.events.at(-1)).toEqual({ event: 'e5', rows: 6 });
    expect([list.otherEvents, list.otherRows]).toEqual([5, 15]);
    // Nothing is left behind: no scratch table.
    const left = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__event_list%'`,
    );
    expect(left[0]?.n).toBe(0);
  });
});
