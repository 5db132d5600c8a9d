import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

/** A platform with an activity log in `events`. */
export interface LoggedPlatformRow {
  readonly platform: string;
}

/**
 * The platforms `events` holds rows for, read from the log itself and not from the
 * prepared tables: the Retention section asks this first, so a view whose platforms have
 * cohort counts only never pays for the one-time preparation (prepare-events.ts).
 */
export function buildLoggedPlatformsSql(): string {
  return `-- retention/logged-platforms
SELECT DISTINCT platform FROM events ORDER BY platform`;
}

export async function fetchLoggedPlatforms(db: Db): Promise<LoggedPlatformRow[]> {
  return db.query<LoggedPlatformRow>(buildLoggedPlatformsSql());
}

export const loggedPlatformsQueryOptions = () =>
  sqlQueryOptions('events', 'logged-platforms', {}, (db) => fetchLoggedPlatforms(db));

export const useLoggedPlatforms = () => useQuery(loggedPlatformsQueryOptions());
