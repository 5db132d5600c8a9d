import type { AdoptionPoint } from '../api/adoption-series';

/** How each kind of anchor event reads after "day N after …". */
const ANCHOR_PHRASES: Readonly<Record<string, string>> = {
  launch: 'launch',
  regional_launch: 'regional launch',
  public_opening: 'public opening',
  surge: 'the start of the surge',
};

/**
 * Where an aligned point is counted from, in words: "day 5 after launch (Threads launch)",
 * "day 0 after public opening (Bluesky opens to public)". "Launch" is said only when the
 * anchor is a dated launch event; null for a point without an anchor.
 */
export function daysSinceAnchorText(
  point: Pick<AdoptionPoint, 'days_since_launch' | 'anchor_event' | 'anchor_label'>,
): string | null {
  if (point.days_since_launch === null || point.anchor_event === null) return null;
  const phrase = ANCHOR_PHRASES[point.anchor_event] ?? point.anchor_event.replaceAll('_', ' ');
  return `day ${point.days_since_launch} after ${phrase}${point.anchor_label ? ` (${point.anchor_label})` : ''}`;
}

/** The x-axis title in aligned mode: "launch" only when every anchor shown is a launch. */
export function alignedAxisTitle(anchorEvents: readonly (string | null)[]): string {
  const kinds = new Set(anchorEvents.filter((e): e is string => e !== null));
  const launchesOnly = [...kinds].every((k) => k === 'launch' || k === 'regional_launch');
  return kinds.size > 0 && launchesOnly ? 'Days since launch' : 'Days since each platform’s launch, opening or surge';
}
