import { formatFull, formatPercent } from '../../../lib/format-number';
import type { ChurnFigure } from '../model/churn-definitions';
import type { ProportionComparison } from '../model/proportion-test';

const pct = formatPercent;
/** A difference of two shares in percentage points, signed: 0.023 → "+2.3 pt". */
export const points = (d: number) => `${d >= 0 ? '+' : '−'}${Math.abs(d * 100).toFixed(1)} pt`;
/** A p-value as the tables print it. */
export const pValue = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toPrecision(2)}`);

/** What the figure is, in one line for its title. */
export function figureTitle(figure: ChurnFigure): string {
  switch (figure.kind) {
    case 'share':
      return figure.interval
        ? `${formatFull(Math.round(figure.churned))} of ${formatFull(figure.users)} users; 95% Wilson interval ${pct(figure.interval.low)}–${pct(figure.interval.high)}`
        : '';
    case 'bounds':
      return 'A cohort table counts each day apart, so who was active on any day of the bracket is not in it: the churn lies between these bounds.';
    case 'ratio':
      return `7-day-average daily actives ${formatFull(Math.round(figure.atDay))} on day 30 against a peak of ${formatFull(Math.round(figure.peak))}; every user in the data, so no sampling interval.`;
    case 'unobservable':
      return 'The data does not cover this yet.';
  }
}

/** The comparison with the baseline, in words. */
export function comparisonText(comparison: ProportionComparison | null, baseline: string): string {
  if (!comparison) return `no test against ${baseline} (not a share of users on both sides)`;
  const verdict = comparison.withinNoise ? 'within noise' : 'beyond noise';
  return `${points(comparison.difference)} vs ${baseline} (95% ${points(comparison.interval.low)} to ${points(comparison.interval.high)}): ${verdict}, ${pValue(comparison.p)}`;
}

/** One platform's figure under one definition, with its interval or bounds, and the comparison. */
export function ChurnFigureCell({ figure, comparison }: { figure: ChurnFigure; comparison?: string | undefined }) {
  return (
    <>
      {figure.kind === 'share' ? (
        <>
          <strong>{pct(figure.value)}</strong>
          {figure.interval ? (
            <span className="figure-interval">
              {' '}
              ({pct(figure.interval.low)}–{pct(figure.interval.high)})
            </span>
          ) : null}
        </>
      ) : figure.kind === 'bounds' ? (
        <>
          <strong>
            {pct(figure.low)}–{pct(figure.high)}
          </strong>{' '}
          <span className="figure-interval">(bounds)</span>
        </>
      ) : figure.kind === 'ratio' ? (
        <strong>{pct(figure.value)}</strong>
      ) : (
        'not yet observable'
      )}
      {comparison ? <span className="figure-comparison">{comparison}</span> : null}
    </>
  );
}
