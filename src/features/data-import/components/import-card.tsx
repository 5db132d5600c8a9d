import { useCallback, useEffect, useRef, useState } from 'react';
import { cancelImport, planImport, stageImport, type ImportPlan, type Inspection, type StagedImport } from '../../../lib/datasets/ingest/import-csv';
import { previewRows } from '../../../lib/datasets/ingest/mapping';
import { SCHEMAS, type DatasetKind } from '../../../lib/datasets/store/schemas';
import { useReadyDb } from '../../../lib/query/use-ready-db';
import { useImportActions } from '../api/import-actions';
import { formatBytes, type ImportStep } from '../model/import-step';
import { DialectControls } from './dialect-controls';
import { MappingTable } from './mapping-table';
import { PreviewTable } from './preview-table';
import { ProblemsTable } from './problems-table';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One file's import: preview and settings, then check (stage + validate), then import or cancel. */
export function ImportCard({ file, inspection, onDismiss }: { file: File; inspection: Promise<Inspection>; onDismiss: () => void }) {
  const [state, setState] = useState<ImportStep>({ step: 'inspecting' });
  const getDatabase = useReadyDb();
  const abort = useRef<AbortController | null>(null);
  const { commit } = useImportActions();

  // Publish a staged file's valid rows; `started` is when its check began, for the time shown.
  const finish = useCallback(
    async (staged: StagedImport, plan: ImportPlan, started: number) => {
      setState({ step: 'committing', plan });
      try {
        const { rows, stored } = await commit(staged, file, plan);
        setState({ step: 'done', rows, kind: SCHEMAS[plan.kind].title, seconds: (performance.now() - started) / 1000, warning: stored });
      } catch (error) {
        setState({ step: 'failed', message: `${file.name}: ${messageOf(error)} Nothing was imported; every table is as it was.` });
      }
    },
    [commit, file],
  );

  const check = useCallback(async (inspection: Extract<ImportStep, { inspection: unknown }>['inspection'], plan: ImportPlan) => {
    const controller = new AbortController();
    abort.current = controller;
    const started = performance.now();
    setState({ step: 'staging', inspection, plan, progress: null, started });
    try {
      const db = await getDatabase();
      const staged = await stageImport(db, {
        file,
        fileName: file.name,
        plan,
        signal: controller.signal,
        onProgress: (progress) => setState((s) => (s.step === 'staging' ? { ...s, progress } : s)),
      });
      if (controller.signal.aborted) {
        await cancelImport(db, staged);
        setState({ step: 'cancelled' });
        return;
      }
      // A clean file imports straight away (the Datasets list can remove it again); only a
      // file with problems stops here for the user to choose: the valid rows, or cancel.
      const { validation } = staged;
      if (validation.blocking === null && validation.badRows === 0) await finish(staged, plan, started);
      else setState({ step: 'review', inspection, plan, staged, started });
    } catch (error) {
      if (controller.signal.aborted) setState({ step: 'cancelled' });
      else setState({ step: 'failed', message: `${file.name}: ${messageOf(error)}`, inspection, plan });
    }
  }, [file, finish, getDatabase]);

  useEffect(() => {
    let live = true;
    inspection.then(
      (inspection) => {
        if (!live) return;
        // A recognised file goes straight to the check; anything else waits for its mapping.
        if (inspection.plan.recognised) void check(inspection, inspection.plan);
        else setState({ step: 'plan', inspection, plan: inspection.plan });
      },
      (error: unknown) => live && setState({ step: 'failed', message: `${file.name}: ${messageOf(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [file, inspection, check]);

  const discard = async () => {
    abort.current?.abort();
    if (state.step === 'review') await cancelImport(await getDatabase(), state.staged).catch(() => undefined);
    setState({ step: 'cancelled' });
  };

  const confirm = async () => {
    if (state.step === 'review') await finish(state.staged, state.plan, state.started);
  };

  return (
    <article className="import-card" aria-label={`Import of ${file.name}`} data-step={state.step} style={{ borderTop: '1px solid #dee2e6', paddingTop: '0.5rem' }}>
      <h3>
        {file.name} <small>({formatBytes(file.size)})</small>
      </h3>
      <ImportBody state={state} file={file} setState={setState} check={check} discard={discard} confirm={confirm} />
      {state.step === 'done' || state.step === 'cancelled' || state.step === 'failed' ? (
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </article>
  );
}

interface BodyProps {
  readonly state: ImportStep;
  readonly file: File;
  readonly setState: (s: ImportStep) => void;
  readonly check: (inspection: Extract<ImportStep, { step: 'plan' }>['inspection'], plan: ImportPlan) => Promise<void>;
  readonly discard: () => Promise<void>;
  readonly confirm: () => Promise<void>;
}

function ImportBody({ state, file, setState, check, discard, confirm }: BodyProps) {
  switch (state.step) {
    case 'inspecting':
      return <p role="status">Reading the start of the file…</p>;
    case 'plan':
      return <PlanStep state={state} setState={setState} check={check} discard={discard} />;
    case 'staging': {
      const pct = state.progress === null ? null : Math.round(state.progress * 100);
      return (
        <div>
          <label>
            Reading {formatBytes(file.size)} with DuckDB
            {pct === null ? '…' : ` (${formatBytes(Math.round((state.progress ?? 0) * file.size))} of ${formatBytes(file.size)})`}
            <progress aria-label="Import progress" max={100} value={pct ?? undefined} />
          </label>{' '}
          <button type="button" onClick={() => void discard()}>
            Cancel
          </button>
        </div>
      );
    }
    case 'review':
      return <ReviewStep state={state} setState={setState} discard={discard} confirm={confirm} />;
    case 'committing':
      return <p role="status">Adding the rows to {SCHEMAS[state.plan.kind].table}…</p>;
    case 'done':
      return (
        <>
          <p role="status">
            Imported {state.rows.toLocaleString('en')} row{state.rows === 1 ? '' : 's'} as {state.kind} in {state.seconds.toFixed(1)} s. Every chart reading
            this data now includes them.
          </p>
          {state.warning ? <p role="alert">{state.warning}</p> : null}
        </>
      );
    case 'cancelled':
      return <p role="status">Cancelled. Nothing was imported; every table is as it was.</p>;
    case 'failed':
      return (
        <div>
          <p className="panel-error" role="alert">
            {state.message}
          </p>
          {state.inspection && state.plan ? (
            <button type="button" onClick={() => state.inspection && state.plan && setState({ step: 'plan', inspection: state.inspection, plan: state.plan })}>
              Change settings
            </button>
          ) : null}
        </div>
      );
  }
}

function PlanStep({
  state,
  setState,
  check,
  discard,
}: {
  state: Extract<ImportStep, { step: 'plan' }>;
  setState: (s: ImportStep) => void;
  check: BodyProps['check'];
  discard: BodyProps['discard'];
}) {
  const { inspection, plan } = state;
  const schema = SCHEMAS[plan.kind];
  const rows = previewRows(inspection.head.text, plan.dialect, 10);
  const body = plan.dialect.header ? rows.slice(1) : rows;
  const replan = (next: ImportPlan) => setState({ step: 'plan', inspection, plan: next });
  const unmappedRequired = plan.columns.filter((c) => c.source === null && schema.columns.find((s) => s.name === c.column)?.required);
  return (
    <div>
      {!plan.recognised ? (
        <p role="status">
          The header does not match a known kind exactly. Choose the kind and map your columns below; required columns are marked *.
        </p>
      ) : null}
      <DialectControls dialect={plan.dialect} onChange={(dialect) => replan(planImport(inspection.head.text, dialect, plan.kind))} />
      <label>
        Kind of data
        <select value={plan.kind} onChange={(e) => replan(planImport(inspection.head.text, plan.dialect, e.target.value as DatasetKind))}>
          {Object.values(SCHEMAS).map((s) => (
            <option key={s.kind} value={s.kind}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      {plan.notes.map((n) => (
        <p key={n} className="chart-note">
          {n}
        </p>
      ))}
      <h4>Preview (first {body.length} rows)</h4>
      <PreviewTable rows={body} header={plan.sourceNames} />
      <h4>Columns</h4>
      <MappingTable schema={schema} columns={plan.columns} sourceNames={plan.sourceNames} onChange={(columns) => replan({ ...plan, columns })} />
      <button type="button" disabled={unmappedRequired.length > 0} onClick={() => void check(inspection, plan)}>
        Import
      </button>{' '}
      <button type="button" onClick={() => void discard()}>
        Cancel
      </button>
      {unmappedRequired.length > 0 ? (
        <p className="chart-note">Map every required column first: {unmappedRequired.map((c) => c.column).join(', ')}.</p>
      ) : null}
    </div>
  );
}

function ReviewStep({
  state,
  setState,
  discard,
  confirm,
}: {
  state: Extract<ImportStep, { step: 'review' }>;
  setState: (s: ImportStep) => void;
  discard: BodyProps['discard'];
  confirm: BodyProps['confirm'];
}) {
  const { validation } = state.staged;
  const first = validation.problems[0];
  const back = async () => {
    await discard();
    setState({ step: 'plan', inspection: state.inspection, plan: state.plan });
  };
  return (
    <div>
      {validation.blocking ? (
        <p className="panel-error" role="alert">
          Nothing can be imported from this file. {validation.blocking}
          {first ? ` First problem: line ${first.line}${first.column ? `, column "${first.column}"` : ''}: ${first.reason}` : ''}
        </p>
      ) : (
        <p className="panel-error" role="alert">
          {validation.badRows} row{validation.badRows > 1 ? 's have' : ' has'} problems
          {first ? ` (first at line ${first.line}${first.column ? `, column "${first.column}"` : ''}: ${first.reason})` : ''}. Import the{' '}
          {validation.validRows} valid rows without them, or cancel, fix the file and import it again.
        </p>
      )}
      {validation.problems.length > 0 ? <ProblemsTable problems={validation.problems} /> : null}
      {validation.blocking ? null : (
        <button type="button" onClick={() => void confirm()}>
          Import {validation.validRows} valid row{validation.validRows === 1 ? '' : 's'}
        </button>
      )}{' '}
      <button type="button" onClick={() => void back()}>
        Change settings
      </button>{' '}
      <button type="button" onClick={() => void discard()}>
        Cancel
      </button>
    </div>
  );
}
