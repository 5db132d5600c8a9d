import { ident, qualified } from '../../sql/ident';
import { scratchTable } from '../store/scratch-database';
import { ParamList } from '../../sql/params';
import type { Db } from '../../db/types';
import type { ColumnMap } from '../ingest/mapping';
import { periodDateSql } from '../ingest/period-date';
import { constantExpr, sourceName, stagingTable, type StagedCsv } from '../ingest/stage';
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
 * `__problem_column`/`__problem`. The text must have been staged in memory
 * (`StageRequest.inMemory`); the reshaped rows stay there, under the staging's own name,
 * until they are published. The text and scratch tables are dropped; the
 * returned staging maps column i to field i, so validation and publishing run as for
 * any file. Nothing live changes.
 */
export async function reshapeStaged(
  db: Db,
  staged: StagedCsv,
  shape: Exclude<ImportShape, { kind: 'columns' }>,
  options: { readonly today: string; readonly sourceNames: readonly string[] },
): Promise<StagedCsv> {
  if (!staged.request.inMemory) throw new Error('reshapeStaged: stage the text with inMemory');
  const { today, sourceNames } = options;
  const { schema, columns } = staged.request;
  const target = staged.names.staging;
  // Shapes read the text by an unqualified name with a `rowid`: a view (private to this
  // connection, like the statements below) over the scratch table gives them both.
  const text = qualified('temp', 'main', `${target}_text`);
  const params = new ParamList();
  const scratch: string[] = [];
  const input: ReshapeInput = {
    schema,
    staging: `${target}_text`,
    column: (name) =>
      textColumnExpr(
        schema,
        columns.find((c) => c.column === name),
        name,
      ),
    fromFile: (name) => (columns.find((c) => c.column === name)?.source ?? null) !== null,
    params,
    scratch: (label) => {
      const name = `${target}_${label}`;
      scratch.push(name);
      return name;
    },
    today,
  };
  const built = definitionOf(shape).sql(shape as never, input);
  const fields = schema.columns.map((c, i) => `CAST(r.${ident(c.name)} AS ${c.type}) AS ${ident(sourceName(i))}`);
  // Rows stay in the order the shape's SELECT gives them; only a kind with a duplicate key
  // needs file order, as its check reports every repeat after the first by position. On
  // a 1M-row activity log the sort was half the reshape's time.
  const order = schema.key.length > 0 ? 'ORDER BY r.__src' : '';
  const dropScratch = () =>
    db
      .exec([...scratch.map((t) => `DROP TABLE IF EXISTS ${ident(t)}`), `DROP VIEW IF EXISTS ${text}`].join(';\n'))
      .catch(() => undefined);
  try {
    await db.exec(`CREATE TEMP VIEW ${text} AS SELECT rowid, * FROM ${stagingTable(staged)}`);
    for (const step of built.before) await db.exec(step.sql, step.params);
    // Beside the text until it is dropped, then under the staging's name.
    const rows = `${target}_rows`;
    await db.exec(
      `-- datasets/reshape (${shape.kind})
CREATE TABLE ${scratchTable(rows)} AS
SELECT r.__src, ${fields.join(', ')}, r.__problem_column, r.__problem
FROM (${built.select}) r ${order}`,
      params.values,
    );
    // The text is no longer needed: its memory goes back before validation.
    const [counted] = await db.query<{ n: number }>(
      `DROP VIEW ${text};
DROP TABLE ${stagingTable(staged)};
ALTER TABLE ${scratchTable(rows)} RENAME TO ${ident(target)};
SELECT count(*) AS n FROM ${stagingTable(staged)}`,
    );
    const notes = built.summary
      ? (await db.query<{ note: string }>(built.summary(stagingTable(staged)))).map((r) => r.note)
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
  } finally {
    await dropScratch();
  }
}
