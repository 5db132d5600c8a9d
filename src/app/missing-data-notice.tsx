import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { getDatabase } from '../lib/db/database';
import { fetchKnownValues } from '../lib/datasets/known-values';
import { REGISTRY_TABLE } from '../lib/datasets/registry';
import { sqlKey } from '../lib/query/keys';

/**
 * The URL parameters that name a platform or a region, per section. A copied link keeps
 * the view but not imported data, so a link opened elsewhere can name a platform this
 * browser has never loaded; the page says so instead of silently showing something else.
 */
const PLATFORM_LIST_PARAMS = ['rplat'] as const;
const PLATFORM_PARAMS = ['rhplat', 'pplat'] as const;
const REGION_PARAMS = ['region', 'rregion', 'pregion'] as const;
/** Values that mean "no particular one" rather than naming data. */
const NOT_DATA = new Set(['', 'all', 'global']);

function subscribe(listener: () => void) {
  window.addEventListener('popstate', listener);
  window.addEventListener('uptake:url-change', listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener('uptake:url-change', listener);
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Names of platforms and regions in the URL that no loaded table holds. */
export function missingFromUrl(search: string, known: { platforms: ReadonlySet<string>; regions: ReadonlySet<string> }) {
  const params = new URLSearchParams(search);
  const named = (keys: readonly string[]) => keys.map((k) => params.get(k) ?? '').filter((v) => !NOT_DATA.has(v));
  // List parameters hold comma-separated, individually encoded names (see url-state `list`).
  const listed = (keys: readonly string[]) =>
    keys
      .flatMap((k) => (params.get(k) ?? '').split(','))
      .map(safeDecode)
      .filter((v) => !NOT_DATA.has(v));
  return {
    platforms: [...new Set([...listed(PLATFORM_LIST_PARAMS), ...named(PLATFORM_PARAMS)].filter((p) => !known.platforms.has(p)))],
    regions: [...new Set(named(REGION_PARAMS).filter((r) => !known.regions.has(r)))],
  };
}

/** A notice for links that refer to data this browser does not have. */
export function MissingDataNotice() {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  // Keyed on the datasets registry, which every import and removal invalidates.
  const known = useQuery({
    queryKey: sqlKey(REGISTRY_TABLE, 'known-values', {}),
    queryFn: async () => fetchKnownValues(await getDatabase()),
  });
  if (!known.data) return null;
  const missing = missingFromUrl(search, known.data);
  if (missing.platforms.length === 0 && missing.regions.length === 0) return null;
  const parts = [
    missing.platforms.length > 0 ? `platform ${missing.platforms.map((p) => `“${p}”`).join(', ')}` : null,
    missing.regions.length > 0 ? `region ${missing.regions.map((r) => `“${r}”`).join(', ')}` : null,
  ].filter(Boolean);
  return (
    <p className="missing-data-notice" role="alert">
      This link shows data that is not loaded in this browser: {parts.join(' and ')}. It was probably imported where the
      link was made — import the same file in the Data section to see it. Until then the view shows what is loaded.
    </p>
  );
}
