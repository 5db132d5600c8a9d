import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { text } from '../../../../src/lib/url/codecs';
import { defineParam } from '../../../../src/lib/url/define-param';
import { getUrlSnapshot, setUrlParams, subscribeToUrl } from '../../../../src/lib/url/url-store';

/** A window with just an address, a history stack and events: enough for the store, no DOM. */
function fakeWindow(start: string) {
  const target = new EventTarget();
  const entries = [start];
  let index = 0;
  const go = (delta: number) => {
    index += delta;
    target.dispatchEvent(new Event('popstate'));
  };
  const history = {
    state: null,
    pushState: (_state: unknown, _title: string, url: URL) => {
      entries.splice(index + 1, Infinity, url.toString());
      index += 1;
    },
    replaceState: (_state: unknown, _title: string, url: URL) => {
      entries[index] = url.toString();
    },
    back: () => go(-1),
    forward: () => go(1),
  };
  const location = () => {
    const url = new URL(entries[index] ?? start);
    return { href: url.href, search: url.search };
  };
  // A getter, not a copied value: the address changes with every write.
  Object.defineProperty(target, 'location', { get: location });
  return Object.assign(target as EventTarget & { readonly location: ReturnType<typeof location> }, {
    history,
    entries,
  });
}

const section = defineParam('section', 'adoption', text, { label: 'Section', history: 'push' });
const days = defineParam('rmax', '90', text, { label: 'Days shown' });
const sql = defineParam('sql', 'SELECT 1', text, { label: 'SQL query', maxLength: 100 });

let win: ReturnType<typeof fakeWindow>;
beforeEach(() => {
  win = fakeWindow('https://uptake.example/?section=retention');
  vi.stubGlobal('window', win);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('setUrlParams', () => {
  it('replaces the entry for a control change and pushes one for a change of section', () => {
    setUrlParams([days.update('30')]);
    expect(win.entries).toEqual(['https://uptake.example/?section=retention&rmax=30']);
    setUrlParams([section.update('projection')]);
    expect(win.entries).toEqual([
      'https://uptake.example/?section=retention&rmax=30',
      'https://uptake.example/?section=projection&rmax=30',
    ]);
    // Setting the section it already shows adds no entry that Back would have to skip.
    setUrlParams([section.update('projection')]);
    expect(win.entries).toHaveLength(2);
  });

  it('removes keys set back to their default', () => {
    setUrlParams([days.update('30')]);
    setUrlParams([days.update('90'), section.reset()]);
    expect(win.location.search).toBe('');
  });

  it('keeps a value past its maxLength out of the address and remembers that it was dropped', () => {
    setUrlParams([sql.update('SELECT 2')]);
    expect(win.location.search).toBe('?section=retention&sql=SELECT+2');
    const long = `SELECT '${'x'.repeat(100)}'`;
    setUrlParams([sql.update(long)]);
    expect(win.location.search).toBe('?section=retention');
    expect(getUrlSnapshot().dropped.get('sql')).toBe(long);
    setUrlParams([sql.update('SELECT 3')]);
    expect(getUrlSnapshot().dropped.has('sql')).toBe(false);
    expect(win.location.search).toBe('?section=retention&sql=SELECT+3');
  });

  it('counts the limit in encoded characters', () => {
    // 'é' is 6 characters once encoded: "sql=" and 16 of them are exactly 100, 17 are 106.
    setUrlParams([sql.update('é'.repeat(17))]);
    expect(getUrlSnapshot().dropped.has('sql')).toBe(true);
    setUrlParams([sql.update('é'.repeat(16))]);
    expect(getUrlSnapshot().dropped.has('sql')).toBe(false);
    expect(win.location.search).toBe(`?section=retention&sql=${'%C3%A9'.repeat(16)}`);
  });
});

describe('subscribeToUrl', () => {
  it('tells subscribers of writes and of Back/Forward, which forget dropped values', () => {
    const seen: string[] = [];
    const unsubscribe = subscribeToUrl(() => seen.push(getUrlSnapshot().search));
    setUrlParams([section.update('data')]);
    setUrlParams([sql.update('x'.repeat(200))]);
    expect(getUrlSnapshot().dropped.size).toBe(1);
    win.history.back();
    expect(seen).toEqual(['?section=data', '?section=data', '?section=retention']);
    expect(getUrlSnapshot().dropped.size).toBe(0);
    win.history.forward();
    expect(seen.at(-1)).toBe('?section=data');
    unsubscribe();
    setUrlParams([days.update('7')]);
    expect(seen).toHaveLength(4);
  });

  it('returns the same snapshot until something changes', () => {
    const first = getUrlSnapshot();
    expect(getUrlSnapshot()).toBe(first);
    setUrlParams([days.update('7')]);
    expect(getUrlSnapshot()).not.toBe(first);
  });
});
