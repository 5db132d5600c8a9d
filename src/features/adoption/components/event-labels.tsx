import { useLayoutEffect, useState } from 'react';
import { DefaultZIndexes, useChartWidth, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import type { ChartEvent } from '../model/chart-events';
import {
  labelBaseline,
  layoutEventLabels,
  LABEL_OFFSET_PX,
  markerCentre,
  MAX_LABEL_ROWS,
  rowsTaken,
} from '../model/event-label-layout';
import { EventCallout, EventMarker } from './event-marker';

/** From a label's baseline to the top of its text, where its line ends. */
const TEXT_ASCENT_PX = 9;
/** Markers and a marker's label: above the series (600), below the tooltip's cursor and active dot. */
const MARKER_LAYER = DefaultZIndexes.scatter + 1;

const eventKey = (e: ChartEvent) => `${e.platform}-${e.label}-${e.x}`;

/**
 * The events' labels, in a band above the plot so that none covers the data, laid out for
 * the plot as drawn (its real width, on screen or in a fixed-size export) so that none
 * overlaps another: staggered in up to `MAX_LABEL_ROWS` rows, each joined to its event's
 * line; past them, a label is thinned to a marker above its line (see EventMarker). A label
 * cut short to fit names the whole event on hover; every event is also listed in the
 * chart's table of events. `onRows` hears how many rows the band needs, for the chart's
 * top margin: the layout depends on the plot's width only, so the band settles at once.
 */
export function EventLabels({
  events,
  colorOf,
  onRows,
}: {
  events: readonly ChartEvent[];
  colorOf: (platform: string) => string;
  onRows: (rows: number) => void;
}) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  const theme = useChartTheme();
  const chartWidth = useChartWidth();
  const [active, setActive] = useState<string | null>(null);
  const xs = plot && scale ? events.map((e) => (scale(e.x) ?? plot.x) - plot.x) : [];
  const placed = plot
    ? layoutEventLabels(
        events.map((e, i) => ({ x: xs[i] ?? 0, text: e.label })),
        plot.width,
        MAX_LABEL_ROWS,
      )
    : [];
  const rows = rowsTaken(placed);
  useLayoutEffect(() => onRows(rows), [onRows, rows]);
  if (!plot || !scale) return null;
  const thinned = (i: number) => placed[i]?.shown === false;
  const shownIndex = events.findIndex((e, i) => eventKey(e) === active && thinned(i));
  const shown = events[shownIndex];
  const labelled = events.flatMap((e, i) => {
    const p = placed[i];
    if (!p?.shown) return [];
    return [{ e, p, x: plot.x + (xs[i] ?? 0), y: labelBaseline(plot.y, p.row) }];
  });
  return (
    <>
      {/* Lines first, then every label: a label's halo reads over another's line. */}
      <g className="event-label-lines">
        {labelled.map(({ e, x, y }) => (
          <line
            key={eventKey(e)}
            x1={x}
            x2={x}
            y1={plot.y}
            y2={y - TEXT_ASCENT_PX}
            stroke={colorOf(e.platform)}
            strokeOpacity={0.55}
            strokeDasharray="2 4"
          />
        ))}
      </g>
      <g className="event-labels">
        {labelled.map(({ e, p, x, y }) => (
          <text
            key={eventKey(e)}
            x={x + (p.anchor === 'start' ? LABEL_OFFSET_PX : -LABEL_OFFSET_PX)}
            y={y}
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
        ))}
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
                cy={markerCentre(plot.y)}
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
              top={plot.y + 2}
              chartWidth={chartWidth ?? plot.x + plot.width}
              theme={theme}
            />
          ) : null}
        </g>
      </ZIndexLayer>
    </>
  );
}
