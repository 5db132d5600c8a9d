import type { ImportPlan, Inspection } from '../../../lib/datasets/ingest/import-csv';
import { SCHEMAS } from '../../../lib/datasets/store/schemas';
import { useImportFlow, type ImportFlow } from '../hooks/use-import-flow';
import { formatBytes } from '../model/format-bytes';
import { isFinished } from '../model/import-step';
import { AppliedDefaults } from './applied-defaults';
import { ImportUndo } from './import-undo';
import { PlanStep } from './plan-step';
import { ReplaceOffer } from './replace-offer';
import { ReviewStep } from './review-step';

export interface ImportCardProps {
  readonly file: File;
  readonly inspection: Promise<Inspection>;
  readonly onDismiss: () => void;
}

/** One file's import: preview and settings, then check (stage + validate), then import or cancel. */
export function ImportCard({ file, inspection, onDismiss }: ImportCardProps) {
  const flow = useImportFlow(file, inspection);
  return (
    <article
      className="import-card"
      aria-label={`Import of ${file.name}`}
      data-step={flow.state.step}
      style={{ borderTop: '1px solid #dee2e6', paddingTop: '0.5rem' }}
    >
      <h3>
        {file.name} <small>({formatBytes(file.size)})</small>
      </h3>
      <ImportBody flow={flow} file={file} />
      {isFinished(flow.state) ? (
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </article>
  );
}

function ImportBody({ flow, file }: { flow: ImportFlow; file: File }) {
  const { state } = flow;
  switch (state.step) {
    case 'inspecting':
      return <p role="status">Reading the start of the file…</p>;
    case 'plan':
      return (
        <PlanStep
          file={file}
          inspection={state.inspection}
          plan={state.plan}
          onPlan={flow.replan}
          onImport={flow.check}
          onCancel={flow.cancel}
        />
      );
    case 'staging':
      return <StagingStep progress={state.progress} size={file.size} onCancel={flow.cancel} />;
    case 'offer':
      return (
        <ReplaceOffer
          target={state.target}
          onReplace={flow.replace}
          onAlongside={flow.alongside}
          onCancel={flow.cancel}
        />
      );
    case 'rechecking':
      return <p role="status">Checking the file again without {state.replaces.file_name}, which it replaces…</p>;
    case 'review':
      return (
        <ReviewStep
          validation={state.staged.validation}
          replaces={state.replaces}
          onConfirm={flow.confirm}
          onBack={flow.back}
          onCancel={flow.cancel}
        />
      );
    case 'committing':
      return (
        <p role="status">
          {state.replaces ? `Replacing ${state.replaces.file_name} in` : 'Adding the rows to'}{' '}
          {SCHEMAS[state.plan.kind].table}…
        </p>
      );
    case 'done':
      return (
        <>
          <p role="status">
            Imported {state.rows.toLocaleString('en')} row{state.rows === 1 ? '' : 's'} as {state.kind} in{' '}
            {state.seconds.toFixed(1)} s, reading {columnsRead(state.plan)} of the file.
            {state.replaced
              ? ` They replace ${state.replaced.file_name} (${state.replaced.rows.toLocaleString('en')} row${state.replaced.rows === 1 ? '' : 's'}).`
              : ''}{' '}
            Every chart reading this data now includes them.
          </p>
          {[...state.derived, ...state.plan.notes].map((n) => (
            <p key={n} className="chart-note">
              {n}
            </p>
          ))}
          <AppliedDefaults plan={state.plan} />
          <ImportUndo
            datasetId={state.datasetId}
            fileName={file.name}
            table={SCHEMAS[state.plan.kind].table}
            replaced={state.replaced}
          />
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
            <button type="button" onClick={flow.back}>
              Change settings
            </button>
          ) : null}
        </div>
      );
  }
}

/**
 * Which file columns an import read, by name: "3 columns (date, platform, mau)". A reshaped
 * file (activity log, retention export, series) is read whole by its shape.
 */
function columnsRead(plan: ImportPlan): string {
  const mapped = plan.columns.flatMap((c) => (c.source === null ? [] : [c.source]));
  const read = plan.shape.kind === 'columns' ? mapped : plan.sourceNames.map((_, i) => i);
  const used = [...new Set(read)].sort((a, b) => a - b);
  const names = used.map((i) => plan.sourceNames[i] ?? `column ${i + 1}`);
  return `${names.length} column${names.length === 1 ? '' : 's'} (${names.join(', ')})`;
}

/** DuckDB's own progress estimate while it reads the file, with Cancel. */
function StagingStep({ progress, size, onCancel }: { progress: number | null; size: number; onCancel: () => void }) {
  const pct = progress === null ? null : Math.round(progress * 100);
  return (
    <div>
      <label>
        Reading {formatBytes(size)} with DuckDB
        {progress === null ? '…' : ` (${formatBytes(Math.round(progress * size))} of ${formatBytes(size)})`}
        <progress aria-label="Import progress" max={100} value={pct ?? undefined} />
      </label>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
