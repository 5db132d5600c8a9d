// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdoptionChart } from '../../../src/features/adoption/components/adoption-chart';
import { toSeries } from '../../../src/features/adoption/model/series';
import { CohortHeatmapGrid } from '../../../src/features/retention/components/cohort-heatmap-grid';
import { RetentionCurvesChart } from '../../../src/features/retention/components/retention-curves-chart';
import { CHART_THEMES, ChartThemeContext } from '../../../src/lib/ui/chart-theme';
import { ADOPTION_EVENTS, ADOPTION_POINTS, HEATMAP_CELLS, RETENTION_SERIES } from './fixtures';
import { chartSvg, expectSvgSnapshot, htmlAsSvg, renderToDom } from './svg-snapshot';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');
const css = (path: string) => readFileSync(join(SRC, path), 'utf8');
/**
 * The page-wide rules the heatmap relies on, fixed here so the snapshot changes with the
 * heatmap's own markup and stylesheet, not with every edit to styles.css.
 */
const PAGE_BASE = `:root { --muted: #57606a; --danger: #cf222e; --hatch-a: #f1f3f5; --hatch-b: #dee2e6; color: #1f2328; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.scroll-region { overflow-x: auto; max-width: 100%; }`;

describe('chart snapshots', () => {
  it('adoption chart: one line per series, the estimate dashed and broken at its gap, events labelled', async () => {
    const series = toSeries(ADOPTION_POINTS, false);
    const container = await renderToDom(
      <AdoptionChart
        series={series}
        events={ADOPTION_EVENTS}
        scale="linear"
        aligned={false}
        width={800}
        height={420}
      />,
    );
    // What the snapshot must show, checked apart from it: 3 series, 3 paths, 14 dots, 2 of 3 events.
    expect(container.querySelectorAll('.recharts-scatter-line path')).toHaveLength(3);
    expect(container.querySelectorAll('.recharts-scatter-symbol')).toHaveLength(14);
    expect(container.querySelectorAll('.event-label')).toHaveLength(2);
    // X's run of four figures, a gap, then two: the path lifts the pen once (two moves).
    const dashed = container.querySelector('.series-estimate .recharts-scatter-line path');
    expect(dashed?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(dashed?.getAttribute('stroke-dasharray')).toBe('6 4');
    expectSvgSnapshot(chartSvg(container), 'adoption-chart');
  });

  it('retention curves: observed lines, a dashed fit over its band', async () => {
    const container = await renderToDom(
      <RetentionCurvesChart series={RETENTION_SERIES} maxDay={120} width={640} height={380} />,
    );
    expect(container.querySelectorAll('.retention-observed path.recharts-curve')).toHaveLength(2);
    expect(container.querySelectorAll('.retention-fit path.recharts-curve')).toHaveLength(1);
    expect(container.querySelectorAll('.retention-band path')).not.toHaveLength(0);
    expectSvgSnapshot(chartSvg(container), 'retention-curves-chart');
  });

  it('retention curves in the dark theme', async () => {
    const container = await renderToDom(
      <ChartThemeContext value="dark">
        <RetentionCurvesChart series={RETENTION_SERIES} maxDay={120} width={640} height={380} />
      </ChartThemeContext>,
    );
    // Bluesky's dark-theme colour, not the light one.
    expect(container.querySelector('.retention-observed path.recharts-curve[stroke="#4dabf7"]')).not.toBeNull();
    expectSvgSnapshot(chartSvg(container, CHART_THEMES.dark.background), 'retention-curves-chart-dark');
  });

  it('cohort heatmap: shaded cells, hatched unobservable ones, a small cohort and a partial one flagged', async () => {
    const container = await renderToDom(<CohortHeatmapGrid cells={HEATMAP_CELLS} grain="week" platform="Threads" />);
    const table = container.querySelector('table.heatmap');
    if (!table) throw new Error('no heatmap table drawn');
    expect(table.querySelectorAll('td[data-observable="true"]')).toHaveLength(9);
    expect(table.querySelectorAll('td[data-observable="false"]')).toHaveLength(3);
    expect(table.querySelectorAll('tr[data-small="true"]')).toHaveLength(1);
    // The last cohort's week runs past the data's last signup day: marked in its row header and its cells.
    const partial = table.querySelectorAll('tr[data-partial="true"]');
    expect(partial).toHaveLength(1);
    expect(partial[0]?.querySelector('th')?.textContent).toBe('Week of 15 Jan 2024 (small) (partial)');
    expect(partial[0]?.querySelector('.partial-flag')?.getAttribute('title')).toBe(
      "Partial: cohort still joining until 21 Jan 2024; the data's signups end on 17 Jan 2024",
    );
    expect(partial[0]?.querySelector('td[data-observable="true"]')?.getAttribute('title')).toMatch(
      /; partial: cohort still joining until 21 Jan 2024; the data's signups end on 17 Jan 2024$/,
    );
    expect(table.querySelectorAll('tr[data-partial="false"] .partial-flag')).toHaveLength(0);
    const region = container.querySelector('[role="group"]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Cohort heatmap of Threads, scrollable');
    expectSvgSnapshot(
      htmlAsSvg(
        region ?? table,
        { width: 400, height: 90 },
        PAGE_BASE + css('features/retention/components/retention.css'),
      ),
      'cohort-heatmap-grid',
    );
  });
});
