import { describe, expect, it } from 'vitest';
import { linkNoticeText } from '../../../src/app/link-notice';

describe('linkNoticeText', () => {
  it('says nothing about a link it could use whole', () => {
    expect(linkNoticeText([])).toEqual([]);
  });

  it('names malformed parts by label and as written, in one sentence', () => {
    expect(
      linkNoticeText([
        { kind: 'malformed', key: 'rmax', label: 'Days shown', raw: 'abc' },
        { kind: 'malformed', key: 'rfit', label: 'Fit and extrapolate', raw: '' },
      ]),
    ).toEqual([
      'Part of this link could not be read, so the default is shown instead: Days shown (rmax=“abc”), Fit and extrapolate (rfit=“”).',
    ]);
  });

  it('names data that is not loaded once per name, grouped by kind, after the malformed parts', () => {
    const sentences = linkNoticeText([
      { kind: 'not-loaded', key: 'rplat', label: 'Platforms', refersTo: 'platform', names: ['Pixelfed', '100%'] },
      { kind: 'not-loaded', key: 'rregion', label: 'Region', refersTo: 'region', names: ['Narnia'] },
      { kind: 'not-loaded', key: 'rhplat', label: 'Heatmap platform', refersTo: 'platform', names: ['Pixelfed'] },
      { kind: 'malformed', key: 'section', label: 'Section', raw: 'nope' },
    ]);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toBe(
      'Part of this link could not be read, so the default is shown instead: Section (section=“nope”).',
    );
    expect(sentences[1]).toBe(
      'This link shows data that is not loaded in this browser: platform “Pixelfed”, “100%” and region “Narnia”. It was probably imported where the link was made — import the same file in the Data section to see it. Until then the view shows what is loaded.',
    );
  });
});
