// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { list, text } from '../../../../src/lib/url/codecs';
import { defineParam } from '../../../../src/lib/url/define-param';
import { KnownNamesContext } from '../../../../src/lib/url/known-names';
import { useUrlParam, useUrlParamDropped } from '../../../../src/lib/url/use-url-param';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const platforms = defineParam<string[]>('rplat', [], list, { label: 'Platforms', refersTo: 'platform' });
const sql = defineParam('sql', 'SELECT 1', text, { label: 'SQL query', maxLength: 40 });
const known = { platforms: new Set(['Threads', 'X']), regions: new Set<string>() };

let setPlatforms: (value: string[]) => void = () => undefined;
let setSql: (value: string) => void = () => undefined;

function Probe() {
  const [names, set] = useUrlParam(platforms);
  const [query, setQuery] = useUrlParam(sql);
  const dropped = useUrlParamDropped(sql);
  setPlatforms = set;
  setSql = setQuery;
  return <output>{JSON.stringify({ names, query, dropped })}</output>;
}

let root: Root;
let host: HTMLElement;
const shown = () => JSON.parse(host.textContent ?? 'null') as { names: string[]; query: string; dropped: boolean };
const goTo = (search: string) => window.history.replaceState(null, '', `/${search}`);
const render = (withKnown: boolean) =>
  act(() =>
    root.render(
      withKnown ? (
        <KnownNamesContext value={known}>
          <Probe />
        </KnownNamesContext>
      ) : (
        <Probe />
      ),
    ),
  );

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  goTo('');
});

describe('useUrlParam', () => {
  it('reads the address, and names not loaded fall back once the loaded ones are known', () => {
    goTo('?rplat=Pixelfed%2C100%25');
    render(false);
    expect(shown().names).toEqual(['Pixelfed', '100%']);
    render(true);
    expect(shown().names).toEqual([]);
    goTo('?rplat=X%2CPixelfed');
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(shown().names).toEqual(['X']);
  });

  it('writes changes into the address and re-renders every reader', () => {
    render(true);
    act(() => setPlatforms(['Threads', '100% Social, Inc']));
    expect(new URLSearchParams(window.location.search).get('rplat')).toBe('Threads,100%25 Social%2C Inc');
    act(() => setPlatforms([]));
    expect(window.location.search).toBe('');
  });

  it('keeps a value too long for the link in the page, says so, and forgets it on Back/Forward', () => {
    render(false);
    const long = `SELECT '${'x'.repeat(40)}'`;
    act(() => setSql(long));
    expect(shown()).toEqual({ names: [], query: long, dropped: true });
    expect(window.location.search).toBe('');
    act(() => setSql('SELECT 2'));
    expect(shown()).toEqual({ names: [], query: 'SELECT 2', dropped: false });
    expect(window.location.search).toBe('?sql=SELECT+2');
    act(() => setSql(long));
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(shown()).toEqual({ names: [], query: 'SELECT 1', dropped: false });
  });
});
