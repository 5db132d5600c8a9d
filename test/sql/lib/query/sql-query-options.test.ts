import { QueryClient, isCancelledError, skipToken } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db/types';
import { dbSourceOf, fixedDbSource, type DbSource } from '../../../../src/lib/query/db-source';
import { createQueryClient } from '../../../../src/lib/query/query-client';
import { sqlQueryOptions } from '../../../../src/lib/query/sql-query-options';
import { openNodeDb } from '../../../support/node-db';

async function double(db: Db, params: { n: number }): Promise<number> {
  const [row] = await db.query<{ v: number }>('SELECT $1 * 2 AS v', [params.n]);
  if (!row) throw new Error('SELECT returned no row');
  return row.v;
}

describe('sqlQueryOptions: the database comes from the QueryClient', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  it('runs the fetcher on the injected database, keyed by table, family and params', async () => {
    const client = createQueryClient(fixedDbSource(db));
    const options = sqlQueryOptions('numbers', 'double', { n: 21 }, double);
    expect(options.queryKey).toEqual(['sql', 'numbers', 'double', { n: 21 }]);
    expect(await client.fetchQuery(options)).toBe(42);
  });

  it('asks its source for the table it reads, and only that one', async () => {
    const asked: string[] = [];
    const source: DbSource = {
      forTable: async (table) => {
        asked.push(table);
        return db;
      },
      ready: () => Promise.reject(new Error('a query must not wait for every table')),
    };
    const client = createQueryClient(source);
    expect(await client.fetchQuery(sqlQueryOptions('signups', 'double', { n: 2 }, double))).toBe(4);
    expect(asked).toEqual(['signups']);
  });

  it('says what is missing when the QueryClient was made without a source', async () => {
    const bare = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(() => dbSourceOf(bare)).toThrow(/createQueryClient\(source\)/);
    await expect(bare.fetchQuery(sqlQueryOptions('numbers', 'double', { n: 1 }, double))).rejects.toThrow(
      /no database/,
    );
  });

  it('with skipToken, waits without running and keys on null params', () => {
    const options = sqlQueryOptions<{ n: number }, number>('numbers', 'double', skipToken, double);
    expect(options.queryFn).toBe(skipToken);
    expect(options.queryKey).toEqual(['sql', 'numbers', 'double', null]);
  });

  it('passes the query signal on: a cancelled query delivers no rows', async () => {
    const client = createQueryClient(fixedDbSource(db));
    let seen: Db | undefined;
    const options = sqlQueryOptions('numbers', 'slow', { n: 5 }, async (given: Db, params) => {
      seen = given;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return given.query<{ v: number }>('SELECT $1 AS v', [params.n]);
    });
    const pending = client.fetchQuery(options);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toBeDefined();
    await client.cancelQueries({ queryKey: options.queryKey });
    await expect(pending).rejects.toSatisfy(isCancelledError);
    // The fetcher's own query, started after the cancel, is refused by the signal it carries.
    await expect(seen!.query('SELECT 1 AS v')).rejects.toMatchObject({ name: 'AbortError' });
  });
});
