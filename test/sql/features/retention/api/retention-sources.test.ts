import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchRetentionSources } from '../../../../../src/features/retention/api/retention-sources';
import { openBundledDb } from '../../../../support/node-db';
import { openTinyDb } from './tiny-db';

describe('retention sources on the real engine', () => {
  let tiny: Db;
  beforeAll(async () => {
    tiny = await openTinyDb();
  });

  it('names the file and the rows\' source column of the cohort table (tiny-log.ts: modelled, source "tiny-log")', async () => {
    const rows = await fetchRetentionSources(tiny, { source: 'aggregate', platforms: [], region: 'all' });
    expect(rows).toEqual([
      { platform: 'Alpha', file_name: 'tiny-retention.csv', sources: 'tiny-log', modelled: true },
      { platform: 'Beta', file_name: 'tiny-retention.csv', sources: 'tiny-log', modelled: true },
    ]);
  });

  it('names the file of the events log, which has no source column (tiny-log.ts: reported)', async () => {
    const rows = await fetchRetentionSources(tiny, { source: 'events', platforms: ['Beta'], region: 'all' });
    expect(rows).toEqual([{ platform: 'Beta', file_name: 'tiny-events.csv', sources: null, modelled: false }]);
  });

  it('follows the platform and region filters: Beta has cohorts only in R1, Alpha in R1 and R2', async () => {
    const r2 = await fetchRetentionSources(tiny, { source: 'aggregate', platforms: [], region: 'R2' });
    expect(r2.map((r) => r.platform)).toEqual(['Alpha']);
    const none = await fetchRetentionSources(tiny, { source: 'events', platforms: ['Gamma'], region: 'all' });
    expect(none).toEqual([]);
  });

  it('names the bundled, modelled files (as the app loads them, from data/) for the four bundled platforms', async () => {
    const db = await openBundledDb();
    const cohorts = await fetchRetentionSources(db, { source: 'aggregate', platforms: [], region: 'all' });
    expect(cohorts.map((r) => [r.platform, r.file_name, r.sources, r.modelled])).toEqual(
      ['Bluesky', 'Mastodon', 'Threads', 'X'].map((p) => [p, 'data/retention.csv', 'generate-retention.mjs', true]),
    );
    const events = await fetchRetentionSources(db, { source: 'events', platforms: ['Threads'], region: 'all' });
    expect(events).toEqual([
      { platform: 'Threads', file_name: 'data/events-sample.csv', sources: null, modelled: true },
    ]);
  });
});
