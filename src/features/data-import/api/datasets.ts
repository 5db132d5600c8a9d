import { useQuery } from '@tanstack/react-query';
import { listDatasets, REGISTRY_TABLE } from '../../../lib/datasets/store/registry';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

/** Every loaded dataset (bundled and imported), for the Datasets list. */
export const datasetsQueryOptions = () => sqlQueryOptions(REGISTRY_TABLE, 'list', {}, (db) => listDatasets(db));

export const useDatasets = () => useQuery(datasetsQueryOptions());
