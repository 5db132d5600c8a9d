import { useRef } from 'react';
import { formatPercent } from '../../../lib/format-number';
import { formatDay, parseDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { AsOfChart, asOfChartRows } from './as-of-chart';
import {
  TIME_MACHINE_COLUMNS,
  timeMachineFileParts,
  timeMachineRows,
  timeMachineSettings,
  timeMachineSources,
  type TimeMachineExportInput,
} from './time-machine-export';
import type { ModelComparisonView } from './use-model-comparison';

const TITLE = 'Time machine';
const unitOf = (measure: string) => (measure === 'MAU' ? 'MAU' : 'signups');

export interface TimeMachineProps {
  readonly view: ModelComparisonView;
  readonly platform: string;
  /** The analogue launch the series counts days from. */
  readonly launch: { readonly region: string; readonly event_date: Date };
}

/**
 * What the chosen model would have projected as of the backtest cutoff, against what was
 * reported afterwards: a note with its error on the later figures, the chart, and its CSV,
 * PNG and SVG exports (the panel's Modelled note goes into the images).
 */
export function TimeMachine({ view, platform, launch }: TimeMachineProps) {
  const figure = useRef<HTMLDivElement>(null);
  const { asOf, chosen, cutoff, measure } = view;
  if (!asOf || !chosen) return null;
  const unit = unitOf(measure);
  const when = cutoff === null ? 'today, with every figure' : formatDay(parseDay(cutoff));
  if (!asOf.ok) {
    return (
      <p role="note" aria-label="Time machine">
        As of {when}: {chosen.forecaster.label} cannot be fitted to the {asOf.used.length} figure
        {asOf.used.length === 1 ? '' : 's'} dated before it ({asOf.reason}). Move the backtest cutoff later, or pick
        another model.
      </p>
    );
  }
  const { check } = asOf;
  const rows = asOfChartRows(asOf.rows, asOf.used, asOf.later, asOf.fit.predict, launch.event_date);
  const files: TimeMachineExportInput = {
    platform,
    launch,
    unit,
    modelLabel: chosen.forecaster.label,
    cutoff,
    used: asOf.used.length,
    vendor: view.sourceRows[0]?.vendor ?? null,
    sources: view.sourceRows.map((r) => r.source),
  };
  return (
    <>
      <p role="note" aria-label="Time machine">
        As of {when}: {chosen.forecaster.label} fitted to {asOf.used.length} reported figures
        {cutoff === null ? '' : ' dated before it'}, projected a year ahead (modelled).{' '}
        {cutoff === null
          ? 'Set a backtest cutoff to see what it would have projected on that day against what was reported afterwards.'
          : check.count === 0
            ? 'Nothing was reported after it to check against.'
            : `Against the ${check.count} figures reported afterwards: MAPE ${formatPercent(check.mape ?? NaN)}, ${check.banded === 0 ? 'no band (too few figures to estimate one)' : `${Math.round((check.coverage ?? 0) * check.banded)} of ${check.banded} inside the 80% band`}.`}
      </p>
      <ExportButtons
        title={TITLE}
        rows={() => timeMachineRows(files, rows)}
        columns={TIME_MACHINE_COLUMNS}
        chart={figure}
        fileParts={timeMachineFileParts(files)}
        settings={() => timeMachineSettings(files)}
        sources={() => timeMachineSources(files)}
      />
      <div ref={figure}>
        <AsOfChart
          rows={rows}
          modelLabel={chosen.forecaster.label}
          unit={unit}
          cutoff={cutoff === null ? null : parseDay(cutoff).getTime()}
        />
      </div>
    </>
  );
}
