// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BacktestChart } from '../../../src/features/projection/components/backtest-chart';
import { ProjectionChart } from '../../../src/features/projection/components/projection-chart';
import type { BacktestResult } from '../../../src/features/projection/model/backtest';
import type { ProjectionRow } from '../../../src/features/projection/model/project';
import { CHART_THEMES, ChartThemeContext } from '../../../src/lib/ui/chart-theme';
import { chartSvg, expectSvgSnapshot, renderToDom } from './svg-snapshot';

// Fixed rows, shaped by hand: a saturating curve m · (1 − e^(−t/τ)) with a ±20% band
// (wider for active users), every 15 days to day 180.
const saturating = (m: number, tau: number, t: number) => Math.round(m * (1 - Math.exp(-t / tau)));
const DAYS = Array.from({ length: 13 }, (_, i) => i * 15);
const ROWS: ProjectionRow[] = DAYS.map((day) => {
  const signups = saturating(40e6, 60, day);
  const actives = Math.round(signups * 0.45);
  return {
    day,
    signupsLow: Math.round(signups * 0.8),
    signups,
    signupsHigh: Math.round(signups * 1.2),
    activesLow: Math.round(actives * 0.7),
    actives,
    activesHigh: Math.round(actives * 1.3),
  };
});

/** The launch projection chart of these tests, at a fixed size. */
function projectionChart() {
  return (
    <ProjectionChart
      platform="Threads"
      targetLabel="Threads, EU-27"
      targetRegion="EU-27"
      model={{ id: 'gompertz', label: 'Gompertz', band: "the fit's 80% prediction band", fallback: null }}
      analogueLabel="Threads, global"
      rows={ROWS}
      analogueCurve={DAYS.map((d) => saturating(100e6, 40, d))}
      analoguePoints={[
        { t: 5, y: 10e6 },
        { t: 30, y: 55e6 },
        { t: 120, y: 95e6 },
      ]}
      expectations={[
        { value: 40e6, label: '~40M expected' },
        { value: 26e6, label: '~26M expected' },
      ]}
      width={720}
      height={420}
    />
  );
}

describe('projection chart snapshots', () => {
  it('projection: signups and active users over their bands, the analogue dashed with its figures, two expectations', async () => {
    const container = await renderToDom(projectionChart());
    expect(container.querySelectorAll('.projection-band')).toHaveLength(2);
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(2);
    // Each expectation is labelled once, by the chart's own layout, not by Recharts' label beside each line.
    expect([...container.querySelectorAll('.expectation-label')].map((t) => t.textContent)).toEqual([
      '~40M expected',
      '~26M expected',
    ]);
    // The legend is a list above the chart (it wraps in the page instead of spilling over the plot), every series in it.
    expect([...container.querySelectorAll('ul.legend li')].map((li) => li.textContent)).toEqual([
      'Signups band (Gompertz)',
      'Active users band (Gompertz)',
      'Threads, EU-27: cumulative signups (Gompertz)',
      'Threads, EU-27: active users (Gompertz)',
      'Threads, global (fitted analogue, Gompertz)',
      'Threads, global: reported signups',
    ]);
    // The model drawn is named in the caption, with what its band is.
    expect(container.querySelector('figure')?.getAttribute('data-model')).toBe('gompertz');
    expect(container.querySelector('figcaption')?.textContent).toMatch(
      /^Gompertz, carried to EU-27: the model chosen under Growth models\. .*Shaded: the fit's 80% prediction band\./,
    );
    expectSvgSnapshot(chartSvg(container), 'projection-chart');
  });

  it('projection in the dark theme: the expectation labels, grid and axes in dark colours, readable on its background', async () => {
    const container = await renderToDom(<ChartThemeContext value="dark">{projectionChart()}</ChartThemeContext>);
    const { meaning, grid, axis, background } = CHART_THEMES.dark;
    const labels = [...container.querySelectorAll('.expectation-label')];
    expect(labels.map((l) => [l.getAttribute('fill'), l.getAttribute('stroke')])).toEqual([
      [meaning.expectationText, background],
      [meaning.expectationText, background],
    ]);
    expect(container.querySelector(`.recharts-cartesian-grid line[stroke="${grid}"]`)).not.toBeNull();
    expect(container.querySelector(`.recharts-cartesian-axis-tick-value[fill="${axis}"]`)).not.toBeNull();
    expectSvgSnapshot(chartSvg(container, background), 'projection-chart-dark');
  });

  it('backtest: modelled lines on the calendar, reported MAU and signups as points', async () => {
    const days = 181;
    const result: BacktestResult = {
      points: [
        { day: 60, value: 30e6, measure: 'MAU', scope: 'platform', predicted: 27e6, error: -0.1 },
        { day: 150, value: 60e6, measure: 'registered', scope: 'platform', predicted: 66e6, error: 0.1 },
      ],
      mape: 0.1,
      platformSignups: Float64Array.from({ length: days }, (_, d) => saturating(80e6, 70, d)),
      platformActives: Float64Array.from({ length: days }, (_, d) => saturating(35e6, 50, d)),
    };
    const container = await renderToDom(
      <BacktestChart
        platform="Threads"
        modelLabel="Gompertz"
        analogueStart={new Date('2023-07-05T00:00:00Z')}
        result={result}
        width={720}
        height={320}
      />,
    );
    expect(container.querySelectorAll('.recharts-scatter-symbol')).toHaveLength(2);
    expectSvgSnapshot(chartSvg(container), 'backtest-chart');
  });
});
