import { formatCount } from '../../../lib/format-number';
import { MEASURE_LABELS, type Measure } from '../api/measures';

/** What the caption under the adoption chart describes. */
export interface CaptionFacts {
  readonly platformCount: number;
  readonly points: number;
  readonly measure: Measure;
  readonly region: string;
  readonly scale: 'linear' | 'log';
  readonly aligned: boolean;
  /** Platforms with no launch to align on. */
  readonly unaligned: readonly string[];
  /** Why platforms are not drawn, or null. */
  readonly leftOut: string | null;
}

/**
 * The caption under the adoption chart: what is drawn, in which view, and that lines only
 * join reported figures. One function, so the page and its build-time snapshot say the same.
 */
export function adoptionCaption(f: CaptionFacts): string {
  return (
    `${formatCount(f.platformCount, 'platform')}, ${formatCount(f.points, 'reported figure')} · ` +
    `${MEASURE_LABELS[f.measure]} · ${f.region} · ${f.scale} scale${f.aligned ? ' · aligned on launch' : ''}. ` +
    'Lines join reported figures; nothing between them is data.' +
    (f.unaligned.length > 0 ? ` Not aligned (no launch in the data): ${f.unaligned.join(', ')}.` : '') +
    (f.leftOut ? ` Not drawn: ${f.leftOut}` : '')
  );
}
