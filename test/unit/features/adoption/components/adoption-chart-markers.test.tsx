// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { AdoptionChart } from '../../../../../src/features/adoption/components/adoption-chart';
import { toSeries } from '../../../../../src/features/adoption/model/series';
import { ADOPTION_POINTS } from '../../../charts/fixtures';
import { renderToDom } from '../../../charts/svg-snapshot';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Eight events a month apart inside the fixture's range: on a narrow chart most are thinned to markers. */
const EVENTS = Array.from({ length: 8 }, (_, i) => {
  const date = day(`2023-${String(i + 3).padStart(2, '0')}-01`);
  return { x: date.getTime(), date, label: `Event number ${i + 1}`, platform: 'Threads' };
});

const fire = async (target: Element, event: Event) => {
  await act(async () => {
    target.dispatchEvent(event);
  });
};

describe('adoption chart: thinned event labels', () => {
  it('are markers reachable by keyboard, each named by its event and date, showing its label on focus or tap', async () => {
    const container = await renderToDom(
      <AdoptionChart
        series={toSeries(ADOPTION_POINTS, false)}
        events={EVENTS}
        scale="linear"
        aligned={false}
        width={320}
        height={300}
      />,
    );
    const labels = [...container.querySelectorAll('text.event-label')].map((t) => t.textContent);
    const markers = [...container.querySelectorAll('.event-marker')];
    // Every event is drawn once, as a label or as a marker, and some are thinned.
    expect(labels.length + markers.length).toBe(EVENTS.length);
    expect(markers.length).toBeGreaterThan(0);
    const names = EVENTS.map(
      (e, i) => `Event number ${i + 1}, 1 ${e.date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} 2023`,
    );
    for (const m of markers) {
      expect(m.getAttribute('role')).toBe('button');
      expect(m.getAttribute('tabindex')).toBe('0');
      expect(names).toContain(m.getAttribute('aria-label'));
    }
    // The shown label, its lines read in order: the event, then its date.
    const callout = () => {
      const lines = [...container.querySelectorAll('.event-callout tspan')].map((t) => t.textContent);
      return lines.length === 0 ? null : lines.join(', ');
    };
    expect(callout()).toBeNull();
    const first = markers[0]!;
    await fire(first, new FocusEvent('focusin', { bubbles: true }));
    expect(callout()).toBe(first.getAttribute('aria-label'));
    await fire(first, new FocusEvent('focusout', { bubbles: true }));
    expect(callout()).toBeNull();
    // A tap (a click without focus, as some touch browsers give) shows it too.
    const last = markers[markers.length - 1]!;
    await fire(last, new MouseEvent('click', { bubbles: true }));
    expect(callout()).toBe(last.getAttribute('aria-label'));
    await fire(last, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(callout()).toBeNull();
  });
});
