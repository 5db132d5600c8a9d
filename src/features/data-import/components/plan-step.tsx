import type { CsvDialect } from '../../../lib/datasets/detect/dialect';
import { planImport, type ImportPlan, type Inspection } from '../../../lib/datasets/ingest/import-csv';
import { isFilled, previewRows } from '../../../lib/datasets/ingest/mapping';
import { SCHEMAS, type DatasetKind } from '../../../lib/datasets/store/schemas';
import { SelectField } from '../../../lib/ui/select-field';
import { AppliedDefaults } from './applied-defaults';
import { DecimalNote } from './decimal-note';
import { ShapeSettings } from './shape-settings';
import { DeclinedShape, MapColumnsButton } from './shape-choice';
import { DialectControls } from './dialect-controls';
import { MappingTable } from './mapping-table';
import { PreviewTable } from './preview-table';

const KIND_OPTIONS = Object.values(SCHEMAS).map((s) => ({ value: s.kind, label: s.title }));

export interface PlanStepProps {
  /** The file being imported (a shape's settings may read it whole). */
  readonly file: Blob;
  readonly inspection: Inspection;
  readonly plan: ImportPlan;
  readonly onPlan: (plan: ImportPlan) => void;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}

/** How the file is read (dialect), what kind of data it is and where each column goes, with a preview. */
export function PlanStep({ file, inspection, plan, onPlan, onImport, onCancel }: PlanStepProps) {
  const schema = SCHEMAS[plan.kind];
  const rows = previewRows(inspection.head.text, plan.dialect, 10);
  const body = plan.dialect.header ? rows.slice(1) : rows;
  const unmappedRequired = plan.columns.filter(
    (c) => !isFilled(c) && schema.columns.find((s) => s.name === c.column)?.required,
  );
  // Once the user maps the columns themselves, a change of dialect or kind keeps to columns.
  const declined = plan.shape.kind === 'columns' ? plan.shape.declined : undefined;
  const shaped = plan.shape.kind === 'columns' ? null : plan.shape.kind;
  const planned = (dialect: CsvDialect, kind: DatasetKind | undefined, shapes: boolean) =>
    planImport(inspection.head.text, dialect, kind, inspection.fileName, { shapes });
  const replan = (dialect = plan.dialect, kind = plan.kind) => {
    const next = planned(dialect, kind, declined === undefined);
    onPlan(declined === undefined ? next : { ...next, shape: { kind: 'columns', declined } });
  };
  return (
    <div>
      {shaped !== null ? (
        <>
          <ShapeSettings plan={plan} file={file} onPlan={onPlan} />
          <MapColumnsButton
            shape={shaped}
            onMapColumns={() =>
              onPlan({ ...planned(plan.dialect, plan.kind, false), shape: { kind: 'columns', declined: shaped } })
            }
          />
        </>
      ) : null}
      {declined !== undefined ? (
        <DeclinedShape shape={declined} onReshape={() => onPlan(planned(plan.dialect, undefined, true))} />
      ) : null}
      {!plan.recognised ? (
        <p role="status">
          The header does not match a known kind exactly. Choose the kind and map your columns below, or give one value
          for every row; required columns are marked *.
        </p>
      ) : null}
      <DialectControls dialect={plan.dialect} onChange={(dialect) => replan(dialect)} />
      <DecimalNote dialect={plan.dialect} />
      <SelectField<DatasetKind>
        label="Kind of data"
        value={plan.kind}
        options={KIND_OPTIONS}
        onChange={(kind) => replan(plan.dialect, kind)}
      />
      {plan.notes.map((n) => (
        <p key={n} className="chart-note">
          {n}
        </p>
      ))}
      <AppliedDefaults plan={plan} />
      <h4>Preview (first {body.length} rows)</h4>
      <PreviewTable rows={body} header={plan.sourceNames} />
      <h4>Columns</h4>
      <MappingTable
        schema={schema}
        columns={plan.columns}
        sourceNames={plan.sourceNames}
        onChange={(columns) => onPlan({ ...plan, columns })}
      />
      <button type="button" disabled={unmappedRequired.length > 0} onClick={onImport}>
        Import
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {unmappedRequired.length > 0 ? (
        <p className="chart-note">
          Map a column or give one value for every required column first:{' '}
          {unmappedRequired.map((c) => c.column).join(', ')}.
        </p>
      ) : null}
    </div>
  );
}
