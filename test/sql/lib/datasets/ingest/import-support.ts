import type { Db } from '../../../../../src/lib/db/types';
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

/** Inspect, plan and stage bytes as the Data section does, with optional dialect changes. */
export async function stageBytes(
  db: Db,
  bytes: Uint8Array,
  change: { dialect?: Partial<CsvDialect>; plan?: (plan: ImportPlan) => ImportPlan } = {},
): Promise<{ plan: ImportPlan; staged: StagedImport }> {
  const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const inspection = await inspectFile(file);
  let plan = inspection.plan;
  if (change.dialect) plan = planImport(inspection.head.text, { ...plan.dialect, ...change.dialect });
  if (change.plan) plan = change.plan(plan);
  const staged = await stageImport(db, { file, fileName: 'upload.csv', plan, today: TODAY });
  return { plan, staged };
}
