import { useState } from 'react';
import { DefaultZIndexes, useChartWidth, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import type { ChartEvent } from '../model/chart-events';
import { layoutEventLabels, LABEL_OFFSET_PX } from '../model/event-label-layout';
import { EventCallout, EventMarker } from './event-marker';

/** Height of one row of event labels. */
const ROW_PX = 14;
/** Markers and a marker's label: above the series (600), below the tooltip's cursor and active dot. */
const MARKER_LAYER = DefaultZIndexes.scatter + 1;

const eventKey = (e: ChartEvent) => `${e.platform}-${e.label}-${e.x}`;

/**
 * The events' labels, laid out on the plot as drawn (its real width, on screen or in a
 * fixed-size export) so that none overlaps another: staggered in rows down to a third of
 * the plot's height; past that, a label is thinned to a marker at the top of its line
 * (see EventMarker). A label cut short to fit names the whole event on hover; every event
 * is also listed in the chart's table of events.
 */
export function EventLabels({
  events,
  colorOf,
}: {
  events: readonly ChartEvent[];
  colorOf: (platform: string) => string;
}) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  const theme = useChartTheme();
  const chartWidth = useChartWidth();
  const [active, setActive] = useState<string | null>(null);
  if (!plot || !scale) return null;
  const xs = events.map((e) => (scale(e.x) ?? plot.x) - plot.x);
  const maxRows = Math.max(2, Math.floor(plot.height / 3 / ROW_PX));
  const placed = layoutEventLabels(
    events.map((e, i) => ({ x: xs[i] ?? 0, text: e.label })),
    plot.width,
    maxRows,
  );
  const thinned = (i: number) => placed[i]?.shown === false;
  const shownIndex = events.findIndex((e, i) => eventKey(e) === active && thinned(i));
  const shown = events[shownIndex];
  return (
    <>
      <g className="event-labels">
        {placed.map((p, i) => {
          const e = events[i]!;
          if (!p.shown) return null;
          const x = plot.x + (xs[i] ?? 0);
          return (
            <text
              key={eventKey(e)}
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
      {/* Above the event lines and the series, so a marker takes the tap and its label reads over them. */}
      <ZIndexLayer zIndex={MARKER_LAYER}>
        <g className="event-markers">
          {events.map((e, i) => {
            if (!thinned(i)) return null;
            const key = eventKey(e);
            return (
              <EventMarker
                key={key}
                event={e}
                cx={plot.x + (xs[i] ?? 0)}
                cy={plot.y + 3}
                color={colorOf(e.platform)}
                ring={theme.axis}
                active={key === active}
                onShow={() => setActive(key)}
                onHide={() => setActive((current) => (current === key ? null : current))}
              />
            );
          })}
          {shown ? (
            <EventCallout
              event={shown}
              x={plot.x + (xs[shownIndex] ?? 0)}
              top={plot.y + 12}
              chartWidth={chartWidth ?? plot.x + plot.width}
              theme={theme}
            />
          ) : null}
        </g>
      </ZIndexLayer>
    </>
  );
}
