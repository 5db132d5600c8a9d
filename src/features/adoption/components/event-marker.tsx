import type { KeyboardEvent } from 'react';
import { formatDay } from '../../../lib/time/day';
import type { ChartTheme } from '../../../lib/ui/chart-theme';
import { eventName, type ChartEvent } from '../model/chart-events';
import { calloutLeft, calloutWidth, CALLOUT_PAD_PX } from '../model/event-label-layout';

/** Height of one line in a marker's label box. */
const CALLOUT_LINE_PX = 14;

/** A thinned event, where its marker goes, and what showing or hiding its label does. */
export interface MarkerProps {
  readonly event: ChartEvent;
  readonly cx: number;
  readonly cy: number;
  readonly color: string;
  readonly ring: string;
  readonly active: boolean;
  readonly onShow: () => void;
  readonly onHide: () => void;
}

/**
 * A thinned event: a dot at the top of its line, reachable by Tab (named by the event and
 * its date) and by touch (a tap focuses it), with a wide transparent target for a finger.
 * Focus, a tap or the pointer shows its label; Escape, leaving it or tapping elsewhere hides it.
 */
export function EventMarker({ event, cx, cy, color, ring, active, onShow, onHide }: MarkerProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onHide();
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onShow();
    }
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={eventName(event)}
      className="event-marker"
      onFocus={onShow}
      onBlur={onHide}
      onClick={onShow}
      onMouseEnter={onShow}
      onMouseLeave={(e) => {
        if (document.activeElement !== e.currentTarget) onHide();
      }}
      onKeyDown={onKeyDown}
    >
      <circle cx={cx} cy={cy} r={11} fill="transparent" />
      <circle cx={cx} cy={cy} r={3} fill={color} />
      {active ? <circle cx={cx} cy={cy} r={6.5} fill="none" stroke={ring} strokeWidth={1.5} /> : null}
    </g>
  );
}

/**
 * The shown marker's label and date, in a box under the marker row, drawn over lines and
 * labels; on two lines, so it fits a phone's chart. Hidden from screen readers, which hear
 * the marker's name.
 */
export function EventCallout({
  event,
  x,
  top,
  chartWidth,
  theme,
}: {
  event: ChartEvent;
  x: number;
  top: number;
  chartWidth: number;
  theme: ChartTheme;
}) {
  const lines = [event.label, formatDay(event.date)];
  const width = calloutWidth(lines);
  const left = calloutLeft(x, width, chartWidth);
  return (
    <g className="event-callout" aria-hidden="true">
      <rect
        x={left}
        y={top}
        width={width}
        height={lines.length * CALLOUT_LINE_PX + 6}
        rx={3}
        fill={theme.background}
        stroke={theme.axis}
        strokeWidth={1}
      />
      <text x={left + CALLOUT_PAD_PX} y={top + 3} fill={theme.axis} fontSize={11}>
        {lines.map((line, i) => (
          <tspan key={i} x={left + CALLOUT_PAD_PX} dy={i === 0 ? 11 : CALLOUT_LINE_PX}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
