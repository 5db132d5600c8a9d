/**
 * Recharts' Tooltip on its own module, so that `chart-tooltip.tsx` can load it with a
 * dynamic import that names nothing else of the library.
 */
export { Tooltip } from 'recharts';
