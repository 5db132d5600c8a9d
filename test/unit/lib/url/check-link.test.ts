import { describe, expect, it } from 'vitest';
import { checkLink } from '../../../../src/lib/url/check-link';
import { flag, list, text } from '../../../../src/lib/url/codecs';
import { defineParam } from '../../../../src/lib/url/define-param';

const params = [
  defineParam<string[]>('rplat', [], list, { label: 'Platforms', refersTo: 'platform' }),
  defineParam('rfit', true, flag, { label: 'Fit' }),
  defineParam('pregion', '', text, { label: 'Target region', refersTo: 'region' }),
];
const known = { platforms: new Set(['Threads']), regions: new Set(['EU-27']) };

describe('checkLink', () => {
  it('lists every part of a link it cannot use, in the order the params are declared', () => {
    expect(checkLink('?pregion=Narnia&rfit=yes&rplat=Pixelfed', params, known)).toEqual([
      { kind: 'not-loaded', key: 'rplat', label: 'Platforms', refersTo: 'platform', names: ['Pixelfed'] },
      { kind: 'malformed', key: 'rfit', label: 'Fit', raw: 'yes' },
      { kind: 'not-loaded', key: 'pregion', label: 'Target region', refersTo: 'region', names: ['Narnia'] },
    ]);
  });

  it('ignores keys no param declares, and is empty for a usable link', () => {
    expect(checkLink('?utm_source=mail&rplat=Threads&rfit=0&pregion=EU-27', params, known)).toEqual([]);
    expect(checkLink('', params, known)).toEqual([]);
  });

  it('reports only malformed values while the loaded data is unknown', () => {
    expect(checkLink('?rplat=Pixelfed&rfit=2', params)).toEqual([
      { kind: 'malformed', key: 'rfit', label: 'Fit', raw: '2' },
    ]);
  });
});
