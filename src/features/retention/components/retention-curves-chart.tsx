import { Area, CartesianGrid, ComposedChart, Label, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import type { ExtrapolatedPoint } from '../model/curve-fit';

/** One platform's observed curve and, when fitted, its extrapolation. */
export interface CurveSeries {
  readonly platform: string;
  readonly points: readonly { readonly day: number; readonly rate: number }[];
  readonly extrapolation: readonly ExtrapolatedPoint[];
}

export interface RetentionCurvesChartProps {
  readonly series: readonly CurveSeries[];
  /** Right end of the x axis. */
  readonly maxDay: number;
  readonly width?: number;
  readonly height?: number;
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
const percentTick = (v: number) => formatPercent(v);

/**
 * Retention by day since signup, one solid line per platform; the fitted extrapolation
 * is dashed over a shaded 95% band. Pure: it draws the rows it is given.
 */
export function RetentionCurvesChart({ series, maxDay, width, height = 380 }: RetentionCurvesChartProps) {
  const points = series.reduce((n, s) => n + s.points.length, 0);
  // Day 0 is 100% by definition; scaling to it would flatten every curve against the axis.
  const top = Math.max(0.05, ...series.flatMap((s) => [...s.points.filter((p) => p.day >= 1).map((p) => p.rate), ...s.extrapolation.map((p) => p.high)]));
  const yMax = Math.min(1, Math.ceil(top * 10) / 10);
  const chart = (
    <ComposedChart width={width} height={height} margin={{ top: 12, right: 24, bottom: 28, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#e9ecef" />
      <XAxis type="number" dataKey="day" domain={[0, maxDay]} allowDataOverflow tickFormatter={dayTick}>
        <Label value="Days since signup" position="bottom" offset={8} />
      </XAxis>
      <YAxis type="number" domain={[0, yMax]} allowDataOverflow tickFormatter={percentTick} width={56} />
      {series.flatMap((s) => {
        const color = platformColor(s.platform);
        const band = s.extrapolation.map((p) => ({ day: p.day, band: [p.low, p.high], fit: p.fit }));
        return [
          band.length > 0 ? (
            <Area
              key={`${s.platform}-band`}
              data={band}
              dataKey="band"
              stroke="none"
              fill={color}
              fillOpacity={0.14}
              isAnimationActive={false}
              className="retention-band"
            />
          ) : null,
          band.length > 0 ? (
            <Line
              key={`${s.platform}-fit`}
              data={band}
              dataKey="fit"
              stroke={color}
              strokeDasharray="6 4"
              strokeWidth={1.5}
              dot={false}
              isAnimationActive={false}
              className="retention-fit"
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
            isAnimationActive={false}
            className="retention-observed"
          />,
        ];
      })}
    </ComposedChart>
  );
  return (
    <figure
      className="chart retention-chart"
      aria-label="Retention curves chart"
      data-platforms={series.length}
      data-points={points}
      data-y-max={yMax}
      style={{ margin: 0, height }}
    >
      {width !== undefined ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>}
    </figure>
  );
}
