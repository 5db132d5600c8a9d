import { SNAPSHOT_MARKUP_SELECTOR, SNAPSHOT_SCRIPT_ID } from '../features/adoption/snapshot-ids';

/**
 * index.html carries the landing view (Adoption, every control at its default) drawn at
 * build time. An address with any parameter asks for another section or other controls:
 * the snapshot would show the wrong chart, so it goes, drawing and rows, before anything
 * else runs, and the page waits for the engine as it would without one.
 */
export function dropSnapshotUnlessLanding(): void {
  if (new URLSearchParams(window.location.search).size === 0) return;
  document.querySelector(SNAPSHOT_MARKUP_SELECTOR)?.remove();
  document.getElementById(SNAPSHOT_SCRIPT_ID)?.remove();
}
