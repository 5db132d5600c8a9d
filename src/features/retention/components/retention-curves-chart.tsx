import { Area, CartesianGrid, ComposedChart, Label, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import { dayTicks } from '../../../lib/time/ticks';
import { ChartFrame } from '../../../lib/ui/chart-frame';
import { axisProps, DASHED, gridProps, NO_ANIMATION, useChartTheme } from '../../../lib/ui/chart-theme';
import type { CurveDayFigure } from '../model/curve-day-figures';
import type { ExtrapolatedPoint } from '../model/curve-fit';
import { RetentionCurvesTooltip } from './retention-curves-tooltip';

/** One platform's observed curve and, when fitted, its extrapolation. */
export interface CurveSeries {
  readonly platform: string;
  readonly points: readonly { readonly day: number; readonly rate: number }[];
  readonly extrapolation: readonly ExtrapolatedPoint[];
  /** Cohort-to-cohort variation along the observed days (bootstrap over cohorts), when computed. */
  readonly variation?: readonly {
    readonly day: number;
    readonly rate: number;
    readonly low: number;
    readonly high: number;
  }[];
}

export interface RetentionCurvesChartProps {
  readonly series: readonly CurveSeries[];
  /** Right end of the x axis. */
  readonly maxDay: number;
  /** Fixed size for tests and exports; fills its container's width when absent. */
  readonly width?: number;
  readonly height?: number;
  /** Each platform's figure on a day, for the tooltip; without it the chart has none (exports). */
  readonly figuresOn?: (day: number) => readonly CurveDayFigure[];
}

/** Charts receive at most this many points per series. */
export const MAX_POINTS_PER_SERIES = 2000;

/**
 * The observed points a series is drawn with: from day 1 (day 0 is 100% by definition),
 * at most MAX_POINTS_PER_SERIES. Exports use it too, so they hold exactly what is drawn.
 */
export function plottedPoints(series: CurveSeries): CurveSeries['points'] {
  return series.points.filter((p) => p.day >= 1).slice(0, MAX_POINTS_PER_SERIES);
}

const dayTick = (d: number) => `${d}`;

/** The days-since-signup x-axis both curves charts (absolute and relative to a baseline) share. */
export const signupDayAxisProps = (maxDay: number, theme: Parameters<typeof axisProps>[0]) => ({
  type: 'number' as const,
  dataKey: 'day',
  domain: [0, maxDay],
  allowDataOverflow: true,
  ticks: dayTicks(maxDay),
  tickFormatter: dayTick,
  ...axisProps(theme),
});
const percentTick = (v: number) => formatPercent(v);

/**
 * Retention by day since signup, one solid line per platform inside a dotted-edged band
 * of cohort-to-cohort variation; the fitted extrapolation is dashed over a shaded 95%
 * band without edges, so the two bands are not confused. Pure: it draws the rows it is given.
 */
export function RetentionCurvesChart({ series, maxDay, width, height = 380, figuresOn }: RetentionCurvesChartProps) {
  const theme = useChartTheme();
  const points = series.reduce((n, s) => n + s.points.length, 0);
  // Day 0 is 100% by definition; scaling to it would flatten every curve against the axis.
  const top = Math.max(
    0.05,
    ...series.flatMap((s) => [
      ...s.points.filter((p) => p.day >= 1).map((p) => p.rate),
      ...s.extrapolation.map((p) => p.high),
    ]),
  );
  const yMax = Math.min(1, Math.ceil(top * 10) / 10);
  return (
    <figure
      className="chart retention-chart"
      aria-label="Retention curves chart"
      data-platforms={series.length}
      data-points={points}
      data-y-max={yMax}
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
            domain={[0, yMax]}
            allowDataOverflow
            tickFormatter={percentTick}
            width={56}
            {...axisProps(theme)}
          />
          {figuresOn ? (
            <Tooltip
              content={<RetentionCurvesTooltip figuresOn={figuresOn} />}
              cursor={{ strokeDasharray: '3 3' }}
              {...NO_ANIMATION}
            />
          ) : null}
          {series.flatMap((s) => {
            const color = platformColor(s.platform, theme.name);
            const band = s.extrapolation.map((p) => ({ day: p.day, band: [p.low, p.high], fit: p.fit }));
            const variation = (s.variation ?? [])
              .filter((p) => p.day >= 1)
              .map((p) => ({ day: p.day, variation: [p.low, p.high] }));
            return [
              variation.length > 0 ? (
                <Area
                  key={`${s.platform}-variation`}
                  data={variation}
                  dataKey="variation"
                  stroke={color}
                  strokeOpacity={0.6}
                  strokeDasharray="1 3"
                  fill={color}
                  fillOpacity={theme.bandOpacity / 2}
                  className="retention-variation"
                  {...NO_ANIMATION}
                />
              ) : null,
              band.length > 0 ? (
                <Area
                  key={`${s.platform}-band`}
                  data={band}
                  dataKey="band"
                  stroke="none"
                  fill={color}
                  fillOpacity={theme.bandOpacity}
                  className="retention-band"
                  {...NO_ANIMATION}
                />
              ) : null,
              band.length > 0 ? (
                <Line
                  key={`${s.platform}-fit`}
                  data={band}
                  dataKey="fit"
                  stroke={color}
                  strokeDasharray={DASHED}
                  strokeWidth={1.5}
                  dot={false}
                  className="retention-fit"
                  {...NO_ANIMATION}
                />
              ) : null,
              <Line
                key={`${s.platform}-observed`}
                data={plottedPoints(s)}
                dataKey="rate"
                name={s.platform}
                stroke={color}
                strokeWidth={2}
                dot={false}
                className="retention-observed"
                {...NO_ANIMATION}
              />,
            ];
          })}
        </ComposedChart>
      </ChartFrame>
    </figure>
  );
}
