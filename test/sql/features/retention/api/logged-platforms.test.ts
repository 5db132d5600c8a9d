import { describe, expect, it } from 'vitest';
import { fetchLoggedPlatforms } from '../../../../../src/features/retention/api/logged-platforms';
import { ensureEventsPrepared } from '../../../../../src/features/retention/api/prepare-events';
import { openBundledDb } from '../../../../support/node-db';

describe('the platforms with an activity log', () => {
  it('are read from the log itself, without preparing it', async () => {
    const db = await openBundledDb();
    // events-sample.csv logs all four bundled platforms.
    expect((await fetchLoggedPlatforms(db)).map((r) => r.platform)).toEqual(['Bluesky', 'Mastodon', 'Threads', 'X']);
    const prepared = async () =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'retention_ev_%'`,
        )
      )[0]?.n;
    expect(await prepared()).toBe(0);
    // The same check sees the preparation's four tables once it has run.
    await ensureEventsPrepared(db);
    expect(await prepared()).toBe(4);
  });
});
