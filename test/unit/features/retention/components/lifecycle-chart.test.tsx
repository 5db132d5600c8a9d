// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { LifecycleRow } from '../../../../../src/features/retention/api/lifecycle';
import { LifecycleChart } from '../../../../../src/features/retention/components/lifecycle-chart';
import { chartSvg, expectSvgSnapshot, renderToDom } from '../../../charts/svg-snapshot';

const week = (day: string, n: number, r: number, s: number, d: number, complete = true): LifecycleRow => ({
  platform: 'Threads',
  period: new Date(`${day}T00:00:00Z`),
  new_users: n,
  returning_users: r,
  resurrecting_users: s,
  dormant_users: d,
  complete,
  modelled: true,
});

/** Five weeks: a launch, a fall-off, a steady state, a partial last week. */
const ROWS = [
  week('2024-01-01', 40, 0, 0, 0),
  week('2024-01-08', 10, 25, 0, 15),
  week('2024-01-15', 5, 20, 4, 15),
  week('2024-01-22', 5, 18, 6, 11),
  week('2024-01-29', 2, 12, 3, 17, false),
];

describe('lifecycle chart', () => {
  it('stacks new, returning and resurrecting above zero and dormant below it', async () => {
    const container = await renderToDom(
      <LifecycleChart platform="Threads" rows={ROWS} grain="week" width={640} height={300} />,
    );
    const layers = [...container.querySelectorAll('.recharts-bar')];
    expect(layers).toHaveLength(4);
    const rects = (layer: Element) => [...layer.querySelectorAll('.recharts-bar-rectangle path')];
    // Recharts draws no rectangle for a zero: new has 5 weeks, returning 4, resurrecting 3, dormant 4.
    expect(layers.map((l) => rects(l).length)).toEqual([5, 4, 3, 4]);
    // The zero line: every dormant bar starts at it and goes down, every other bar sits above it.
    const zero = Number(container.querySelector('.recharts-reference-line line')?.getAttribute('y1'));
    const top = (p: Element) => Number(/M\s*[\d.]+,\s*([\d.]+)/.exec(p.getAttribute('d') ?? '')?.[1]);
    for (const p of rects(layers[3]!)) expect(top(p)).toBeGreaterThanOrEqual(zero - 0.5);
    for (const layer of layers.slice(0, 3)) for (const p of rects(layer)) expect(top(p)).toBeLessThan(zero);
    expect(container.querySelector('figure')?.getAttribute('aria-label')).toBe('Lifecycle chart of Threads');
    // The rows are modelled, and every legend entry says so.
    expect([...container.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual([
      'New (modelled)',
      'Returning (modelled)',
      'Resurrecting (modelled)',
      'Dormant (below zero) (modelled)',
    ]);
    expectSvgSnapshot(chartSvg(container), 'lifecycle-chart');
  });

  it('says nothing of a model in the legend of a reported log', async () => {
    const reported = ROWS.map((r) => ({ ...r, modelled: false }));
    const container = await renderToDom(
      <LifecycleChart platform="Threads" rows={reported} grain="week" width={640} height={300} />,
    );
    expect([...container.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual([
      'New',
      'Returning',
      'Resurrecting',
      'Dormant (below zero)',
    ]);
  });

  it('names months on the axis by month, and says which period it draws', async () => {
    const months = ROWS.slice(0, 3).map((r, i) => ({ ...r, period: new Date(Date.UTC(2024, i, 1)) }));
    const container = await renderToDom(
      <LifecycleChart platform="Threads" rows={months} grain="month" width={640} height={300} />,
    );
    const figure = container.querySelector('figure');
    expect([figure?.getAttribute('data-grain'), figure?.getAttribute('data-periods')]).toEqual(['month', '3']);
    const ticks = [
      ...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ].map((t) => t.textContent);
    expect(ticks).toEqual(['Jan 2024', 'Feb 2024', 'Mar 2024']);
  });
});
