import type { ReactNode } from 'react';

/** One entry of a chart's legend: its colour key and the series' name, as the chart names it. */
export interface LegendEntry {
  readonly label: string;
  readonly swatch: ReactNode;
}

/**
 * A chart's legend as a list above it, in the page's flow: it wraps onto as many rows as
 * the width needs and pushes the chart down. Recharts' `<Legend>` reserves a fixed height
 * inside the chart, so its long, modelled-labelled names spilled over the plot and the top
 * y-axis label at 1280 px and narrower. An export reads this list (lib/export/image-caption.ts).
 */
export function ChartLegend({ name, entries }: { name: string; entries: readonly LegendEntry[] }) {
  return (
    <ul className="legend chart-legend" aria-label={name}>
      {entries.map((e) => (
        <li key={e.label}>
          {e.swatch}
          {e.label}
        </li>
      ))}
    </ul>
  );
}
