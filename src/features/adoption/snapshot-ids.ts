/**
 * Where index.html carries the landing view's build-time snapshot (scripts/vite/prerender.ts):
 * its rows in a JSON `<script>` with this id, its drawn panel in an element with this
 * `data-snapshot` value. A module of its own, so the page's tiny entry can find both
 * without loading the feature.
 */
export const SNAPSHOT_SCRIPT_ID = 'adoption-snapshot-data';
export const SNAPSHOT_MARKUP_SELECTOR = '[data-snapshot="landing"]';
