import { col, nonNegative, type DatasetKind, type DatasetSchema } from './schema-types';

// The types live in schema-types.ts; importers of this module keep reading them here.
export type { ColumnSpec, DatasetKind, DatasetSchema, DomainRule, DuckType } from './schema-types';

/** The declarative schema of each dataset kind: columns, types, units, domain rules and keys. */
export const SIGNUPS: DatasetSchema = {
  kind: 'signups',
  table: 'signups',
  title: 'Adoption figures (signups, MAU, DAU)',
  // Several milestones can share a day (Threads passed 2M and 5M signups hours apart).
  key: ['platform', 'date', 'metric', 'region', 'coverage', 'value'],
  rules: nonNegative('value'),
  columns: [
    col(
      'platform',
      'VARCHAR',
      true,
      'Platform name as shown in the app (Threads, X, Bluesky, Mastodon, or an imported one).',
    ),
    col(
      'date',
      'DATE',
      true,
      'Day the figure refers to (ISO YYYY-MM-DD). Quarterly figures are dated at quarter end or call day; monthly averages on the 1st.',
    ),
    col(
      'metric',
      'VARCHAR',
      true,
      'The metric as its source names it (signups_cumulative, registered_accounts, MAU, DAU, mDAU, DAU_estimate, ...).',
    ),
    col(
      'measure',
      'VARCHAR',
      true,
      'What the chart groups the metric under: registered, MAU, DAU, mDAU, or other (rates, fractions, flows).',
    ),
    col(
      'basis',
      'VARCHAR',
      true,
      'company (the platform itself or its executives) or estimate (a third-party model such as Sensor Tower or Similarweb).',
    ),
    col(
      'value',
      'DOUBLE',
      true,
      'The figure: a count of users or accounts, or a fraction 0-1 for *_decline_vs_peak and share_* metrics.',
      'users, or fraction 0-1',
    ),
    col(
      'region',
      'VARCHAR',
      true,
      'Region the figure covers, in the one region vocabulary: global, US, EU-27, Brazil, an EU member state by English name, or rest of world.',
    ),
    col(
      'coverage',
      'VARCHAR',
      true,
      'The population as the source states it, e.g. "global excl. EU", "global (Android only)".',
    ),
    col('source', 'VARCHAR', true, 'Who reported the figure and where.'),
    col('note', 'VARCHAR', false, 'Qualifiers from the source ("about", "just under", "upper bound", "unverified").'),
    col('kind', 'VARCHAR', true, 'reported (taken from a source) or modelled (computed by Uptake).'),
    col(
      'vendor',
      'VARCHAR',
      false,
      'Who produced the figure: the company for its own figures, else the data vendor or tracker (Sensor Tower, Similarweb, ...). Two counting methods of one producer get two names.',
    ),
  ],
};

export const LAUNCHES: DatasetSchema = {
  kind: 'launches',
  table: 'launches',
  title: 'Regional launches and events',
  key: ['platform', 'region', 'event_date', 'event'],
  rules: nonNegative('addressable_population'),
  columns: [
    col('platform', 'VARCHAR', true, 'Platform the event belongs to.'),
    col(
      'region',
      'VARCHAR',
      true,
      'Region the event applies to, in the region vocabulary (global, US, EU-27, Brazil, ...).',
    ),
    col('event_date', 'DATE', true, 'Day the event started.'),
    col('end_date', 'DATE', false, 'Day the event ended, for events with a duration (a suspension).'),
    col('event', 'VARCHAR', true, 'launch, regional_launch, beta, public_opening, surge, or suspension.'),
    col('label', 'VARCHAR', true, 'Short label drawn on charts.'),
    col('addressable_population', 'DOUBLE', false, 'People in the region the launch could reach.', 'people'),
    col('population_source', 'VARCHAR', false, 'Source of the addressable population.'),
    col('source', 'VARCHAR', true, 'Source of the event and its date.'),
    col('note', 'VARCHAR', false, 'Context and qualifiers.'),
  ],
};

export const EXPECTATIONS: DatasetSchema = {
  kind: 'expectations',
  table: 'expectations',
  title: 'Published expectations for launches',
  key: ['platform', 'region', 'launch_date', 'expected_by'],
  rules: nonNegative('expected_users'),
  columns: [
    col('platform', 'VARCHAR', true, 'Platform the expectation is about.'),
    col('region', 'VARCHAR', true, 'Region of the launch.'),
    col('launch_date', 'DATE', true, 'Launch the expectation refers to (matches launches.event_date).'),
    col('expected_users', 'DOUBLE', true, 'Extra users expected from the launch.', 'users'),
    col('horizon', 'VARCHAR', true, 'The period the expectation covers, as stated.'),
    col('expected_by', 'VARCHAR', true, 'Who made the estimate.'),
    col('source', 'VARCHAR', true, 'Where it was reported.'),
    col('note', 'VARCHAR', false, 'How it was derived, qualifiers.'),
  ],
};

export const RETENTION: DatasetSchema = {
  kind: 'retention',
  table: 'retention',
  title: 'Cohort retention (aggregates)',
  key: ['platform', 'region', 'cohort_start', 'day_offset'],
  rules: [
    ...nonNegative('day_offset', 'cohort_size', 'retained', 'retained_later'),
    { kind: 'not-greater', column: 'retained', than: 'cohort_size' },
    { kind: 'not-greater', column: 'retained_later', than: 'cohort_size' },
    // An "on or after" export knows only retained_later; a row with neither says nothing.
    { kind: 'any-of', columns: ['retained', 'retained_later'] },
  ],
  columns: [
    col('platform', 'VARCHAR', true, 'Platform of the cohort.'),
    col('region', 'VARCHAR', true, 'Region of the cohort.'),
    col(
      'cohort_start',
      'DATE',
      true,
      'First day of the cohort: the signup day, or the first day of the signup block it groups.',
    ),
    col(
      'day_offset',
      'INTEGER',
      true,
      "Days since each user's own signup day the counts refer to (0 = signup day).",
      'days',
    ),
    col('cohort_size', 'BIGINT', true, 'Users who signed up in the cohort.', 'users'),
    col(
      'retained',
      'BIGINT',
      false,
      'Users of the cohort active on day_offset (N-day retention); empty when only unbounded retention is known (an "on or after" export).',
      'users',
    ),
    col(
      'retained_later',
      'BIGINT',
      false,
      'Users of the cohort active on day_offset or any later day (unbounded retention); empty when unknown.',
      'users',
    ),
    col('kind', 'VARCHAR', true, 'reported or modelled.'),
    col('source', 'VARCHAR', false, 'Source or generator that produced the row.'),
  ],
};

export const EVENTS: DatasetSchema = {
  kind: 'events',
  table: 'events',
  title: 'Raw activity events',
  // No key: an activity log may hold a user's day many times (one row per event), and
  // that is not an error. Retention counts distinct users, so repeats change no figure.
  key: [],
  rules: [],
  columns: [
    col('user_id', 'VARCHAR', true, 'Pseudonymous user id.'),
    col('platform', 'VARCHAR', true, 'Platform the activity happened on.'),
    col('region', 'VARCHAR', true, 'Region of the user.'),
    col('signup_date', 'DATE', true, "Day the user signed up; a user's cohort is their first signup date."),
    col('activity_date', 'DATE', true, 'Day the user was active.'),
    // An imported log is someone's record of real activity; the bundled sample says modelled.
    {
      ...col(
        'kind',
        'VARCHAR',
        false,
        'reported (a record of real activity) or modelled (simulated); imports without the column are reported.',
      ),
      fallback: 'reported',
    },
  ],
};

export const SCHEMAS: Readonly<Record<DatasetKind, DatasetSchema>> = {
  signups: SIGNUPS,
  launches: LAUNCHES,
  expectations: EXPECTATIONS,
  retention: RETENTION,
  events: EVENTS,
};
