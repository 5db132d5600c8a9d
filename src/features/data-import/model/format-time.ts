/** A load time as the Datasets list shows it: "2026-12-01 20:03" (UTC, to the minute). */
export const formatLoadedAt = (d: Date): string => d.toISOString().slice(0, 16).replace('T', ' ');
