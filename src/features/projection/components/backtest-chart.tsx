import { CartesianGrid, ComposedChart, Line, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import { DAY_MS, formatDay, formatMonth } from '../../../lib/time/day';
import { monthTicks } from '../../../lib/time/ticks';
import { ChartFrame } from '../../../lib/ui/chart-frame';
import { ChartLegend } from '../../../lib/ui/chart-legend';
import { axisProps, gridProps, useChartTheme } from '../../../lib/ui/chart-theme';
import { Swatch } from '../../../lib/ui/swatch';
import type { BacktestResult } from '../model/backtest';
import { backtestScale } from '../model/projection-scale';
import { ValuesTooltip } from './chart-tooltip';

export interface BacktestChartProps {
  readonly platform: string;
  /** The model the lines come from, named in the legend. */
  readonly modelLabel: string;
  readonly analogueStart: Date;
  readonly result: BacktestResult;
  readonly width?: number;
  readonly height?: number;
}

/**
 * The modelled lines as drawn: every day since the analogue launch, thinned to about 400
 * points. Exports use it too, so they hold exactly what is drawn.
 */
export function backtestLines(result: BacktestResult): { day: number; signups: number; actives: number }[] {
  const step = Math.max(1, Math.floor(result.platformSignups.length / 400));
  const lines = [];
  for (let d = 0; d < result.platformSignups.length; d += step) {
    lines.push({ day: d, signups: result.platformSignups[d] ?? 0, actives: result.platformActives[d] ?? 0 });
  }
  return lines;
}

/**
 * The modelled platform (both launches, under the model named) against what was reported
 * after the cutoff, on the calendar: reported MAU next to modelled active users, reported
 * signups next to modelled signups.
 */
export function BacktestChart({
  platform,
  modelLabel,
  analogueStart,
  result,
  width,
  height = 320,
}: BacktestChartProps) {
  const start = analogueStart.getTime();
  const lines = backtestLines(result).map((l) => ({
    x: start + l.day * DAY_MS,
    signups: l.signups,
    actives: l.actives,
  }));
  const points = (measure: 'registered' | 'MAU') =>
    result.points.filter((p) => p.measure === measure).map((p) => ({ x: start + p.day * DAY_MS, reported: p.value }));
  const theme = useChartTheme();
  const { active, reported } = theme.meaning;
  const color = platformColor(platform, theme.name);
  const names = {
    signups: `Modelled signups (platform, ${modelLabel})`,
    actives: `Modelled active users (platform, ${modelLabel})`,
    mau: 'Reported MAU',
    registered: 'Reported signups',
  };
  const { yMax, clippedFrom } = backtestScale(
    result.points.map((p) => p.value),
    lines,
  );
  const clippedAt = clippedFrom === null ? null : lines[clippedFrom]?.x;
  // Month starts at an even step (months, quarters or years), as the Adoption chart has them:
  // left to Recharts, the time axis ticked at uneven data points that crowded one end.
  const xs = [...lines.map((l) => l.x), ...result.points.map((p) => start + p.day * DAY_MS)];
  const ticks = monthTicks(Math.min(...xs), Math.max(...xs));
  const chart = (
    <ComposedChart data={lines} margin={{ top: 8, right: 24, bottom: 8, left: 12 }}>
      <CartesianGrid {...gridProps(theme)} />
      <XAxis
        {...axisProps(theme)}
        // Clear of the y-axis's "0": the first x label sits right under it, and at 2 px their glyphs touched.
        tickMargin={6}
        type="number"
        dataKey="x"
        domain={['dataMin', 'dataMax']}
        scale="time"
        ticks={ticks}
        tickFormatter={(ms: number) => formatMonth(ms)}
      />
      <YAxis
        {...axisProps(theme)}
        type="number"
        domain={[0, yMax]}
        allowDataOverflow
        tickFormatter={formatCompact}
        width={64}
      />
      <Tooltip
        isAnimationActive={false}
        content={
          <ValuesTooltip
            heading={(ms) => formatDay(ms)}
            unitOf={(key) =>
              key === 'actives' ? 'active users (modelled)' : key === 'signups' ? 'signups (modelled)' : '(reported)'
            }
          />
        }
      />
      <Line dataKey="signups" name={names.signups} stroke={color} dot={false} isAnimationActive={false} />
      <Line dataKey="actives" name={names.actives} stroke={active} dot={false} isAnimationActive={false} />
      <Scatter
        data={points('MAU')}
        dataKey="reported"
        name={names.mau}
        fill={reported}
        shape="diamond"
        isAnimationActive={false}
      />
      <Scatter
        data={points('registered')}
        dataKey="reported"
        name={names.registered}
        fill={color}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
  return (
    <figure aria-label="Backtest chart" data-points={result.points.length} data-y-max={yMax} style={{ margin: 0 }}>
      <ChartLegend
        name="Backtest series"
        entries={[
          { label: names.signups, swatch: <Swatch color={color} shape="solid" /> },
          { label: names.actives, swatch: <Swatch color={active} shape="solid" /> },
          { label: names.mau, swatch: <Swatch color={reported} shape="diamond" /> },
          { label: names.registered, swatch: <Swatch color={color} shape="dot" /> },
        ]}
      />
      <ChartFrame width={width} height={height}>
        {chart}
      </ChartFrame>
      {clippedAt == null ? null : (
        <figcaption className="chart-note">
          The axis is scaled to the reported figures: the modelled lines run above the chart from {formatDay(clippedAt)}
          , past {formatCompact(yMax)}.
        </figcaption>
      )}
    </figure>
  );
}
