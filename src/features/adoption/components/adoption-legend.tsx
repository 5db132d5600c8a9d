import { platformColor } from '../../../lib/platforms';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { Swatch } from '../../../lib/ui/swatch';
import type { AdoptionSeries } from '../model/series';

/**
 * The legend, grouped under each platform: a platform with several counters (its own
 * figures, two vendors' estimates) reads as one name and its lines, not as repeated
 * names. Each entry keeps its full label as text (the platform part visually hidden), so
 * a screen reader, a copy and an exported image still name the platform.
 */
export function AdoptionLegend({ series }: { series: readonly AdoptionSeries[] }) {
  const theme = useChartTheme();
  return (
    <ul className="legend legend-grouped" aria-label="Platforms">
      {groupByPlatform(series).map(([platform, entries]) => (
        <li key={platform} className="legend-group">
          <span className="legend-group-name" aria-hidden="true">
            {platform}
          </span>
          <ul
            className="legend"
            aria-label={`${platform}: ${entries.length} ${entries.length === 1 ? 'line' : 'lines'}`}
          >
            {entries.map((s) => (
              <li key={s.key} data-platform={s.platform} data-series={s.key}>
                <Swatch
                  color={platformColor(s.platform, theme.name)}
                  shape={s.basis === 'estimate' ? 'dashed' : 'solid'}
                />
                <span className="visually-hidden">{s.platform} — </span>
                {s.detail}
                {s.basis === 'estimate' ? ' (third-party estimate)' : ''} · {s.points.length}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** Series in their drawn order, gathered under each platform in order of first appearance. */
function groupByPlatform(series: readonly AdoptionSeries[]): [string, AdoptionSeries[]][] {
  const groups = new Map<string, AdoptionSeries[]>();
  for (const s of series) groups.set(s.platform, [...(groups.get(s.platform) ?? []), s]);
  return [...groups];
}
