import type { QueryClient } from '@tanstack/react-query';
import { REGISTRY_TABLE } from '../../../lib/datasets/store/registry';
import { tableKey } from '../../../lib/query/keys';

/**
 * Refresh exactly the queries that read `table`, and the Datasets list. It marks them stale
 * at once and refetches the ones on screen in the background: a change is done when its
 * rows are published, not when every open chart has redrawn (the raw retention path
 * re-prepares 1M events, which takes seconds of its own).
 */
export function tableChanged(client: QueryClient, table: string): void {
  void client.invalidateQueries({ queryKey: tableKey(table) });
  void client.invalidateQueries({ queryKey: tableKey(REGISTRY_TABLE) });
}
