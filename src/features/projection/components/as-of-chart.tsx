import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact } from '../../../lib/format-number';
import { DAY_MS, formatDay, formatMonth } from '../../../lib/time/day';
import { monthTicks } from '../../../lib/time/ticks';
import { ChartFrame } from '../../../lib/ui/chart-frame';
import { ChartLegend } from '../../../lib/ui/chart-legend';
import { axisProps, DASHED, gridProps, NO_ANIMATION, useChartTheme } from '../../../lib/ui/chart-theme';
import { Swatch } from '../../../lib/ui/swatch';
import type { AsOfRow } from '../model/as-of';
import type { SeriesPoint } from '../model/rolling-origin';

/** One x position of the chart: the modelled value there, and a reported figure when one is dated there. */
export interface AsOfChartRow {
  readonly x: number;
  readonly modelled: number;
  readonly band: readonly [number, number] | null;
  readonly used?: number;
  readonly later?: number;
}

/** The rows drawn: the modelled curve every few days, plus one row at each reported figure, on the calendar. */
export function asOfChartRows(
  rows: readonly AsOfRow[],
  used: readonly SeriesPoint[],
  later: readonly SeriesPoint[],
  predict: (t: number) => number,
  launch: Date,
): AsOfChartRow[] {
  const at = (t: number) => launch.getTime() + Math.round(t) * DAY_MS;
  return [
    ...rows.map((r) => ({
      x: at(r.t),
      modelled: r.modelled,
      band: r.low === null || r.high === null ? null : ([r.low, r.high] as const),
    })),
    ...used.map((p) => ({ x: at(p.t), modelled: predict(p.t), band: null, used: p.y })),
    ...later.map((p) => ({ x: at(p.t), modelled: predict(p.t), band: null, later: p.y })),
  ].sort((a, b) => a.x - b.x);
}

interface TipProps {
  readonly active?: boolean;
  readonly label?: number | string;
  readonly payload?: ReadonlyArray<{ readonly payload?: AsOfChartRow }>;
  readonly unit: string;
}

/** The tooltip: the day under the cursor, the modelled value (so labelled) and any figure reported that day, in the series' unit. */
function Tip({ active, label, payload, unit }: TipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="tooltip chart-tooltip" role="status">
      <strong>{formatDay(Number(label))}</strong>
      <div>
        Modelled (projection): {formatCompact(row.modelled)} {unit}
        {row.band ? ` (80% band ${formatCompact(row.band[0])}–${formatCompact(row.band[1])})` : ''}
      </div>
      {row.used !== undefined ? (
        <div>
          Reported, fitted: {formatCompact(row.used)} {unit}
        </div>
      ) : null}
      {row.later !== undefined ? (
        <div>
          Reported after the cutoff: {formatCompact(row.later)} {unit}
        </div>
      ) : null}
    </div>
  );
}

export interface AsOfChartProps {
  readonly rows: readonly AsOfChartRow[];
  readonly modelLabel: string;
  /** "MAU" or "signups": the unit every value is in. */
  readonly unit: string;
  readonly cutoff: number | null;
  readonly width?: number;
  readonly height?: number;
}

/**
 * The chosen model's projection as of the cutoff, with its 80% band, against the figures it
 * saw and those reported later. The legend is a list beside the chart (not Recharts'), so
 * the exported image carries it too.
 */
export function AsOfChart({ rows, modelLabel, unit, cutoff, width, height = 320 }: AsOfChartProps) {
  const theme = useChartTheme();
  const m = theme.meaning;
  const ticks = monthTicks(rows[0]?.x ?? 0, rows.at(-1)?.x ?? 0);
  const legend = [
    { label: '80% band (modelled)', swatch: <Swatch color={m.modelled} /> },
    { label: `${modelLabel} (modelled projection)`, swatch: <Swatch color={m.modelled} shape="dashed" /> },
    { label: `Reported ${unit}, fitted`, swatch: <Swatch color={m.reported} /> },
    { label: `Reported ${unit} after the cutoff`, swatch: <Swatch color={m.expectation} /> },
  ];
  return (
    <figure aria-label="Model projection chart" data-points={rows.length} style={{ margin: 0 }}>
      <ChartLegend name="Time machine series" entries={legend} />
      <ChartFrame width={width} height={height}>
        <ComposedChart data={rows as AsOfChartRow[]} margin={{ top: 8, right: 24, bottom: 8, left: 12 }}>
          <CartesianGrid {...gridProps(theme)} />
          <XAxis
            {...axisProps(theme)}
            type="number"
            dataKey="x"
            domain={['dataMin', 'dataMax']}
            scale="time"
            ticks={ticks}
            tickFormatter={(ms: number) => formatMonth(ms)}
          />
          <YAxis {...axisProps(theme)} type="number" domain={[0, 'auto']} tickFormatter={formatCompact} width={64} />
          <Tooltip {...NO_ANIMATION} content={<Tip unit={unit} />} />
          <Area
            dataKey="band"
            name="80% band (modelled)"
            stroke="none"
            fill={m.modelled}
            fillOpacity={theme.bandOpacity}
            connectNulls
            {...NO_ANIMATION}
          />
          <Line
            dataKey="modelled"
            name={`${modelLabel} (modelled projection)`}
            stroke={m.modelled}
            strokeDasharray={DASHED}
            dot={false}
            {...NO_ANIMATION}
          />
          <Line
            dataKey="used"
            name={`Reported ${unit}, fitted`}
            stroke="none"
            dot={{ r: 4, fill: m.reported }}
            legendType="circle"
            {...NO_ANIMATION}
          />
          <Line
            dataKey="later"
            name={`Reported ${unit} after the cutoff`}
            stroke="none"
            dot={{ r: 5, fill: m.expectation }}
            legendType="diamond"
            {...NO_ANIMATION}
          />
          {cutoff !== null ? (
            <ReferenceLine
              x={cutoff}
              stroke={theme.axis}
              strokeDasharray="2 3"
              label={{ value: 'cutoff', fill: theme.axis, position: 'insideTopLeft' }}
            />
          ) : null}
        </ComposedChart>
      </ChartFrame>
    </figure>
  );
}
