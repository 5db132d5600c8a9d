import { memo, useState } from 'react';
import { CartesianGrid, Label, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { formatCompact } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import { formatMonth } from '../../../lib/time/day';
import { monthTicks } from '../../../lib/time/ticks';
import { ChartFrame } from '../../../lib/ui/chart-frame';
import { ChartTooltip } from '../../../lib/ui/chart-tooltip';
import { axisProps, DASHED, gridProps, NO_ANIMATION, useChartTheme } from '../../../lib/ui/chart-theme';
import { eventsInView, seriesDomain, type ChartEvent } from '../model/chart-events';
import { labelBandHeight, MAX_LABEL_ROWS } from '../model/event-label-layout';
import type { AdoptionSeries } from '../model/series';
import { AdoptionTooltip } from './adoption-tooltip';
import { EventLabels } from './event-labels';
import { segmentedLine } from './segmented-line';

export interface AdoptionChartProps {
  readonly series: readonly AdoptionSeries[];
  readonly events: readonly ChartEvent[];
  readonly scale: 'linear' | 'log';
  readonly aligned: boolean;
  /** Fixed size for tests and exports; fills its container when absent. */
  readonly width?: number;
  readonly height?: number;
}

const formatDaysTick = (days: number) => `day ${days}`;
const formatDateTick = (ms: number) => formatMonth(ms);

/**
 * Users over time, one line per series (platform, measure, basis, vendor, coverage).
 * Points are irregular milestones, so each is a hoverable dot joined by straight
 * segments: the chart interpolates, the data does not, and no segment crosses a gap in
 * the figures. Estimates are dashed with hollow dots, company figures solid.
 *
 * Memoised: the section re-renders whenever a query's state moves (the landing queries
 * starting, say), and drawing this chart costs Recharts ~160 ms of the main thread, on
 * which the engine's answers then wait. It redraws only when what it draws changes.
 */
export const AdoptionChart = memo(function AdoptionChart({
  series,
  events,
  scale,
  aligned,
  width,
  height = 420,
}: AdoptionChartProps) {
  const theme = useChartTheme();
  const color = (platform: string) => platformColor(platform, theme.name);
  const domain = seriesDomain(series);
  const visible = eventsInView(events, domain);
  // The band of event labels above the plot: as many rows as its labels take (the most
  // until they are laid out, so a first draw never crops one).
  const [labelRows, setLabelRows] = useState(MAX_LABEL_ROWS);
  return (
    <ChartFrame width={width} height={height}>
      <ScatterChart margin={{ top: labelBandHeight(labelRows), right: 24, bottom: 28, left: 12 }}>
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
        <ChartTooltip content={<AdoptionTooltip />} cursor={{ strokeDasharray: '3 3' }} {...NO_ANIMATION} />
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
        <EventLabels events={visible} colorOf={color} onRows={setLabelRows} />
      </ScatterChart>
    </ChartFrame>
  );
});
