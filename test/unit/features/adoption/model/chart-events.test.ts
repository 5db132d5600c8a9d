import { describe, expect, it } from 'vitest';
import type { LaunchEvent } from '../../../../../src/features/adoption/api/launch-events';
import {
  chartEvents,
  eventName,
  eventsInView,
  seriesDomain,
} from '../../../../../src/features/adoption/model/chart-events';
import type { AdoptionSeries } from '../../../../../src/features/adoption/model/series';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const launch = (platform: string, region: string, iso: string, label: string): LaunchEvent => ({
  platform,
  region,
  event_date: day(iso),
  end_date: null,
  event: 'launch',
  label,
  source: `${platform} blog`,
});

const EVENTS = [
  launch('Threads', 'global', '2023-07-05', 'Threads launch'),
  launch('Threads', 'US', '2023-07-05', 'Threads launch'), // the same day in another region: one line
  launch('Threads', 'EU-27', '2023-12-14', 'Threads EU launch'),
  launch('X', 'Brazil', '2024-08-30', 'X suspended in Brazil'),
];

/** A series with one point: enough for the anchor (date − days since launch) and the domain. */
const series = (platform: string, iso: string, days: number | null, x: number) =>
  ({ platform, points: [{ date: day(iso), days_since_launch: days, x }] }) as unknown as AdoptionSeries;

describe('chartEvents', () => {
  it('places events at their dates, one line per platform and day, keeping date and source', () => {
    expect(chartEvents(EVENTS, [], false)).toEqual([
      {
        x: day('2023-07-05').getTime(),
        label: 'Threads launch',
        platform: 'Threads',
        date: day('2023-07-05'),
        source: 'Threads blog',
      },
      {
        x: day('2023-12-14').getTime(),
        label: 'Threads EU launch',
        platform: 'Threads',
        date: day('2023-12-14'),
        source: 'Threads blog',
      },
      {
        x: day('2024-08-30').getTime(),
        label: 'X suspended in Brazil',
        platform: 'X',
        date: day('2024-08-30'),
        source: 'X blog',
      },
    ]);
  });

  it('aligned, counts days from each platform’s anchor and drops platforms without one', () => {
    // Threads' 2023-07-10 figure is day 5, so its anchor is 2023-07-05; 2023-12-14 is 162 days later
    // (26 + 31 + 30 + 31 + 30 + 14). X has no anchor: its event is not drawn.
    const aligned = chartEvents(
      EVENTS,
      [series('Threads', '2023-07-10', 5, 5), series('X', '2023-07-10', null, 0)],
      true,
    );
    expect(aligned.map((e) => [e.label, e.x, e.date])).toEqual([
      ['Threads launch', 0, day('2023-07-05')],
      ['Threads EU launch', 162, day('2023-12-14')],
    ]);
  });
});

describe('eventsInView and seriesDomain', () => {
  it('keeps the events within the range the series span, ends included', () => {
    const domain = seriesDomain([series('A', '2023-01-01', null, 10), series('B', '2023-01-01', null, 40)]);
    expect(domain).toEqual([10, 40]);
    const events = [10, 25, 40, 41, 9].map((x) => ({ x, label: `at ${x}`, platform: 'A', date: day('2023-01-01') }));
    expect(eventsInView(events, domain).map((e) => e.x)).toEqual([10, 25, 40]);
  });
});

describe('eventName', () => {
  it('names a marker by its event and date', () => {
    expect(eventName({ label: 'Bluesky opens to public', date: day('2024-02-06') })).toBe(
      'Bluesky opens to public, 6 Feb 2024',
    );
  });
});
