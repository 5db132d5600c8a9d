import { describe, expect, it } from 'vitest';
import type { ImportPlan, Inspection, StagedImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import type { ReplaceTarget } from '../../../../../src/lib/datasets/ingest/replace';
import type { Validation } from '../../../../../src/lib/datasets/ingest/validate';
import type { DatasetEntry } from '../../../../../src/lib/datasets/store/registry';
import {
  importStep,
  isFinished,
  type ImportEvent,
  type ImportStep,
} from '../../../../../src/features/data-import/model/import-step';

// Opaque stand-ins: the reducer only passes plans, inspections and staged imports along.
const plan = { kind: 'signups', recognised: true } as unknown as ImportPlan;
const otherPlan = { kind: 'launches', recognised: false } as unknown as ImportPlan;
const inspection = { plan } as unknown as Inspection;
const validation = (v: Partial<Validation>): Validation => ({
  problems: [],
  badRows: 0,
  validRows: 3,
  blocking: null,
  ...v,
});
const staged = (v: Partial<Validation> = {}) => ({ staged: {}, validation: validation(v) }) as unknown as StagedImport;

const planStep: ImportStep = { step: 'plan', inspection, plan };
const staging: ImportStep = { step: 'staging', inspection, plan, progress: null, started: 1000 };
const withProblems = staged({ badRows: 1, validRows: 2 });
const review: ImportStep = { step: 'review', inspection, plan, staged: withProblems, started: 1000 };
const committing: ImportStep = { step: 'committing', plan, started: 1000 };
const done: ImportStep = {
  step: 'done',
  plan,
  rows: 3,
  kind: 'Adoption figures',
  seconds: 1.5,
  warning: null,
  datasetId: 'import:new',
  derived: ['2 users have no signup column'],
};
const old = { dataset_id: 'import:old', file_name: 'pixelfed.csv', rows: 2 } as unknown as DatasetEntry;
const target: ReplaceTarget = { entry: old, reason: 'same-file' };
const offer: ImportStep = { step: 'offer', inspection, plan, staged: withProblems, target, started: 1000 };
const rechecking: ImportStep = {
  step: 'rechecking',
  inspection,
  plan,
  staged: withProblems,
  replaces: old,
  started: 1000,
};
const cancelled: ImportStep = { step: 'cancelled' };
const failedWithPlan: ImportStep = { step: 'failed', message: 'x', inspection, plan };
const ALL: ImportStep[] = [
  { step: 'inspecting' },
  planStep,
  staging,
  offer,
  rechecking,
  review,
  committing,
  done,
  cancelled,
  failedWithPlan,
];

describe('importStep', () => {
  it('inspecting → plan with the detected plan', () => {
    expect(importStep({ step: 'inspecting' }, { type: 'inspected', inspection })).toEqual(planStep);
  });

  it('plan: a new plan replaces the old one', () => {
    expect(importStep(planStep, { type: 'replanned', plan: otherPlan })).toEqual({
      step: 'plan',
      inspection,
      plan: otherPlan,
    });
  });

  it('plan → staging, timed from the check', () => {
    expect(importStep(planStep, { type: 'check', at: 1000 })).toEqual(staging);
  });

  it('staging: progress is recorded', () => {
    expect(importStep(staging, { type: 'progress', fraction: 0.25 })).toEqual({ ...staging, progress: 0.25 });
  });

  it('staging → committing for a clean file, without asking', () => {
    expect(importStep(staging, { type: 'staged', staged: staged(), target: null })).toEqual(committing);
  });

  it('staging → review for a file with bad rows or a blocking problem', () => {
    expect(importStep(staging, { type: 'staged', staged: withProblems, target: null })).toEqual(review);
    const blocked = staged({ blocking: 'no data rows', validRows: 0 });
    expect(importStep(staging, { type: 'staged', staged: blocked, target: null })).toMatchObject({
      step: 'review',
      staged: blocked,
    });
  });

  it('staging → offer for a newer version of a loaded dataset, clean or not: nothing is published yet', () => {
    expect(importStep(staging, { type: 'staged', staged: withProblems, target })).toEqual(offer);
    expect(importStep(staging, { type: 'staged', staged: staged(), target })).toMatchObject({ step: 'offer' });
  });

  it('offer → Replace checks again without the old dataset; then clean publishes as a replace, else review', () => {
    expect(importStep(offer, { type: 'replace' })).toEqual(rechecking);
    expect(importStep(rechecking, { type: 'rechecked', staged: staged() })).toEqual({ ...committing, replaces: old });
    const stillBad = staged({ badRows: 1, validRows: 1 });
    expect(importStep(rechecking, { type: 'rechecked', staged: stillBad })).toEqual({
      ...review,
      staged: stillBad,
      replaces: old,
    });
    const reviewReplacing: ImportStep = { ...review, replaces: old };
    expect(importStep(reviewReplacing, { type: 'confirm' })).toEqual({ ...committing, replaces: old });
  });

  it('offer → Import alongside goes on as if nothing matched: clean publishes, problems wait in review', () => {
    expect(importStep(offer, { type: 'alongside' })).toEqual(review);
    expect(importStep({ ...offer, staged: staged() }, { type: 'alongside' })).toEqual(committing);
  });

  it('a replace that is published says which dataset it replaced', () => {
    const event: ImportEvent = {
      type: 'committed',
      datasetId: 'import:new',
      derived: ['2 users have no signup column'],
      rows: 3,
      kind: 'Adoption figures',
      warning: null,
      at: 2500,
    };
    expect(importStep({ ...committing, replaces: old }, event)).toEqual({ ...done, replaced: old });
  });

  it('review → committing on confirm, unless nothing can be imported', () => {
    expect(importStep(review, { type: 'confirm' })).toEqual(committing);
    const blocked: ImportStep = { ...review, staged: staged({ blocking: 'no data rows' }) };
    expect(importStep(blocked, { type: 'confirm' })).toBe(blocked);
  });

  it('committing → done, with the seconds since the check began', () => {
    expect(
      importStep(committing, {
        type: 'committed',
        datasetId: 'import:new',
        derived: ['2 users have no signup column'],
        rows: 3,
        kind: 'Adoption figures',
        warning: null,
        at: 2500,
      }),
    ).toEqual(done);
  });

  it('a failure keeps the plan where there is one, so the settings can be changed', () => {
    expect(importStep(staging, { type: 'failed', message: 'bad' })).toEqual({
      step: 'failed',
      message: 'bad',
      inspection,
      plan,
    });
    expect(importStep(committing, { type: 'failed', message: 'bad' })).toEqual({ step: 'failed', message: 'bad' });
    expect(importStep({ step: 'inspecting' }, { type: 'failed', message: 'bad' })).toEqual({
      step: 'failed',
      message: 'bad',
    });
  });

  it('back goes from review or a failure with a plan to the plan step', () => {
    expect(importStep(review, { type: 'back' })).toEqual(planStep);
    expect(importStep(failedWithPlan, { type: 'back' })).toEqual(planStep);
    const noPlan: ImportStep = { step: 'failed', message: 'x' };
    expect(importStep(noPlan, { type: 'back' })).toBe(noPlan);
  });

  it('cancel ends every unfinished step except publishing, which cannot stop half-way', () => {
    for (const state of [{ step: 'inspecting' } as ImportStep, planStep, staging, offer, rechecking, review]) {
      expect(importStep(state, { type: 'cancelled' })).toEqual(cancelled);
    }
    expect(importStep(committing, { type: 'cancelled' })).toBe(committing);
    for (const state of [done, failedWithPlan, cancelled]) expect(importStep(state, { type: 'cancelled' })).toBe(state);
  });

  it('ignores every event that does not apply to the step (a late engine answer never revives a card)', () => {
    const events: ImportEvent[] = [
      { type: 'inspected', inspection },
      { type: 'replanned', plan: otherPlan },
      { type: 'check', at: 5 },
      { type: 'progress', fraction: 0.5 },
      { type: 'staged', staged: staged(), target: null },
      { type: 'replace' },
      { type: 'alongside' },
      { type: 'rechecked', staged: staged() },
      { type: 'confirm' },
      { type: 'committed', datasetId: 'd', derived: [], rows: 1, kind: 'k', warning: null, at: 9 },
    ];
    const applies: Record<ImportEvent['type'], ImportStep['step']> = {
      inspected: 'inspecting',
      replanned: 'plan',
      check: 'plan',
      progress: 'staging',
      staged: 'staging',
      replace: 'offer',
      alongside: 'offer',
      rechecked: 'rechecking',
      confirm: 'review',
      committed: 'committing',
      failed: 'plan',
      back: 'review',
      cancelled: 'plan',
    };
    for (const state of ALL) {
      for (const event of events) {
        if (applies[event.type] !== state.step)
          expect(importStep(state, event), `${event.type} at ${state.step}`).toBe(state);
      }
    }
  });

  it('says which steps are finished', () => {
    expect(ALL.filter(isFinished).map((s) => s.step)).toEqual(['done', 'cancelled', 'failed']);
  });
});
