import { text } from '../../lib/url/codecs';
import { defineParam } from '../../lib/url/define-param';

/** The query the console opens with. */
export const DEFAULT_SQL = 'SELECT platform, count(*) AS figures FROM signups GROUP BY platform ORDER BY figures DESC';

/**
 * The console's query. Past ~4 KB encoded it is not written into the link (some servers
 * refuse a longer request line with HTTP 431); `useUrlParamDropped(sqlParam)` is then true
 * and the console says the query is not part of the link.
 */
export const sqlParam = defineParam('sql', DEFAULT_SQL, text, { label: 'SQL query', maxLength: 4_096 });

/** Every parameter of the Data section, for the app's check of a link. */
export const DATA_PARAMS = [sqlParam] as const;
