import { CartesianGrid, Label, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import { formatMonth } from '../../../lib/time/day';
import { monthTicks } from '../../../lib/time/ticks';
import { ChartFrame } from '../../../lib/ui/chart-frame';
import { axisProps, DASHED, gridProps, NO_ANIMATION, useChartTheme } from '../../../lib/ui/chart-theme';
import { labelRows } from '../model/label-rows';
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

interface EventLabelProps {
  readonly text: string;
  readonly row: number;
  readonly color: string;
  readonly anchorEnd: boolean;
  /** Set by Recharts when it clones the label into the reference line. */
  readonly viewBox?: { x?: number; y?: number };
}

/** An event's label, stacked in its row so neighbouring labels do not overprint. */
function EventLabel({ text, row, color, anchorEnd, viewBox }: EventLabelProps) {
  const x = (viewBox?.x ?? 0) + (anchorEnd ? -4 : 4);
  const y = (viewBox?.y ?? 0) + 12 + row * 14;
  return (
    <text x={x} y={y} fill={color} fontSize={11} textAnchor={anchorEnd ? 'end' : 'start'} className="event-label">
      {text}
    </text>
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
  // Approximate label extents in x units from their length: 11px text is ~6.3px a character.
  const span = domain[1] - domain[0] || 1;
  const unitsPerPx = span / ((width ?? 1100) - 100);
  const anchorEnd = visible.map((e) => (e.x - domain[0]) / span > 0.75);
  const rows = labelRows(
    visible.map((e, i) => {
      const w = (e.label.length * 6.3 + 8) * unitsPerPx;
      return anchorEnd[i] ? { start: e.x - w, end: e.x } : { start: e.x, end: e.x + w };
    }),
  );
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
        {visible.map((e, i) => (
          <ReferenceLine
            key={`${e.platform}-${e.label}-${e.x}`}
            x={e.x}
            stroke={color(e.platform)}
            strokeOpacity={0.55}
            strokeDasharray="2 4"
            label={
              <EventLabel
                text={e.label}
                row={rows[i] ?? 0}
                color={color(e.platform)}
                anchorEnd={anchorEnd[i] ?? false}
              />
            }
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
      </ScatterChart>
    </ChartFrame>
  );
}
