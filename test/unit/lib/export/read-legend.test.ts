// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readLegend } from '../../../../src/lib/export/image-caption';

/** A panel holding markup, returned with the element an export is made of (`[data-chart]`). */
function panelWith(html: string): Element {
  const panel = document.createElement('section');
  panel.className = 'panel';
  panel.innerHTML = html;
  document.body.replaceChildren(panel);
  const chart = panel.querySelector('[data-chart]');
  if (!chart) throw new Error('no [data-chart] in the markup');
  return chart;
}

const RECHARTS_LEGEND = `
  <ul class="recharts-default-legend">
    <li class="recharts-legend-item legend-item-0"><svg class="recharts-surface"><path class="recharts-legend-icon" stroke="none" fill="#1c7ed6" d="M0,0"></path></svg><span class="recharts-legend-item-text">Projected signups</span></li>
    <li class="recharts-legend-item legend-item-1"><svg class="recharts-surface"><path class="recharts-legend-icon" stroke="#868e96" stroke-dasharray="4 2" fill="none" d="M0,0"></path></svg><span class="recharts-legend-item-text">Analogue (fitted)</span></li>
  </ul>`;

describe('readLegend', () => {
  it("reads a Recharts legend inside the chart, each entry's name, colour and dash", () => {
    const chart = panelWith(`<div data-chart><svg width="600" height="300"></svg>${RECHARTS_LEGEND}</div>`);
    expect(readLegend(chart)).toEqual([
      { label: 'Projected signups', color: '#1c7ed6', dashed: false },
      { label: 'Analogue (fitted)', color: '#868e96', dashed: true },
    ]);
  });

  it("keeps two charts' legends apart in one panel: each export reads its own", () => {
    const chart = panelWith(`
      <div data-chart>${RECHARTS_LEGEND}</div>
      <div class="other"><ul class="recharts-default-legend"><li class="recharts-legend-item"><svg><path class="recharts-legend-icon" stroke="#2f9e44" d=""></path></svg><span class="recharts-legend-item-text">Backtest line</span></li></ul></div>`);
    expect(readLegend(chart).map((e) => e.label)).toEqual(['Projected signups', 'Analogue (fitted)']);
  });

  it("falls back to the panel's own legend list beside the chart", () => {
    const chart = panelWith(`
      <ul class="legend"><li><svg class="swatch-line"><line stroke="#e8590c" stroke-dasharray="3 3"></line></svg>Threads</li></ul>
      <div data-chart><svg></svg></div>`);
    expect(readLegend(chart)).toEqual([{ label: 'Threads', color: '#e8590c', dashed: true }]);
  });

  it("reads a grouped legend's lines, not its platform groups, each named in full", () => {
    const chart = panelWith(`
      <ul class="legend legend-grouped"><li class="legend-group"><span aria-hidden="true">X</span><ul class="legend">
        <li><svg class="swatch-line"><line stroke="#212529"></line></svg><span class="visually-hidden">X — </span>MAU, X (company)</li>
        <li><svg class="swatch-line"><line stroke="#212529" stroke-dasharray="6 4"></line></svg><span class="visually-hidden">X — </span>DAU, Similarweb</li>
      </ul></li></ul>
      <div data-chart><svg></svg></div>`);
    expect(readLegend(chart)).toEqual([
      { label: 'X — MAU, X (company)', color: '#212529', dashed: false },
      { label: 'X — DAU, Similarweb', color: '#212529', dashed: true },
    ]);
  });

  it('is empty for a chart with no legend anywhere', () => {
    expect(readLegend(panelWith('<div data-chart><svg></svg></div>'))).toEqual([]);
  });
});
