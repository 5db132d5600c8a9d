// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { RetentionCurveRow } from '../../../src/features/retention/api/retention-curves';
import {
  relativeDomain,
  relativeTicks,
  RetentionCurvesRelativeChart,
} from '../../../src/features/retention/components/retention-curves-relative-chart';
import { relativeCurves } from '../../../src/features/retention/model/relative-curves';
import { chartSvg, expectSvgSnapshot, renderToDom } from './svg-snapshot';

/** Two platforms over days 1–60: Threads ahead of Bluesky early, level by day 60; 4,000 and 2,000 users. */
const ROWS: RetentionCurveRow[] = [1, 7, 14, 30, 45, 60].flatMap((day) => {
  const threads = Math.round(4000 * (0.3 * Math.pow(day, -0.3)));
  const bluesky = Math.round(2000 * (0.24 * Math.pow(day, -0.25)));
  return [
    { platform: 'Threads', day_offset: day, cohort_users: 4000, active: threads, rate: threads / 4000, modelled: true },
    { platform: 'Bluesky', day_offset: day, cohort_users: 2000, active: bluesky, rate: bluesky / 2000, modelled: true },
  ];
});

describe('retention curves against a baseline', () => {
  it('draws Threads minus Bluesky in points inside its interval, Bluesky as the named 0 line', async () => {
    const series = relativeCurves(ROWS, ['Threads', 'Bluesky'], 'Bluesky', 'difference');
    const container = await renderToDom(
      <RetentionCurvesRelativeChart
        series={series}
        baseline="Bluesky"
        measure="difference"
        maxDay={60}
        width={640}
        height={380}
      />,
    );
    const figure = container.querySelector('figure');
    expect(figure?.getAttribute('aria-label')).toBe('Retention curves relative to Bluesky chart');
    expect(figure?.getAttribute('data-points')).toBe('6');
    expect(container.querySelectorAll('.retention-relative path.recharts-curve')).toHaveLength(1);
    expect(container.querySelectorAll('.retention-relative-band path')).not.toHaveLength(0);
    expect(container.textContent).toContain('Bluesky (baseline)');
    expect(container.textContent).toContain('difference from Bluesky in percentage points');
    expectSvgSnapshot(chartSvg(container), 'retention-curves-relative-chart');
  });

  it('rounds the axis out to whole steps around every interval and the baseline line', () => {
    const point = (value: number, low: number, high: number) => ({
      day: 1,
      value,
      interval: { low, high },
      rate: 0,
      baseRate: 0,
    });
    const one = (value: number, low: number, high: number) => [
      { platform: 'A', modelled: false, points: [point(value, low, high)] },
    ];
    // Intervals 0.012–0.061: from the 0 line up to 10 points.
    expect(relativeDomain(one(0.03, 0.012, 0.061), 'difference')).toEqual([0, 0.1]);
    expect(relativeDomain(one(-0.03, -0.15, -0.01), 'difference')).toEqual([-0.15, 0]);
    // Ratios 0.8–1.3: 0.75× to 1.5×; a 20× upper limit is clipped at 5×.
    expect(relativeDomain(one(1, 0.8, 1.3), 'ratio')).toEqual([0.75, 1.5]);
    expect(relativeDomain(one(3, 0.4, 20), 'ratio')).toEqual([0.25, 5]);
  });

  it('ticks every whole step, or every second or fifth when there would be over ten', () => {
    expect(relativeTicks([-0.05, 0.1], 'difference')).toEqual([-0.05, 0, 0.05, 0.1]);
    // 70 points in 5-point steps would be 14 ticks: every 10 points instead.
    expect(relativeTicks([-0.3, 0.4], 'difference')).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4]);
    expect(relativeTicks([0.25, 5], 'ratio')).toEqual([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
  });
});
