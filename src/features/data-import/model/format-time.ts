import { formatDay } from '../../../lib/time/day';

/** A load time as the Datasets list shows it: "1 Dec 2026 20:03" (UTC, to the minute), days as everywhere else. */
export const formatLoadedAt = (d: Date): string => `${formatDay(d)} ${d.toISOString().slice(11, 16)}`;
