import { useCallback, useContext, useSyncExternalStore } from 'react';
import type { ParamInfo, UrlParam } from './define-param';
import { KnownNamesContext } from './known-names';
import { getServerUrlSnapshot, getUrlSnapshot, setUrlParams, subscribeToUrl, type UrlSnapshot } from './url-store';

function useUrlSnapshot(): UrlSnapshot {
  return useSyncExternalStore(subscribeToUrl, getUrlSnapshot, getServerUrlSnapshot);
}

/** The raw text of a parameter: a value too long for the link first, then the address. */
function rawText(snapshot: UrlSnapshot, key: string): string | null {
  return snapshot.dropped.get(key) ?? new URLSearchParams(snapshot.search).get(key);
}

/**
 * One URL parameter as React state. Every component reading the same param stays in step,
 * Back/Forward re-render it, and a value that cannot be used reads as the default.
 */
export function useUrlParam<T>(param: UrlParam<T>): [T, (value: T) => void] {
  const snapshot = useUrlSnapshot();
  const known = useContext(KnownNamesContext);
  const { value } = param.read(rawText(snapshot, param.key), known ?? undefined);
  const set = useCallback((next: T) => setUrlParams([param.update(next)]), [param]);
  return [value, set];
}

/**
 * True when the last value set for `param` was longer than its `maxLength` and so is not
 * part of the link (the page still uses it). False again once a value that fits is set, or
 * after Back/Forward.
 */
export function useUrlParamDropped(param: ParamInfo): boolean {
  return useUrlSnapshot().dropped.has(param.key);
}

/** The query string, for checks over a whole link. */
export function useUrlSearch(): string {
  return useUrlSnapshot().search;
}
