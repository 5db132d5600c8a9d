import { Area, CartesianGrid, ComposedChart, Label, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { platformColor } from '../../../lib/platforms';
import { ChartFrame } from '../../../lib/ui/chart-frame';
import { axisProps, gridProps, NO_ANIMATION, useChartTheme } from '../../../lib/ui/chart-theme';
import { BASELINE_VALUE, type RelativeMeasure, type RelativeSeries } from '../model/relative-curves';
import { relativeLabel } from './relative-figure-text';
import { MAX_POINTS_PER_SERIES, signupDayAxisProps } from './retention-curves-chart';
import { RetentionCurvesRelativeTooltip, type RelativeDayFigure } from './retention-curves-relative-tooltip';

export interface RetentionCurvesRelativeChartProps {
  /** Every platform but the baseline, against it. */
  readonly series: readonly RelativeSeries[];
  readonly baseline: string;
  readonly measure: RelativeMeasure;
  /** Right end of the x axis. */
  readonly maxDay: number;
  /** Fixed size for tests and exports; fills its container's width when absent. */
  readonly width?: number;
  readonly height?: number;
  /** Each platform's figure on a day, for the tooltip; without it the chart has none (exports). */
  readonly figuresOn?: (day: number) => readonly RelativeDayFigure[];
}

/** Grid steps of the y axis: 5 points, or a quarter of the baseline's retention. */
const STEP: Readonly<Record<RelativeMeasure, number>> = { difference: 0.05, ratio: 0.25 };
/** Early days of tiny cohorts can have intervals of ±100 points or 20×: the axis stops here and clips them. */
const LIMIT: Readonly<Record<RelativeMeasure, readonly [number, number]>> = { difference: [-1, 1], ratio: [0, 5] };

/** The y axis: every value and interval drawn, the baseline's line, rounded out to whole steps. */
export function relativeDomain(series: readonly RelativeSeries[], measure: RelativeMeasure): [number, number] {
  const values = series.flatMap((s) =>
    s.points.flatMap((p) => (p.interval ? [p.value, p.interval.low, p.interval.high] : [p.value])),
  );
  const step = STEP[measure];
  const [floor, ceiling] = LIMIT[measure];
  const low = Math.min(BASELINE_VALUE[measure], ...values);
  const high = Math.max(BASELINE_VALUE[measure], ...values);
  // Rounded before flooring, so 0.15 / 0.05 = 2.9999… does not add a step.
  const down = Math.floor(Math.round((low / step) * 1e9) / 1e9);
  const up = Math.ceil(Math.round((high / step) * 1e9) / 1e9);
  const at = (steps: number) => Math.round(steps * step * 1e9) / 1e9;
  return [Math.max(floor, at(down)), Math.min(ceiling, at(Math.max(up, down + 1)))];
}

/** The y axis's ticks: every whole step of the domain, every second or fifth one when that makes over ten. */
export function relativeTicks([low, high]: readonly [number, number], measure: RelativeMeasure): number[] {
  const base = STEP[measure];
  const step = [1, 2, 5, 10].map((k) => k * base).find((s) => (high - low) / s <= 10) ?? (high - low) / 10;
  const first = Math.ceil(Math.round((low / step) * 1e9) / 1e9);
  const ticks: number[] = [];
  for (let k = first; k * step <= high + 1e-9; k++) ticks.push(Math.round(k * step * 1e9) / 1e9);
  return ticks;
}

/** Axis labels as short as they can be: "+5 pt", "1.25×". */
const yTick = (measure: RelativeMeasure) => (v: number) =>
  measure === 'difference' ? `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.round(Math.abs(v) * 100)} pt` : `${v}×`;

/**
 * Retention curves against a baseline platform: each other platform's difference (in points)
 * or ratio to it by day since signup, inside its 95% interval, and the baseline itself as
 * the named 0 (or 1×) line. Observed days only: a fitted extrapolation is a model's
 * guess, and a difference of two guesses would look more certain than either. Pure.
 */
export function RetentionCurvesRelativeChart(props: RetentionCurvesRelativeChartProps) {
  const { series, baseline, measure, maxDay, width, height = 380, figuresOn } = props;
  const theme = useChartTheme();
  const domain = relativeDomain(series, measure);
  const drawn = series.map((s) => ({ ...s, points: s.points.slice(0, MAX_POINTS_PER_SERIES) }));
  return (
    <figure
      className="chart retention-chart"
      aria-label={`Retention curves relative to ${baseline} chart`}
      data-baseline={baseline}
      data-measure={measure}
      data-platforms={series.length}
      data-points={drawn.reduce((n, s) => n + s.points.length, 0)}
      data-y-min={domain[0]}
      data-y-max={domain[1]}
      style={{ margin: 0, height }}
    >
      <ChartFrame width={width} height={height}>
        <ComposedChart margin={{ top: 12, right: 24, bottom: 28, left: 8 }}>
          <CartesianGrid {...gridProps(theme)} />
          <XAxis {...signupDayAxisProps(maxDay, theme)}>
            <Label value="Days since signup" position="bottom" offset={8} fill={theme.axis} />
          </XAxis>
          <YAxis
            type="number"
            domain={domain}
            ticks={relativeTicks(domain, measure)}
            allowDataOverflow
            tickFormatter={yTick(measure)}
            width={64}
            {...axisProps(theme)}
          >
            <Label
              value={relativeLabel(baseline, measure)}
              angle={-90}
              position="insideLeft"
              offset={-2}
              style={{ textAnchor: 'middle', fontSize: 11 }}
              fill={theme.axis}
            />
          </YAxis>
          <ReferenceLine
            y={BASELINE_VALUE[measure]}
            stroke={platformColor(baseline, theme.name)}
            strokeWidth={2}
            className="retention-baseline"
          >
            <Label value={`${baseline} (baseline)`} position="insideTopRight" fill={theme.axis} />
          </ReferenceLine>
          {figuresOn ? (
            <Tooltip
              content={<RetentionCurvesRelativeTooltip baseline={baseline} measure={measure} figuresOn={figuresOn} />}
              cursor={{ strokeDasharray: '3 3' }}
              {...NO_ANIMATION}
            />
          ) : null}
          {drawn.flatMap((s) => {
            const color = platformColor(s.platform, theme.name);
            const band = s.points.map((p) => ({
              day: p.day,
              band: p.interval ? [p.interval.low, p.interval.high] : null,
            }));
            return [
              <Area
                key={`${s.platform}-interval`}
                data={band}
                dataKey="band"
                stroke="none"
                fill={color}
                fillOpacity={theme.bandOpacity}
                className="retention-relative-band"
                {...NO_ANIMATION}
              />,
              <Line
                key={`${s.platform}-relative`}
                data={s.points}
                dataKey="value"
                name={s.platform}
                stroke={color}
                strokeWidth={2}
                dot={false}
                className="retention-relative"
                {...NO_ANIMATION}
              />,
            ];
          })}
        </ComposedChart>
      </ChartFrame>
    </figure>
  );
}
