import { platformColor } from '../../../lib/platforms';
import type { AdoptionSeries } from '../model/series';

/** Platform colours and line styles; the same colours are used across the app. */
export function AdoptionLegend({ series }: { series: readonly AdoptionSeries[] }) {
  return (
    <ul className="legend" aria-label="Platforms">
      {series.map((s) => (
        <li key={s.key} data-platform={s.platform}>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="28"
              y2="5"
              stroke={platformColor(s.platform)}
              strokeWidth="2.5"
              strokeDasharray={s.basis === 'estimate' ? '6 4' : undefined}
            />
          </svg>
          {s.platform}
          {s.basis === 'estimate' ? ' — third-party estimate' : ' — company figure'} ({s.points.length})
        </li>
      ))}
    </ul>
  );
}
