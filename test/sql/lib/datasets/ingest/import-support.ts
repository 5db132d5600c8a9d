import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../../../src/lib/db/types';
import { REPO_ROOT } from '../../../../support/node-db';
import {
  inspectFile,
  planImport,
  stageImport,
  type ImportPlan,
  type StagedImport,
} from '../../../../../src/lib/datasets/ingest/import-csv';
import type { CsvDialect } from '../../../../../src/lib/datasets/detect/dialect';

export const TODAY = new Date('2026-11-27T00:00:00Z');
export const SIGNUPS_HEADER = 'platform,date,metric,measure,basis,value,region,coverage,source,note,kind';
export const signupsRow = (platform: string, date = '2024-01-01', value = '1000') =>
  `${platform},${date},MAU,MAU,company,${value},global,global,own figures,,reported`;
export const RETENTION_HEADER = 'platform,region,cohort_start,day_offset,cohort_size,retained,kind,source';

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Row counts of every bundled live table. */
export async function liveCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.query<{ t: string; n: number }>(
    `SELECT 'signups' AS t, count(*) AS n FROM signups UNION ALL SELECT 'launches', count(*) FROM launches
     UNION ALL SELECT 'expectations', count(*) FROM expectations ORDER BY t`,
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

/** A file of test/fixtures/imports, as text. */
export const importFixture = (name: string) =>
  readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'imports', name), 'utf8');

/**
 * Inspect, plan and stage a file as the Data section does: optionally under its own name
 * (the plan's defaults come from it), with dialect changes, and the plan changed as the
 * settings would change it.
 */
export async function stageBytes(
  db: Db,
  bytes: Uint8Array | string,
  change: { dialect?: Partial<CsvDialect>; plan?: (plan: ImportPlan) => ImportPlan; fileName?: string } = {},
): Promise<{ plan: ImportPlan; staged: StagedImport }> {
  const file = new Blob([bytes as BlobPart]);
  const inspection = await inspectFile(file, change.fileName);
  let plan = inspection.plan;
  if (change.dialect)
    plan = planImport(inspection.head.text, { ...plan.dialect, ...change.dialect }, undefined, change.fileName);
  if (change.plan) plan = change.plan(plan);
  const fileName = change.fileName ?? 'upload.csv';
  const staged = await stageImport(db, { file, fileName, plan, today: TODAY });
  return { plan, staged };
}
