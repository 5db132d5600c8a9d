import { describe, expect, it } from 'vitest';
import { ALL_PARAMS, SECTION_PARAMS, paramsOf } from '../../../src/app/link-params';
import { SECTIONS } from '../../../src/app/sections';
import { checkLink } from '../../../src/lib/url/check-link';
import type { LinkProblem } from '../../../src/lib/url/define-param';

const known = {
  platforms: new Set(['Threads', 'X', 'Bluesky', 'Mastodon']),
  regions: new Set(['global', 'EU-27', 'US']),
};

/** Names of platforms and regions in a link that no loaded table holds, as the notice lists them. */
function missingFromUrl(search: string) {
  const missing = checkLink(search, ALL_PARAMS, known).filter(
    (p): p is Extract<LinkProblem, { kind: 'not-loaded' }> => p.kind === 'not-loaded',
  );
  const of = (kind: string) => [...new Set(missing.filter((p) => p.refersTo === kind).flatMap((p) => p.names))];
  return { platforms: of('platform'), regions: of('region') };
}

describe('the registry of link parameters', () => {
  it('gives every parameter its own key', () => {
    const keys = ALL_PARAMS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has parameters for every section, and only the section itself makes history entries', () => {
    for (const section of SECTIONS) expect(SECTION_PARAMS[section].length).toBeGreaterThan(0);
    expect(ALL_PARAMS.filter((p) => p.history === 'push').map((p) => p.key)).toEqual(['section']);
  });

  it('checks only the section shown, plus the section key', () => {
    expect(paramsOf('data').map((p) => p.key)).toEqual(['section', 'sql', 'srcplat', 'srcmetric']);
  });

  it('keeps the console query under ~4 KB encoded, and every other value shorter', () => {
    const sql = ALL_PARAMS.find((p) => p.key === 'sql');
    expect(sql?.maxLength).toBe(4_096);
    for (const p of ALL_PARAMS.filter((q) => q.key !== 'sql')) expect(p.maxLength).toBeLessThanOrEqual(2_000);
  });
});

describe('missing data in a link', () => {
  it('names platforms and regions the loaded tables do not hold', () => {
    expect(missingFromUrl('?section=retention&rplat=Threads,Pixelfed&rregion=Narnia')).toEqual({
      platforms: ['Pixelfed'],
      regions: ['Narnia'],
    });
  });

  it('ignores values that mean "any" and links that only name loaded data', () => {
    expect(missingFromUrl('?rregion=all&region=global&pplat=Threads&pregion=EU-27')).toEqual({
      platforms: [],
      regions: [],
    });
    expect(missingFromUrl('')).toEqual({ platforms: [], regions: [] });
  });

  it('decodes names with commas or spaces encoded in a list', () => {
    expect(missingFromUrl(`?rplat=${encodeURIComponent(encodeURIComponent('Truth Social, Inc'))}`).platforms).toEqual([
      'Truth Social, Inc',
    ]);
  });

  it('takes single-name parameters verbatim, even with a % or a comma', () => {
    expect(missingFromUrl(`?pplat=${encodeURIComponent('100%, growth')}`).platforms).toEqual(['100%, growth']);
  });

  it('reads a list with a bare percent sign as a name, not as a broken escape', () => {
    expect(missingFromUrl('?section=retention&rplat=100%25').platforms).toEqual(['100%']);
  });
});

describe('malformed values in a link', () => {
  it('names each value that cannot be read, by its label', () => {
    const problems = checkLink('?section=Retention&rmax=abc&rfit=yes&pcut=2023-02-30', ALL_PARAMS, known);
    expect(problems.map((p) => (p.kind === 'malformed' ? [p.key, p.label, p.raw] : p.kind))).toEqual([
      ['section', 'Section', 'Retention'],
      ['rmax', 'Days shown', 'abc'],
      ['rfit', 'Fit and extrapolate', 'yes'],
      ['pcut', 'Backtest cutoff', '2023-02-30'],
    ]);
  });
});
