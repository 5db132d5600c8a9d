import { useEffect, useEffectEvent, useReducer, useRef } from 'react';
import type { ImportPlan, Inspection, StagedImport } from '../../../lib/datasets/ingest/import-csv';
import type { DatasetEntry } from '../../../lib/datasets/store/registry';
import { SCHEMAS } from '../../../lib/datasets/store/schemas';
import { useCommitImport } from '../api/commit-import';
import { useFindReplaceTarget, useRecheckForReplace } from '../api/replace-import';
import { useCancelImport, useStageImport } from '../api/stage-import';
import { importStep, isClean, type ImportStep } from '../model/import-step';
import { messageOf } from '../model/message-of';

/** What an import card can do; each action applies only at the steps where it makes sense. */
export interface ImportFlow {
  readonly state: ImportStep;
  /** Change how the file is read or mapped (plan step). */
  readonly replan: (plan: ImportPlan) => void;
  /** Read and check the file with the current plan (plan step). */
  readonly check: () => void;
  /** Import the valid rows of a file with problems (review step). */
  readonly confirm: () => void;
  /** Replace the loaded dataset the file is a newer version of (offer step). */
  readonly replace: () => void;
  /** Import the file beside the dataset it looks like a newer version of (offer step). */
  readonly alongside: () => void;
  /** Drop the staged rows and go back to the settings (review or failed step). */
  readonly back: () => void;
  /** Stop reading, or drop what was read: nothing is imported. */
  readonly cancel: () => void;
}

/**
 * One file's import, from inspection to published rows: the steps are a pure reducer
 * (`importStep`), the engine's work mutations (stage, find what it replaces, recheck,
 * commit, cancel). A recognised, clean file that replaces nothing goes all the way without
 * a click; a newer version of a loaded file, or any problem, stops for the user.
 */
export function useImportFlow(file: File, inspection: Promise<Inspection>): ImportFlow {
  const [state, dispatch] = useReducer(importStep, { step: 'inspecting' });
  const stage = useStageImport();
  const commit = useCommitImport();
  const discard = useCancelImport();
  const findTarget = useFindReplaceTarget();
  const recheck = useRecheckForReplace();
  const abort = useRef<AbortController | null>(null);

  const publish = (staged: StagedImport, plan: ImportPlan, replaces?: DatasetEntry) =>
    commit.mutate(
      { staged, file, plan, ...(replaces ? { replaces } : {}) },
      {
        onSuccess: ({ rows, notStored, datasetId }) =>
          dispatch({
            type: 'committed',
            datasetId,
            derived: staged.staged.reshaped?.notes ?? [],
            rows,
            kind: SCHEMAS[plan.kind].title,
            warning: notStored,
            at: performance.now(),
          }),
        onError: (error) =>
          dispatch({
            type: 'failed',
            message: `${file.name}: ${messageOf(error)} Nothing was imported; every table is as it was.`,
          }),
      },
    );

  const run = (plan: ImportPlan) => {
    const controller = new AbortController();
    abort.current = controller;
    dispatch({ type: 'check', at: performance.now() });
    stage.mutate(
      { file, plan, signal: controller.signal, onProgress: (fraction) => dispatch({ type: 'progress', fraction }) },
      {
        onSuccess: (staged) =>
          findTarget.mutate(staged, {
            onSuccess: (target) => {
              // Cancelled while this was asked: the staged rows are dropped, never shown.
              if (controller.signal.aborted) return discard.mutate(staged);
              dispatch({ type: 'staged', staged, target });
              if (!target && isClean(staged.validation)) publish(staged, plan);
            },
            onError: (error) => {
              discard.mutate(staged);
              dispatch({ type: 'failed', message: `${file.name}: ${messageOf(error)}` });
            },
          }),
        onError: (error) =>
          dispatch(
            controller.signal.aborted
              ? { type: 'cancelled' }
              : { type: 'failed', message: `${file.name}: ${messageOf(error)}` },
          ),
      },
    );
  };

  // A recognised file in Uptake's columns goes straight to the check; a reshaped one waits for
  // one click on Import, its assumptions (metric, time zone, periods) shown and changeable first.
  const inspected = useEffectEvent((found: Inspection) => {
    dispatch({ type: 'inspected', inspection: found });
    if (found.plan.recognised && found.plan.shape.kind === 'columns') run(found.plan);
  });
  const notReadable = useEffectEvent((error: unknown) =>
    dispatch({ type: 'failed', message: `${file.name}: ${messageOf(error)}` }),
  );
  useEffect(() => {
    let live = true;
    inspection.then(
      (found) => live && inspected(found),
      (error: unknown) => live && notReadable(error),
    );
    return () => {
      live = false;
    };
  }, [inspection]);

  // Stop a read in progress and drop rows already staged; no live table is touched.
  const dropStaged = () => {
    abort.current?.abort();
    if (state.step === 'review' || state.step === 'offer') discard.mutate(state.staged);
  };

  return {
    state,
    replan: (plan) => dispatch({ type: 'replanned', plan }),
    check: () => {
      if (state.step === 'plan') run(state.plan);
    },
    confirm: () => {
      if (state.step !== 'review' || state.staged.validation.blocking !== null) return;
      dispatch({ type: 'confirm' });
      publish(state.staged, state.plan, state.replaces);
    },
    replace: () => {
      if (state.step !== 'offer') return;
      const { plan, target } = state;
      dispatch({ type: 'replace' });
      recheck.mutate(
        { staged: state.staged, replaces: target.entry },
        {
          onSuccess: (staged) => {
            dispatch({ type: 'rechecked', staged });
            if (isClean(staged.validation)) publish(staged, plan, target.entry);
          },
          onError: (error) => {
            discard.mutate(state.staged);
            dispatch({ type: 'failed', message: `${file.name}: ${messageOf(error)} Nothing was changed.` });
          },
        },
      );
    },
    alongside: () => {
      if (state.step !== 'offer') return;
      dispatch({ type: 'alongside' });
      if (isClean(state.staged.validation)) publish(state.staged, state.plan);
    },
    back: () => {
      dropStaged();
      dispatch({ type: 'back' });
    },
    cancel: () => {
      dropStaged();
      dispatch({ type: 'cancelled' });
    },
  };
}
