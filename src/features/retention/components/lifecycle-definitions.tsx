import { RECENT_PERIODS, type LifecycleGrain } from '../model/lifecycle';

/** How each grain's period is named in the panel's text and its exports. */
export const PERIOD_WORDS: Readonly<
  Record<LifecycleGrain, { one: string; many: string; before: string; span: string }>
> = {
  day: { one: 'day', many: 'days', before: 'the day before', span: 'Days: calendar days' },
  week: { one: 'week', many: 'weeks', before: 'the week before', span: 'Weeks: Monday to Sunday' },
  month: { one: 'month', many: 'months', before: 'the calendar month before', span: 'Months: calendar months' },
};

const PERIOD_OF: Readonly<Record<LifecycleGrain, string>> = {
  day: 'Each calendar day',
  week: 'Each week (Monday to Sunday)',
  month: 'Each calendar month',
};

/**
 * PostHog's lifecycle states (Amplitude's are the same) written for the period chosen, so
 * a reader switching from weeks to days sees what "returning" now means.
 */
export function LifecycleDefinitions({ grain }: { grain: LifecycleGrain }) {
  const { one, many, before } = PERIOD_WORDS[grain];
  const recent = RECENT_PERIODS[grain];
  return (
    <>
      <p>
        {PERIOD_OF[grain]} of the raw activity log, every user active in it is exactly one of the first three states
        below; dormant users are counted apart and drawn below zero. These are PostHog&apos;s lifecycle definitions
        (Amplitude&apos;s match), by {one}:
      </p>
      <dl className="lifecycle-definitions">
        <dt>New</dt>
        <dd>active for the first time: the user&apos;s first active {one} in the log.</dd>
        <dt>Returning</dt>
        <dd>
          active this {one} and {before} too.
        </dd>
        <dt>Resurrecting</dt>
        <dd>
          active this {one}, not {before}, but in some earlier {one}.
        </dd>
        <dt>Dormant</dt>
        <dd>
          active {before} and not this {one}; counted once, in the {one} after their last active one.
        </dd>
      </dl>
      <p>
        The quick ratio is (new + resurrecting) ÷ dormant: above 1 the active base grows. The headline takes the last{' '}
        {recent === 1 ? `complete ${one}` : `${recent} complete ${many}`}; a last {one} the log ends within is marked
        partial.
      </p>
    </>
  );
}
