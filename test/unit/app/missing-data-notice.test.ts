import { describe, expect, it } from 'vitest';
import { missingFromUrl } from '../../../src/app/missing-data-notice';

const known = { platforms: new Set(['Threads', 'X', 'Bluesky', 'Mastodon']), regions: new Set(['global', 'EU-27', 'US']) };

describe('missingFromUrl', () => {
  it('names platforms and regions the loaded tables do not hold', () => {
    expect(missingFromUrl('?section=retention&rplat=Threads,Pixelfed&rregion=Narnia', known)).toEqual({
      platforms: ['Pixelfed'],
      regions: ['Narnia'],
    });
  });

  it('ignores values that mean "any" and links that only name loaded data', () => {
    expect(missingFromUrl('?rregion=all&region=global&pplat=Threads&pregion=EU-27', known)).toEqual({ platforms: [], regions: [] });
    expect(missingFromUrl('', known)).toEqual({ platforms: [], regions: [] });
  });

  it('decodes names with commas or spaces encoded in a list', () => {
    expect(missingFromUrl(`?rplat=${encodeURIComponent(encodeURIComponent('Truth Social, Inc'))}`, known).platforms).toEqual([
      'Truth Social, Inc',
    ]);
  });
});

describe('missingFromUrl with odd text', () => {
  it('takes single-name parameters verbatim, even with a % or a comma', () => {
    expect(missingFromUrl(`?pplat=${encodeURIComponent('100%, growth')}`, known).platforms).toEqual(['100%, growth']);
  });
});
