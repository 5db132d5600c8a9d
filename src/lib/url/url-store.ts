import { encodedLength, type ParamWrite } from './define-param';

/**
 * The address as a store that React subscribes to. Besides the query string it keeps the
 * values that were too long to write (`dropped`): the page goes on using them, but they are
 * not part of the link.
 */
export interface UrlSnapshot {
  readonly search: string;
  readonly dropped: ReadonlyMap<string, string>;
}

const CHANGE = 'uptake:url-change';
const NOTHING_DROPPED: ReadonlyMap<string, string> = new Map();
const SERVER_SNAPSHOT: UrlSnapshot = { search: '', dropped: NOTHING_DROPPED };

let snapshot: UrlSnapshot = SERVER_SNAPSHOT;

/** The current snapshot; the same object until the address or the dropped values change. */
export function getUrlSnapshot(): UrlSnapshot {
  const search = window.location.search;
  if (search !== snapshot.search) snapshot = { search, dropped: snapshot.dropped };
  return snapshot;
}

/** What a render without a window sees. */
export const getServerUrlSnapshot = (): UrlSnapshot => SERVER_SNAPSHOT;

/** Listen to writes and to Back/Forward. */
export function subscribeToUrl(listener: () => void): () => void {
  // After Back or Forward the address says what to show, so values kept aside are forgotten.
  const onPop = () => {
    snapshot = { search: window.location.search, dropped: NOTHING_DROPPED };
    listener();
  };
  window.addEventListener('popstate', onPop);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', onPop);
    window.removeEventListener(CHANGE, listener);
  };
}

/**
 * Apply several writes as one change of the address. A write whose param is navigation
 * (`history: 'push'`, the section) adds a history entry, so Back returns to the previous
 * section; control changes replace the entry in place, because an entry per slider step or
 * checkbox would make Back walk through every tweak instead of leaving the view. A value
 * longer than its param's `maxLength` is not written (the key is removed) and is kept as
 * dropped, so `useUrlParamDropped` can say it is not part of the link.
 */
export function setUrlParams(writes: readonly ParamWrite[]): void {
  const url = new URL(window.location.href);
  const dropped = new Map(getUrlSnapshot().dropped);
  for (const { key, text, maxLength } of writes) {
    const tooLong = text !== null && encodedLength(key, text) > maxLength;
    if (text === null || tooLong) url.searchParams.delete(key);
    else url.searchParams.set(key, text);
    if (tooLong) dropped.set(key, text);
    else dropped.delete(key);
  }
  if (writes.some((w) => w.history === 'push') && url.search !== window.location.search) {
    window.history.pushState(null, '', url);
  } else {
    window.history.replaceState(window.history.state, '', url);
  }
  snapshot = { search: window.location.search, dropped: dropped.size === 0 ? NOTHING_DROPPED : dropped };
  window.dispatchEvent(new Event(CHANGE));
}
