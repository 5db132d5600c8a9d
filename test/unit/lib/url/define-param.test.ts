import { describe, expect, it } from 'vitest';
import { list, numberIn, oneOf, text } from '../../../../src/lib/url/codecs';
import { DEFAULT_MAX_LENGTH, defineParam, encodedLength } from '../../../../src/lib/url/define-param';

const known = { platforms: new Set(['Threads', 'X', '100% Social']), regions: new Set(['global', 'EU-27']) };
const days = defineParam('rmax', 90, numberIn(1, 365), { label: 'Days shown' });
const platforms = defineParam<string[]>('rplat', [], list, { label: 'Platforms', refersTo: 'platform' });
const region = defineParam('region', 'global', text, { label: 'Region', refersTo: 'region' });

describe('defineParam: reading', () => {
  it('reads an absent key as the default, with no problem', () => {
    expect(days.read(null)).toEqual({ value: 90, problem: null });
  });

  it('falls back to the default on text the codec rejects, and says which part', () => {
    expect(days.read('abc')).toEqual({
      value: 90,
      problem: { kind: 'malformed', key: 'rmax', label: 'Days shown', raw: 'abc' },
    });
    expect(days.read('')).toEqual({
      value: 90,
      problem: { kind: 'malformed', key: 'rmax', label: 'Days shown', raw: '' },
    });
    const section = defineParam('section', 'adoption', oneOf(['adoption', 'retention'] as const), { label: 'Section' });
    expect(section.read('%E0%A4%A').value).toBe('adoption');
    expect(section.check('Retention')).toEqual({
      kind: 'malformed',
      key: 'section',
      label: 'Section',
      raw: 'Retention',
    });
  });

  it('takes names as written until the loaded data is known', () => {
    expect(platforms.read('Pixelfed')).toEqual({ value: ['Pixelfed'], problem: null });
  });

  it('keeps the loaded names of a list and names the others', () => {
    expect(platforms.read('Threads,Pixelfed', known)).toEqual({
      value: ['Threads'],
      problem: { kind: 'not-loaded', key: 'rplat', label: 'Platforms', refersTo: 'platform', names: ['Pixelfed'] },
    });
    expect(platforms.read('100%25 Social', known)).toEqual({ value: ['100% Social'], problem: null });
  });

  it('falls back to the default when a link names only data that is not loaded', () => {
    expect(platforms.read('Pixelfed,100%', known)).toEqual({
      value: [],
      problem: {
        kind: 'not-loaded',
        key: 'rplat',
        label: 'Platforms',
        refersTo: 'platform',
        names: ['Pixelfed', '100%'],
      },
    });
    expect(region.read('Narnia', known)).toEqual({
      value: 'global',
      problem: { kind: 'not-loaded', key: 'region', label: 'Region', refersTo: 'region', names: ['Narnia'] },
    });
  });

  it('accepts the default even when no table holds it ("all", "", "global")', () => {
    const all = defineParam('rregion', 'all', text, { label: 'Region', refersTo: 'region' });
    expect(all.read('all', known)).toEqual({ value: 'all', problem: null });
    const none = defineParam('pregion', '', text, { label: 'Target region', refersTo: 'region' });
    expect(none.read('', known)).toEqual({ value: '', problem: null });
  });
});

describe('defineParam: writing', () => {
  it('leaves the default out of the link', () => {
    expect(days.update(90)).toEqual({ key: 'rmax', text: null, maxLength: DEFAULT_MAX_LENGTH, history: 'replace' });
    expect(days.update(30).text).toBe('30');
    expect(platforms.update([]).text).toBeNull();
    expect(days.reset().text).toBeNull();
  });

  it('carries the history mode and the length limit the param declares', () => {
    const section = defineParam('section', 'a', text, { label: 'Section', history: 'push' });
    expect(section.update('b')).toEqual({ key: 'section', text: 'b', maxLength: DEFAULT_MAX_LENGTH, history: 'push' });
    const sql = defineParam('sql', '', text, { label: 'SQL query', maxLength: 4_096 });
    expect(sql.update('SELECT 1')).toEqual({ key: 'sql', text: 'SELECT 1', maxLength: 4_096, history: 'replace' });
  });
});

describe('encodedLength', () => {
  it('counts the pair as the address spells it', () => {
    expect(encodedLength('sql', 'a b')).toBe('sql=a+b'.length);
    expect(encodedLength('sql', '%')).toBe('sql=%25'.length);
    expect(encodedLength('sql', 'é')).toBe('sql=%C3%A9'.length);
  });
});
