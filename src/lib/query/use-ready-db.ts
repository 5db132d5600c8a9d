import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Db } from '../db/types';
import { dbSourceOf } from './db-source';

/**
 * The database of the QueryClient in context, once every table is loaded: for mutations
 * and ad-hoc statements, which read or change more than one table.
 */
export function useReadyDb(): () => Promise<Db> {
  const client = useQueryClient();
  return useCallback(() => dbSourceOf(client).ready(), [client]);
}
