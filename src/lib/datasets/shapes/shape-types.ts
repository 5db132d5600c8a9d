/**
 * The shapes a file can have besides Uptake's own columns. A shaped file is read as text
 * (every field VARCHAR) and reshaped by SQL into the kind's columns (`reshape.ts`), so
 * `read_csv` still parses and no JavaScript touches the rows.
 */

/** A period of a retention export's columns. */
export type PeriodUnit = 'day' | 'week' | 'month';

/**
 * One row per user action: a user id and a timestamp or date, optionally an event name and
 * a signup date or timestamp (→ `events`). Source fields are 0-based column indexes.
 */
export interface ActivityLogShape {
  readonly kind: 'activity-log';
  readonly user: number;
  readonly time: number;
  readonly event: number | null;
  readonly signup: number | null;
  /** The time zone timestamps become days in, as the user typed it (`parseZone`): "UTC" by default. */
  readonly zone: string;
  /** Event names that count as activity; null counts every event. */
  readonly activityEvents: readonly string[] | null;
  /** The event whose first day is a user's signup day when there is no signup column; null: first activity. */
  readonly signupEvent: string | null;
  /** Event names seen in the file's first rows, in order of first appearance: what the settings offer. */
  readonly seenEvents: readonly string[];
  /** The file's column names as written: problems name the column they are in. */
  readonly fileColumns: readonly string[];
}

/** One period column of a retention export: the field and the period number it holds. */
export interface PeriodColumn {
  readonly source: number;
  readonly period: number;
}

/**
 * A wide cohort table from an analytics tool: cohort label, cohort size, then one column
 * per period holding counts or shares (→ `retention`).
 */
export interface RetentionExportShape {
  readonly kind: 'retention-export';
  /** Whose export it looks like (named on the card); `generic` for any other wide cohort table. */
  readonly tool: 'posthog' | 'amplitude' | 'mixpanel' | 'generic';
  readonly cohort: number;
  /** The cohort size column; null when the period-0 column is the size. */
  readonly size: number | null;
  readonly periods: readonly PeriodColumn[];
  readonly unit: PeriodUnit;
  /** Cells hold counts of users, or shares of the cohort (`42.5%`, or 0.425). */
  readonly values: 'counts' | 'shares';
  /** N-day ("on") or unbounded ("on or after"). */
  readonly mode: 'nday' | 'unbounded';
  /** Whether the file itself says which mode (else N-day is assumed and the card asks). */
  readonly modeStated: boolean;
  /** Period headers with no period number (`Day x`): reported as header problems, their cells not read. */
  readonly badPeriods: readonly number[];
  /** The file's column names (tabs and stars stripped): problems name the column they are in. */
  readonly headers: readonly string[];
}

/** One series column of a wide table: the field and the name it gives its rows. */
export interface SeriesColumn {
  readonly source: number;
  readonly name: string;
}

/** The adoption metrics a series can hold, as the `metric` column names them. */
export type SeriesMetric = 'MAU' | 'DAU' | 'mDAU' | 'registered_accounts' | 'signups_cumulative';

/**
 * An adoption series (→ `signups`): one date column, then one column per platform (the
 * metric is one value), one per metric (the platform is), or one `value` column of a long
 * series (platform from a column or one value). Each non-blank cell becomes a row.
 */
export interface WideSeriesShape {
  readonly kind: 'wide-series';
  /** The date column (days or period labels). */
  readonly date: SeriesColumn;
  readonly series: readonly SeriesColumn[];
  /** What the value columns' names are: platforms, metrics, or the one `value` column of a long series. */
  readonly by: 'platform' | 'metric' | 'value';
  /** The metric of every value unless the columns are metrics. */
  readonly metric: SeriesMetric;
  /** Where `metric` came from: the file's name, assumed (MAU, the card asks), or the user's choice. */
  readonly metricFrom: 'file name' | 'assumed' | 'chosen';
  /** One platform for every row when the file names none (by metric, or a long series without a platform column); null: from the file. */
  readonly platform: string | null;
  /** The decimal mark of the value cells (1.5 or 1,5): the file's, as its dialect says (changeable there). */
  readonly decimal: '.' | ',';
}

/**
 * Column for column: each schema column from one file column or one value. `declined`
 * names the shape the file was recognised as when the user chose to map its columns
 * themselves ("Map columns myself"), so changing the dialect or kind keeps to columns.
 */
export interface ColumnsShape {
  readonly kind: 'columns';
  readonly declined?: (ActivityLogShape | RetentionExportShape | WideSeriesShape)['kind'];
}

/** How a file's rows become rows of its kind: column for column, or reshaped. */
export type ImportShape = ColumnsShape | ActivityLogShape | RetentionExportShape | WideSeriesShape;

/** The plain shape: each schema column comes from one file column or one value. */
export const COLUMNS_SHAPE: ImportShape = { kind: 'columns' };
