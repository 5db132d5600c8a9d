import {
  CartesianGrid,
  Label,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCompact } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import { formatMonth } from '../../../lib/time/day';
import { monthTicks } from '../../../lib/time/ticks';
import { ChartFrame } from '../../../lib/ui/chart-frame';
import { axisProps, DASHED, gridProps, NO_ANIMATION, useChartTheme } from '../../../lib/ui/chart-theme';
import { layoutEventLabels, LABEL_OFFSET_PX } from '../model/event-label-layout';
import type { AdoptionSeries } from '../model/series';
import { AdoptionTooltip } from './adoption-tooltip';
import { segmentedLine } from './segmented-line';

export interface ChartEvent {
  readonly x: number;
  readonly label: string;
  readonly platform: string;
}

export interface AdoptionChartProps {
  readonly series: readonly AdoptionSeries[];
  readonly events: readonly ChartEvent[];
  readonly scale: 'linear' | 'log';
  readonly aligned: boolean;
  /** Fixed size for tests and exports; fills its container when absent. */
  readonly width?: number;
  readonly height?: number;
}

/** Height of one row of event labels. */
const ROW_PX = 14;

/**
 * The events' labels, laid out on the plot as drawn (its real width, on screen or in a
 * fixed-size export) so that none overlaps another: staggered in rows down to a third of
 * the plot's height; past that, a label is thinned to a marker at the top of its line
 * that names the event on hover, as does a label cut short to fit.
 */
function EventLabels({ events, colorOf }: { events: readonly ChartEvent[]; colorOf: (platform: string) => string }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  const theme = useChartTheme();
  if (!plot || !scale) return null;
  const xs = events.map((e) => (scale(e.x) ?? plot.x) - plot.x);
  const maxRows = Math.max(2, Math.floor(plot.height / 3 / ROW_PX));
  const placed = layoutEventLabels(
    events.map((e, i) => ({ x: xs[i] ?? 0, text: e.label })),
    plot.width,
    maxRows,
  );
  return (
    <g className="event-labels">
      {placed.map((p, i) => {
        const e = events[i]!;
        const x = plot.x + (xs[i] ?? 0);
        const key = `${e.platform}-${e.label}-${e.x}`;
        if (!p.shown)
          return (
            <circle key={key} cx={x} cy={plot.y + 3} r={3} fill={colorOf(e.platform)} className="event-marker">
              <title>{e.label}</title>
            </circle>
          );
        return (
          <text
            key={key}
            x={x + (p.anchor === 'start' ? LABEL_OFFSET_PX : -LABEL_OFFSET_PX)}
            y={plot.y + 12 + p.row * ROW_PX}
            fill={colorOf(e.platform)}
            stroke={theme.background}
            strokeWidth={3}
            paintOrder="stroke"
            fontSize={11}
            textAnchor={p.anchor}
            className="event-label"
          >
            {p.text}
            {p.text === e.label ? null : <title>{e.label}</title>}
          </text>
        );
      })}
    </g>
  );
}

const formatDaysTick = (days: number) => `day ${days}`;
const formatDateTick = (ms: number) => formatMonth(ms);

/**
 * Users over time, one line per series (platform, measure, basis, vendor, coverage).
 * Points are irregular milestones, so each is a hoverable dot joined by straight
 * segments: the chart interpolates, the data does not, and no segment crosses a gap in
 * the figures. Estimates are dashed with hollow dots, company figures solid.
 */
export function AdoptionChart({ series, events, scale, aligned, width, height = 420 }: AdoptionChartProps) {
  const theme = useChartTheme();
  const color = (platform: string) => platformColor(platform, theme.name);
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const domain: [number, number] = [Math.min(...xs), Math.max(...xs)];
  const visible = events.filter((e) => e.x >= domain[0] && e.x <= domain[1]);
  return (
    <ChartFrame width={width} height={height}>
      <ScatterChart margin={{ top: 28, right: 24, bottom: 28, left: 12 }}>
        <CartesianGrid {...gridProps(theme)} />
        <XAxis
          type="number"
          dataKey="x"
          domain={domain}
          scale="linear"
          ticks={aligned ? undefined : monthTicks(domain[0], domain[1])}
          tickFormatter={aligned ? formatDaysTick : formatDateTick}
          {...axisProps(theme)}
        >
          <Label value={aligned ? 'Days since launch' : 'Date'} position="bottom" offset={8} fill={theme.axis} />
        </XAxis>
        <YAxis
          type="number"
          dataKey="value"
          scale={scale}
          domain={scale === 'log' ? ['auto', 'auto'] : [0, 'auto']}
          allowDataOverflow={false}
          tickFormatter={formatCompact}
          width={64}
          {...axisProps(theme)}
        />
        <Tooltip content={<AdoptionTooltip />} cursor={{ strokeDasharray: '3 3' }} {...NO_ANIMATION} />
        {visible.map((e) => (
          <ReferenceLine
            key={`${e.platform}-${e.label}-${e.x}`}
            x={e.x}
            stroke={color(e.platform)}
            strokeOpacity={0.55}
            strokeDasharray="2 4"
          />
        ))}
        {series.map((s) => {
          const stroke = color(s.platform);
          const estimate = s.basis === 'estimate';
          return (
            <Scatter
              key={s.key}
              name={s.label}
              data={s.points as unknown as Record<string, unknown>[]}
              line={segmentedLine(
                s.segments.map((run) => run.length),
                { stroke, strokeWidth: 2, strokeDasharray: estimate ? DASHED : undefined },
              )}
              fill={estimate ? theme.background : stroke}
              stroke={stroke}
              strokeWidth={1.5}
              shape="circle"
              className={`series series-${estimate ? 'estimate' : 'company'}`}
              {...NO_ANIMATION}
            />
          );
        })}
        <EventLabels events={visible} colorOf={color} />
      </ScatterChart>
    </ChartFrame>
  );
}
