import { DAY_MS, daysBetween, formatDay } from '../../../lib/time/day';
import type { LaunchEvent } from '../api/launch-events';
import type { AdoptionSeries } from './series';

/** An event as the chart draws it: a reference line at `x` with its label. */
export interface ChartEvent {
  /** Epoch ms of the date, or days since the platform's anchor event when aligned. */
  readonly x: number;
  readonly label: string;
  readonly platform: string;
  /** The event's date, whatever `x` counts: a marker names its event by label and date. */
  readonly date: Date;
}

/** An event of the view, with what the data table lists beside it. */
export interface ViewEvent extends ChartEvent {
  readonly source: string;
}

/** Events as x positions: dates, or days since each platform's own launch when aligned. */
export function chartEvents(
  events: readonly LaunchEvent[],
  series: readonly AdoptionSeries[],
  aligned: boolean,
): ViewEvent[] {
  const base = (e: LaunchEvent) => ({ label: e.label, platform: e.platform, date: e.event_date, source: e.source });
  if (!aligned) return dedupe(events.map((e) => ({ x: e.event_date.getTime(), ...base(e) })));
  const anchors = new Map<string, Date>();
  for (const s of series) {
    const p = s.points[0];
    if (p && p.days_since_launch !== null)
      anchors.set(s.platform, new Date(p.date.getTime() - p.days_since_launch * DAY_MS));
  }
  return dedupe(
    events.flatMap((e) => {
      const anchor = anchors.get(e.platform);
      return anchor ? [{ x: daysBetween(anchor, e.event_date), ...base(e) }] : [];
    }),
  );
}

/** One line per platform and day: a launch listed for several regions is one event on the chart. */
function dedupe<T extends ChartEvent>(events: T[]): T[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.platform}|${e.x}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The x range the series span; events outside it are not drawn. */
export function seriesDomain(series: readonly AdoptionSeries[]): [number, number] {
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  return [Math.min(...xs), Math.max(...xs)];
}

/** The events the chart draws: those within the series' x range. */
export function eventsInView<T extends ChartEvent>(events: readonly T[], domain: readonly [number, number]): T[] {
  return events.filter((e) => e.x >= domain[0] && e.x <= domain[1]);
}

/** A marker's accessible name: "Bluesky opens to public, 6 Feb 2024". */
export function eventName(event: Pick<ChartEvent, 'label' | 'date'>): string {
  return `${event.label}, ${formatDay(event.date)}`;
}
