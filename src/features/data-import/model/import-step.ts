import type { ImportPlan, Inspection, StagedImport } from '../../../lib/datasets/ingest/import-csv';
import type { ReplaceTarget } from '../../../lib/datasets/ingest/replace';
import type { Validation } from '../../../lib/datasets/ingest/validate';
import type { DatasetEntry } from '../../../lib/datasets/store/registry';

/** A file read into its staging table and checked. */
interface Checked {
  readonly inspection: Inspection;
  readonly plan: ImportPlan;
  readonly staged: StagedImport;
  readonly started: number;
}

/** What publishing a file did. */
interface Published {
  readonly datasetId: string;
  readonly rows: number;
  readonly kind: string;
  readonly warning: string | null;
  /** What was derived from the file (users whose signup day is their first activity, …). */
  readonly derived: readonly string[];
}

/** Where one file is in the import flow. */
export type ImportStep =
  | { readonly step: 'inspecting' }
  | { readonly step: 'plan'; readonly inspection: Inspection; readonly plan: ImportPlan }
  | {
      readonly step: 'staging';
      readonly inspection: Inspection;
      readonly plan: ImportPlan;
      readonly progress: number | null;
      readonly started: number;
    }
  /** The file looks like a newer version of a loaded dataset: Replace, Import alongside or Cancel. */
  | ({ readonly step: 'offer'; readonly target: ReplaceTarget } & Checked)
  /** Checking the file again without the dataset it replaces. */
  | ({ readonly step: 'rechecking'; readonly replaces: DatasetEntry } & Checked)
  | ({ readonly step: 'review'; readonly replaces?: DatasetEntry } & Checked)
  | {
      readonly step: 'committing';
      readonly plan: ImportPlan;
      readonly started: number;
      readonly replaces?: DatasetEntry;
    }
  | ({
      readonly step: 'done';
      readonly plan: ImportPlan;
      readonly seconds: number;
      /** The dataset this import replaced, if it did. */
      readonly replaced?: DatasetEntry;
    } & Published)
  | { readonly step: 'cancelled' }
  | { readonly step: 'failed'; readonly message: string; readonly inspection?: Inspection; readonly plan?: ImportPlan };

/**
 * What happens to a file's import: the user's choices and the engine's answers. `at` is a
 * `performance.now()` reading, passed in so the reducer stays pure.
 */
export type ImportEvent =
  | { readonly type: 'inspected'; readonly inspection: Inspection }
  | { readonly type: 'replanned'; readonly plan: ImportPlan }
  | { readonly type: 'check'; readonly at: number }
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'staged'; readonly staged: StagedImport; readonly target: ReplaceTarget | null }
  | { readonly type: 'replace' }
  | { readonly type: 'alongside' }
  | { readonly type: 'rechecked'; readonly staged: StagedImport }
  | { readonly type: 'confirm' }
  | ({ readonly type: 'committed'; readonly at: number } & Published)
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'back' }
  | { readonly type: 'cancelled' };

/** A file with no problem at all imports without asking; any problem stops for the user's choice. */
export function isClean(validation: Validation): boolean {
  return validation.blocking === null && validation.badRows === 0;
}

/** Whether the flow has ended (the card can be dismissed). */
export function isFinished(state: ImportStep): boolean {
  return state.step === 'done' || state.step === 'cancelled' || state.step === 'failed';
}

/**
 * The import flow as a pure reducer. An event that does not apply to the current step
 * (a late progress report after Cancel, say) leaves the state as it is, so a slow engine
 * answer can never pull a finished card back into an earlier step.
 */
export function importStep(state: ImportStep, event: ImportEvent): ImportStep {
  switch (event.type) {
    case 'inspected':
      return state.step === 'inspecting'
        ? { step: 'plan', inspection: event.inspection, plan: event.inspection.plan }
        : state;
    case 'replanned':
      return state.step === 'plan' ? { ...state, plan: event.plan } : state;
    case 'check':
      return state.step === 'plan'
        ? { step: 'staging', inspection: state.inspection, plan: state.plan, progress: null, started: event.at }
        : state;
    case 'progress':
      return state.step === 'staging' ? { ...state, progress: event.fraction } : state;
    case 'staged':
      if (state.step !== 'staging') return state;
      // A newer version of a loaded dataset asks first: replace it, or import beside it.
      if (event.target) {
        const { inspection, plan, started } = state;
        return { step: 'offer', inspection, plan, staged: event.staged, target: event.target, started };
      }
      return checked(state, event.staged);
    case 'replace':
      return state.step === 'offer'
        ? { ...withoutTarget(state), step: 'rechecking', replaces: state.target.entry }
        : state;
    case 'alongside':
      return state.step === 'offer' ? checked(withoutTarget(state), state.staged) : state;
    case 'rechecked':
      return state.step === 'rechecking' ? checked(state, event.staged, state.replaces) : state;
    case 'confirm':
      return state.step === 'review' && state.staged.validation.blocking === null
        ? { step: 'committing', plan: state.plan, started: state.started, ...replacing(state.replaces) }
        : state;
    case 'committed':
      if (state.step !== 'committing') return state;
      return {
        step: 'done',
        plan: state.plan,
        rows: event.rows,
        kind: event.kind,
        seconds: (event.at - state.started) / 1000,
        warning: event.warning,
        datasetId: event.datasetId,
        derived: event.derived,
        ...(state.replaces ? { replaced: state.replaces } : {}),
      };
    case 'failed':
      return failed(state, event.message);
    case 'back':
      if (state.step === 'review' || state.step === 'offer' || state.step === 'rechecking')
        return { step: 'plan', inspection: state.inspection, plan: state.plan };
      if (state.step === 'failed' && state.inspection && state.plan)
        return { step: 'plan', inspection: state.inspection, plan: state.plan };
      return state;
    case 'cancelled':
      // Publishing is one short transaction that cannot be taken back half-way: it ends as done or failed.
      return isFinished(state) || state.step === 'committing' ? state : { step: 'cancelled' };
  }
}

const replacing = (replaces: DatasetEntry | undefined) => (replaces ? { replaces } : {});

const withoutTarget = ({ inspection, plan, staged, started }: Checked): Checked => ({
  inspection,
  plan,
  staged,
  started,
});

/**
 * A checked file: clean, it goes straight on to publishing (its card and the Datasets list
 * can undo it); with any problem it waits for the user's choice.
 */
function checked(
  from: { inspection: Inspection; plan: ImportPlan; started: number },
  staged: StagedImport,
  replaces?: DatasetEntry,
): ImportStep {
  if (isClean(staged.validation))
    return { step: 'committing', plan: from.plan, started: from.started, ...replacing(replaces) };
  return {
    step: 'review',
    inspection: from.inspection,
    plan: from.plan,
    staged,
    started: from.started,
    ...replacing(replaces),
  };
}

/** A failure keeps the file's plan when there is one, so "Change settings" can go back to it. */
function failed(state: ImportStep, message: string): ImportStep {
  switch (state.step) {
    case 'inspecting':
    case 'committing':
      return { step: 'failed', message };
    case 'plan':
    case 'staging':
    case 'offer':
    case 'rechecking':
    case 'review':
      return { step: 'failed', message, inspection: state.inspection, plan: state.plan };
    case 'done':
    case 'cancelled':
    case 'failed':
      return state;
  }
}
