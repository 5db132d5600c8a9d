// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CohortHeatmapGrid } from '../../../../../src/features/retention/components/cohort-heatmap-grid';
import { HEATMAP_CELLS } from '../../../charts/fixtures';
import { renderToDom } from '../../../charts/svg-snapshot';

const titles = async (cells: typeof HEATMAP_CELLS) => {
  const container = await renderToDom(<CohortHeatmapGrid cells={cells} grain="week" platform="Threads" />);
  return [...container.querySelectorAll('td[data-observable="true"]')].map((td) => td.getAttribute('title') ?? '');
};

describe("the cohort heatmap cells' tooltip", () => {
  it('says modelled on every cell of modelled cohorts, after the interval and before any partial note', async () => {
    const modelled = await titles(HEATMAP_CELLS.map((c) => ({ ...c, modelled: true })));
    expect(modelled).toHaveLength(9);
    for (const title of modelled) expect(title).toMatch(/; 95% interval [^;]+; modelled(; partial: .*)?$/);
    expect(modelled[0]).toBe('Week of 1 Jan 2024, day 0: 100% of 1,000; 95% interval 99.6%–100%; modelled');
  });

  it('says nothing of a model on reported cohorts', async () => {
    const reported = await titles(HEATMAP_CELLS.map((c) => ({ ...c, modelled: false })));
    expect(reported).toHaveLength(9);
    for (const title of reported) expect(title).not.toMatch(/modelled/i);
  });
});
