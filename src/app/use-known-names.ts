import { useQuery } from '@tanstack/react-query';
import { getDatabase } from './boot';
import { fetchKnownValues } from '../lib/datasets/store/known-values';
import { REGISTRY_TABLE } from '../lib/datasets/store/registry';
import { sqlKey } from '../lib/query/keys';
import type { KnownNames } from '../lib/url/define-param';

/** The platforms and regions loaded in this browser; null until they are read (or if that fails). */
export function useKnownNames(): KnownNames | null {
  // Keyed on the datasets registry, which every import and removal invalidates.
  const known = useQuery({
    queryKey: sqlKey(REGISTRY_TABLE, 'known-values', {}),
    queryFn: async () => fetchKnownValues(await getDatabase()),
  });
  return known.data ?? null;
}
