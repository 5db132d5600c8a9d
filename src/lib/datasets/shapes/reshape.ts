import { ident } from '../../sql/ident';
import { ParamList } from '../../sql/params';
import type { Db } from '../../db/types';
import type { ColumnMap } from '../ingest/mapping';
import { periodDateSql } from '../ingest/period-date';
import { constantExpr, sourceName, type StagedCsv } from '../ingest/stage';
import type { DatasetSchema } from '../store/schemas';
import { definitionOf } from './shape-registry';
import type { ReshapeInput } from './shape-definition';
import type { ImportShape } from './shape-types';

/** Columns a reshaped staging table carries besides the schema's; dropped when it is published. */
export const RESHAPE_COLUMNS = ['__src', '__problem_column', '__problem'] as const;

/** SQL for a schema column from its plan mapping, over a table whose fields are all text. */
export function textColumnExpr(schema: DatasetSchema, map: ColumnMap | undefined, name: string): string {
  const spec = schema.columns.find((c) => c.name === name);
  if (!spec) throw new Error(`No column "${name}" in ${schema.kind}`);
  if (!map) return `CAST(NULL AS ${spec.type})`;
  if (map.source === null && map.constant !== undefined && map.constant.trim() !== '')
    return constantExpr(map.constant, spec.type);
  if (map.source === null) return `CAST(NULL AS ${spec.type})`;
  const field = `nullif(trim(${ident(sourceName(map.source))}), '')`;
  if (spec.type === 'VARCHAR') return field;
  if (spec.type === 'DATE') return periodDateSql(field);
  return `TRY_CAST(${field} AS ${spec.type})`;
}

/**
 * Turn a staged text table into rows of its kind with the shape's SQL: a new staging
 * table whose fields `c0…cK` are the schema's columns in order (typed), plus `__src`
 * (the staged row each came from, so problems keep their file line) and the shape's
 * `__problem_column`/`__problem`. The text table and scratch tables are dropped; the
 * returned staging maps column i to field i, so validation and publishing run as for
 * any file. Nothing live changes.
 */
export async function reshapeStaged(
  db: Db,
  staged: StagedCsv,
  shape: Exclude<ImportShape, { kind: 'columns' }>,
  options: { readonly today: string; readonly sourceNames: readonly string[] },
): Promise<StagedCsv> {
  const { today, sourceNames } = options;
  const { schema, columns } = staged.request;
  const params = new ParamList();
  const scratch: string[] = [];
  const input: ReshapeInput = {
    schema,
    staging: staged.names.staging,
    column: (name) =>
      textColumnExpr(
        schema,
        columns.find((c) => c.column === name),
        name,
      ),
    params,
    scratch: (label) => {
      const name = `${staged.names.staging}_${label}`;
      scratch.push(name);
      return name;
    },
    today,
  };
  const built = definitionOf(shape).sql(shape as never, input);
  const reshaped = `${staged.names.staging}_shaped`;
  const fields = schema.columns.map((c, i) => `CAST(r.${ident(c.name)} AS ${c.type}) AS ${ident(sourceName(i))}`);
  const dropScratch = () =>
    db.exec(scratch.map((t) => `DROP TABLE IF EXISTS ${ident(t)}`).join(';\n')).catch(() => undefined);
  try {
    for (const step of built.before) await db.exec(step.sql, step.params);
    await db.exec(
      `-- datasets/reshape (${shape.kind})
CREATE TABLE ${ident(reshaped)} AS
SELECT r.__src, ${fields.join(', ')}, r.__problem_column, r.__problem
FROM (${built.select}) r ORDER BY r.__src`,
      params.values,
    );
    const [counted] = await db.query<{ n: number }>(
      `DROP TABLE ${ident(staged.names.staging)};
ALTER TABLE ${ident(reshaped)} RENAME TO ${ident(staged.names.staging)};
SELECT count(*) AS n FROM ${ident(staged.names.staging)}`,
    );
    const notes = built.summary
      ? (await db.query<{ note: string }>(built.summary(staged.names.staging))).map((r) => r.note)
      : [];
    return {
      ...staged,
      request: {
        ...staged.request,
        columns: schema.columns.map((c, i) => ({ column: c.name, source: i, type: c.type })),
        fieldCount: schema.columns.length,
      },
      stagedRows: counted?.n ?? 0,
      reshaped: { sourceNames, extraColumns: RESHAPE_COLUMNS, notes },
    };
  } catch (error) {
    await db.exec(`DROP TABLE IF EXISTS ${ident(reshaped)}`).catch(() => undefined);
    throw error;
  } finally {
    await dropScratch();
  }
}
