import { describe, expect, it } from 'vitest';
import { fetchKnownValues } from '../../../../../src/lib/datasets/store/known-values';
import { openBundledDb, openNodeDb } from '../../../../support/node-db';

describe('fetchKnownValues', () => {
  it('collects platforms and regions across every loaded table', async () => {
    const known = await fetchKnownValues(await openBundledDb());
    expect([...known.platforms].sort()).toEqual(['Bluesky', 'Mastodon', 'Threads', 'X']);
    expect(known.regions.has('EU-27')).toBe(true); // launches
    expect(known.regions.has('global')).toBe(true); // signups
  });

  it('returns nothing for an empty database', async () => {
    const known = await fetchKnownValues(await openNodeDb());
    expect(known.platforms.size + known.regions.size).toBe(0);
  });
});
