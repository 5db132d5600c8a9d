import { useRef } from 'react';
import { formatPercent } from '../../../lib/format-number';
import { DAY_MS, formatDay, isoDay, parseDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import type { BacktestOutcome } from '../hooks/use-backtest';
import type { BacktestResult } from '../model/backtest';
import { BacktestChart, backtestLines } from './backtest-chart';
import { backtestFileParts, projectionSettings, projectionSources } from './projection-export';
import { useProjectionParams } from './projection-params';
import type { LaunchProjectionView } from './use-launch-projection';

const BACKTEST_TITLE = 'Backtest';
/**
 * Columns of the backtest CSV: `modelled` rows are the drawn lines, `reported` rows the
 * figures checked against them; every row names the model the lines and predictions come from.
 */
const BACKTEST_COLUMNS = [
  'platform',
  'series',
  'date',
  'days_since_analogue_launch',
  'modelled_signups',
  'modelled_actives',
  'reported_measure',
  'reported_scope',
  'reported_value',
  'predicted',
  'error',
  'model',
] as const;

function backtestRows(platform: string, model: string, analogueStart: Date, result: BacktestResult) {
  const dateOf = (day: number) => isoDay(new Date(analogueStart.getTime() + day * DAY_MS));
  return [
    ...backtestLines(result).map((l) => ({
      platform,
      series: 'modelled',
      date: dateOf(l.day),
      days_since_analogue_launch: l.day,
      modelled_signups: Math.round(l.signups),
      modelled_actives: Math.round(l.actives),
      model,
    })),
    ...result.points.map((p) => ({
      platform,
      series: 'reported',
      date: dateOf(p.day),
      days_since_analogue_launch: p.day,
      reported_measure: p.measure,
      reported_scope: p.scope,
      reported_value: p.value,
      predicted: Math.round(p.predicted),
      error: p.error,
      model,
    })),
  ];
}

/** The projection shown (the chosen model's, or Bass standing in) set against what was reported after the cutoff. */
export function Backtest({ view, result }: { view: LaunchProjectionView; result: BacktestOutcome | null }) {
  const figure = useRef<HTMLDivElement>(null);
  const params = useProjectionParams();
  if (!result || !view.analogue) return null;
  const { model } = result;
  if (!result.ok)
    return (
      <p className="panel-error" role="alert">
        Backtest of the {model.label} projection failed: {result.error.message}
      </p>
    );
  const { mape, points } = result.value;
  const analogueStart = view.analogue.event_date;
  return (
    <section aria-label="Backtest" data-model={model.id} style={{ marginTop: '1rem' }}>
      <h3>Backtest of the {model.label} projection</h3>
      <p className="chart-note">
        {model.fallback === null
          ? `${model.label}, the model chosen under Growth models, as projected above.`
          : `Bass, as projected above: ${model.fallback}.`}{' '}
        {view.cutoffDay
          ? `The fit uses only figures dated before the cutoff (${formatDay(parseDay(view.cutoffDay))}).`
          : 'No cutoff: the fit uses every figure, so this is an in-sample check, not a forecast test.'}{' '}
        Reported figures from then on are set against the modelled platform (both launches; region-only figures against
        the target alone): MAU against modelled active users, signups against modelled signups.
      </p>
      <p aria-label="Backtest error">
        {mape === null
          ? `Nothing was reported ${view.cutoffDay ? 'after the cutoff' : 'since the launch'} to compare with.`
          : `MAPE ${formatPercent(mape)} over ${points.length} reported figure${points.length === 1 ? '' : 's'} ${view.cutoffDay ? 'after the cutoff' : 'since the launch (in-sample)'}.`}
      </p>
      {points.length > 0 ? (
        <>
          <ExportButtons
            title={BACKTEST_TITLE}
            rows={() => backtestRows(view.platform, model.label, analogueStart, result.value)}
            columns={BACKTEST_COLUMNS}
            chart={figure}
            fileParts={backtestFileParts(view)}
            settings={() => projectionSettings(view, params, model)}
            sources={() => projectionSources(view)}
          />
          <div ref={figure}>
            <BacktestChart
              platform={view.platform}
              modelLabel={model.label}
              analogueStart={analogueStart}
              result={result.value}
            />
          </div>
        </>
      ) : null}
    </section>
  );
}
