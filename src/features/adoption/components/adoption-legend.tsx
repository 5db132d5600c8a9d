import { platformColor } from '../../../lib/platforms';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { Swatch } from '../../../lib/ui/swatch';
import type { AdoptionSeries } from '../model/series';

/** One entry per drawn series, in the platform's colour and the series' line style. */
export function AdoptionLegend({ series }: { series: readonly AdoptionSeries[] }) {
  const theme = useChartTheme();
  return (
    <ul className="legend" aria-label="Platforms">
      {series.map((s) => (
        <li key={s.key} data-platform={s.platform}>
          <Swatch color={platformColor(s.platform, theme.name)} shape={s.basis === 'estimate' ? 'dashed' : 'solid'} />
          {s.label}
          {s.basis === 'estimate' ? ' (third-party estimate)' : ''} · {s.points.length}
        </li>
      ))}
    </ul>
  );
}
