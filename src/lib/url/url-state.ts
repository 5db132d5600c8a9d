import { useCallback, useSyncExternalStore } from 'react';

/**
 * View state lives in the URL query string, so a copied link reopens the same view.
 * Writes use `replaceState` (a control change is not a navigation) and notify every
 * subscriber, so two components reading the same key stay in step.
 */
const CHANGE = 'uptake:url-change';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}

const getSearch = () => window.location.search;

/** Set (or, with null, remove) query parameters in one history entry. */
export function setUrlParams(updates: Readonly<Record<string, string | null>>): void {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(updates)) {
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** A codec between a URL parameter and a typed value. Parsing never throws: bad input falls back. */
export interface ParamCodec<T> {
  parse(raw: string): T | undefined;
  format(value: T): string;
}

/** One URL parameter as React state; the default is left out of the URL to keep links short. */
export function useUrlParam<T>(key: string, fallback: T, codec: ParamCodec<T>): [T, (value: T) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const raw = new URLSearchParams(search).get(key);
  const value = raw === null ? fallback : (codec.parse(raw) ?? fallback);
  const fallbackText = codec.format(fallback);
  const set = useCallback(
    (next: T) => {
      const text = codec.format(next);
      setUrlParams({ [key]: text === fallbackText ? null : text });
    },
    [key, codec, fallbackText],
  );
  return [value, set];
}

/** A parameter that takes one of a fixed set of values. */
export function oneOf<const T extends string>(values: readonly T[]): ParamCodec<T> {
  return {
    parse: (raw) => (values as readonly string[]).includes(raw) ? (raw as T) : undefined,
    format: (v) => v,
  };
}

/** A free-text parameter. */
export const text: ParamCodec<string> = { parse: (raw) => raw, format: (v) => v };

/** A comma-separated list. */
export const list: ParamCodec<string[]> = {
  parse: (raw) => (raw === '' ? [] : raw.split(',').map(decodeURIComponent)),
  format: (v) => v.map(encodeURIComponent).join(','),
};

/** A boolean as 1/0. */
export const flag: ParamCodec<boolean> = {
  parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  format: (v) => (v ? '1' : '0'),
};

/** A finite number, optionally clamped. */
export function numberIn(min = -Infinity, max = Infinity): ParamCodec<number> {
  return {
    parse: (raw) => {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : undefined;
    },
    format: (v) => String(v),
  };
}
