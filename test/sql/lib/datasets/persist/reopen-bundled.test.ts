import { beforeEach, describe, expect, it } from 'vitest';
import {
  BUNDLED_VERSIONS_TABLE,
  readBundledVersions,
  recordBundledVersions,
} from '../../../../../src/lib/datasets/persist/bundled-versions';
import { reopenDatasets } from '../../../../../src/lib/datasets/persist/reopen';
import { BUNDLED_DATASETS, bundledVersion } from '../../../../../src/lib/datasets/store/bundled';
import { REGISTRY_TABLE } from '../../../../../src/lib/datasets/store/registry';
import type { Db } from '../../../../../src/lib/db/types';
import { openBundledDb } from '../../../../support/node-db';

const ids = BUNDLED_DATASETS.map((d) => d.id);
/** This release's versions: one per bundled dataset, as boot.ts builds them from the files' hashed URLs. */
const shipped = new Map(ids.map((id) => [id, `/assets/${id}-v2.csv`]));

const registry = async (db: Db) =>
  (await db.query<{ id: string }>(`SELECT dataset_id AS id FROM ${REGISTRY_TABLE} ORDER BY 1`)).map((r) => r.id);
const rowsOf = async (db: Db, table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n ?? -1;

describe('reopenDatasets with the versions of the bundled datasets', () => {
  let db: Db;
  /** Rows of each live view as the last visit left them. */
  let before: Record<string, number>;
  beforeEach(async () => {
    // As the last visit left the file: every bundled dataset loaded and its version recorded.
    db = await openBundledDb();
    await recordBundledVersions(db, new Map(ids.map((id) => [id, shipped.get(id)!])));
    before = {};
    for (const d of BUNDLED_DATASETS) before[d.schema.table] = await rowsOf(db, d.schema.table);
  });

  it('keeps every bundled dataset stored in the version this release ships, rows and all', async () => {
    const present = await reopenDatasets(db, new Set(), shipped);
    expect([...present].sort()).toEqual([...ids].sort());
    expect(await registry(db)).toEqual([...ids].sort());
    for (const d of BUNDLED_DATASETS) expect(await rowsOf(db, d.schema.table)).toBe(before[d.schema.table]);
    // The signups file has 145 figures (data/README.md): the reopened table is the whole file.
    expect(await rowsOf(db, 'signups')).toBe(145);
    expect(await readBundledVersions(db)).toEqual(shipped);
  });

  it('drops a dataset whose version changed and forgets its version, keeping the others', async () => {
    const next = new Map(shipped).set('bundled:signups', '/assets/signups-v3.csv');
    const present = await reopenDatasets(db, new Set(), next);
    expect(present.has('bundled:signups')).toBe(false);
    expect([...present].sort()).toEqual(ids.filter((id) => id !== 'bundled:signups').sort());
    expect(await rowsOf(db, 'signups')).toBe(0);
    expect(await rowsOf(db, 'launches')).toBe(before.launches);
    const versions = await readBundledVersions(db);
    expect(versions.has('bundled:signups')).toBe(false);
    expect(versions.get('bundled:launches')).toBe(shipped.get('bundled:launches'));
  });

  it('drops a bundled dataset with no recorded version (a load cut off before it was recorded)', async () => {
    await db.exec(`DELETE FROM ${BUNDLED_VERSIONS_TABLE} WHERE dataset_id = 'bundled:retention'`);
    const present = await reopenDatasets(db, new Set(), shipped);
    expect(present.has('bundled:retention')).toBe(false);
    expect(await rowsOf(db, 'retention')).toBe(0);
    expect(present.has('bundled:signups')).toBe(true);
  });

  it('without versions (the dev server) drops every bundled dataset, as before', async () => {
    const present = await reopenDatasets(db, new Set());
    expect(present.size).toBe(0);
    expect(await registry(db)).toEqual([]);
    expect(await readBundledVersions(db)).toEqual(new Map());
  });

  it('names a version by the hashed URL and the columns, and none for a file served under its own name', () => {
    const signups = BUNDLED_DATASETS.find((d) => d.id === 'bundled:signups')!;
    const v = bundledVersion(signups, '/assets/signups-AbC123.csv');
    expect(v).toMatch(/^\/assets\/signups-AbC123\.csv \(platform VARCHAR, date DATE, /);
    expect(bundledVersion(signups, '/assets/signups-XyZ789.csv')).not.toBe(v);
    expect(bundledVersion(signups, '/data/signups.csv')).toBeNull();
  });
});
