import { ident } from '../sql/ident';
import type { Db } from '../db/types';
import { createLiveTableSql } from './read-csv-sql';
import { registerDataset, type DatasetOrigin } from './registry';
import { columnExpr, discardStaged, type StagedCsv } from './stage';

export interface CommitOptions {
  readonly datasetId: string;
  readonly origin: DatasetOrigin;
  /** Leave out the rows validation found problems in (the user chose "import the valid rows"). */
  readonly skipProblemRows: boolean;
  readonly loadedAt?: Date;
}

/**
 * Merge a validated staging table into its live table and record the dataset, in one
 * transaction: either every row arrives and the Datasets list names it, or nothing
 * changes. The staging tables are dropped either way.
 */
export async function commitStaged(db: Db, staged: StagedCsv, options: CommitOptions): Promise<number> {
  const { schema, columns, fieldCount, fileName } = staged.request;
  const { names } = staged;
  try {
    return await db.transaction(async (tx) => {
      await tx.exec(createLiveTableSql(schema));
      const targets = schema.columns.map((c) => ident(c.name)).join(', ');
      const exprs = schema.columns
        .map((spec) => columnExpr(schema, columns.find((m) => m.column === spec.name) ?? { column: spec.name, source: null, type: spec.type }, fieldCount))
        .join(', ');
      const skip = options.skipProblemRows
        ? ` WHERE rowid NOT IN (SELECT row_id FROM ${ident(names.problems)})`
        : '';
      await tx.exec(
        `-- datasets/commit
INSERT INTO ${ident(schema.table)} (${targets}, dataset_id) SELECT ${exprs}, ? FROM ${ident(names.staging)}${skip}`,
        [options.datasetId],
      );
      const [{ n }] = (await tx.query<{ n: number }>(`SELECT count(*) AS n FROM ${ident(schema.table)} WHERE dataset_id = ?`, [
        options.datasetId,
      ])) as [{ n: number }];
      await registerDataset(tx, {
        dataset_id: options.datasetId,
        kind: schema.kind,
        table_name: schema.table,
        file_name: fileName,
        origin: options.origin,
        rows: n,
        ...(options.loadedAt ? { loaded_at: options.loadedAt } : {}),
      });
      return n;
    });
  } finally {
    await discardStaged(db, staged);
  }
}

/** Remove a dataset's rows from its live table and from the registry, in one transaction. */
export async function removeDataset(db: Db, datasetId: string, table: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [{ n }] = (await tx.query<{ n: number }>(`SELECT count(*) AS n FROM ${ident(table)} WHERE dataset_id = ?`, [datasetId])) as [
      { n: number },
    ];
    await tx.exec(`DELETE FROM ${ident(table)} WHERE dataset_id = ?`, [datasetId]);
    await tx.exec(`DELETE FROM uptake_datasets WHERE dataset_id = ?`, [datasetId]);
    return n;
  });
}
