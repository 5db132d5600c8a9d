import type { ShapeDefinition } from './shape-definition';
import type { RetentionExportShape } from './shape-types';
import {
  cleanHeader,
  isSummaryLabel,
  looksLikeCohortLabel,
  readCell,
  readLayout,
  type HeaderLayout,
} from './retention-export-headers';
import { retentionExportSql } from './retention-export-sql';

/** The tool names as the card says them. */
export const TOOL_NAMES: Readonly<Record<RetentionExportShape['tool'], string>> = {
  posthog: 'a PostHog retention export',
  amplitude: 'an Amplitude retention export',
  mixpanel: 'a Mixpanel retention export',
  generic: 'a wide cohort retention table',
};

/** Whose export a header looks like: PostHog's `cohort,cohort size`, Mixpanel's `Date,Size,< 1 Day`, Amplitude's tabs. */
function toolOf(header: readonly string[], layout: HeaderLayout): RetentionExportShape['tool'] {
  const name = (i: number | null) => (i === null ? '' : cleanHeader(header[i] ?? '').toLowerCase());
  if (header.some((h) => h.startsWith('\t'))) return 'amplitude';
  if (name(0) === 'cohort' && name(layout.size) === 'cohort size') return 'posthog';
  if (header.some((h) => cleanHeader(h).startsWith('<')) || (name(0) === 'date' && name(layout.size) === 'size'))
    return 'mixpanel';
  return 'generic';
}

/**
 * Cells hold shares when one is written with `%`, or when, beside a size column, every
 * period cell is a number ≤ 1 and one is a fraction (0.425): a count table has whole numbers.
 */
function valuesOf(body: readonly string[][], layout: HeaderLayout): RetentionExportShape['values'] {
  const cells = body.flatMap((row) => layout.periods.map((p) => readCell(row[p.source] ?? ''))).filter((c) => c);
  if (cells.some((c) => c?.percent)) return 'shares';
  const fractions = cells.every((c) => (c?.value ?? 0) <= 1) && cells.some((c) => !Number.isInteger(c?.value));
  return layout.size !== null && fractions ? 'shares' : 'counts';
}

/** The mode a title block states: Amplitude's "Return On or After" or "Return On"; null when it says neither. */
function modeStated(preamble: readonly string[]): RetentionExportShape['mode'] | null {
  const text = preamble.join(' ').toLowerCase();
  if (/\bon[ -]or[ -]after\b/.test(text)) return 'unbounded';
  if (/\breturn on\b(?!\s*\(custom\))/.test(text)) return 'nday';
  return null;
}

const UNIT_RULES: Readonly<Record<RetentionExportShape['unit'], string>> = {
  day: 'Day k is day k after the cohort day',
  week: 'Week k is day 7k',
  month: 'Month k is the same day k calendar months later',
};

/** Recognise a wide cohort table and read it into `retention` rows (`retention-export-sql.ts`). */
export const RETENTION_EXPORT: ShapeDefinition<RetentionExportShape> = {
  kind: 'retention-export',
  detect: (header, body, _fileName, preamble = []) => {
    const layout = readLayout(header);
    if (!layout) return null;
    const rows = body.filter((r) => !isSummaryLabel(r[0] ?? '') && (r[0] ?? '').trim() !== '');
    if (rows.length > 0 && !rows.some((r) => looksLikeCohortLabel(r[0] ?? ''))) return null;
    const values = valuesOf(rows, layout);
    const zero = layout.periods.find((p) => p.period === 0);
    // Shares need a size to become counts; a count table without a size column takes period 0's.
    if (layout.size === null && (values === 'shares' || !zero)) return null;
    const headers = header.map((h, i) => cleanHeader(h) || `column ${i + 1}`);
    const tool = toolOf(header, layout);
    const stated = modeStated(preamble);
    const shape: RetentionExportShape = {
      kind: 'retention-export',
      tool,
      cohort: layout.cohort,
      size: layout.size,
      periods: layout.periods,
      unit: layout.unit,
      values,
      // PostHog counts people active in exactly period k; Amplitude says which in its title block.
      mode: stated ?? 'nday',
      modeStated: stated !== null || tool === 'posthog',
      badPeriods: layout.badPeriods,
      headers,
    };
    const quoted = (i: number | null) => `"${i === null ? '' : (headers[i] ?? '')}"`;
    const sizeFrom = layout.size === null ? `the period-0 column ${quoted(zero?.source ?? null)}` : quoted(layout.size);
    const valueRule =
      values === 'shares' ? 'each share × the cohort size, rounded, is the count' : 'the cells are counts of users';
    const notes = [
      ...(preamble.length > 0
        ? [`The ${preamble.length} title and filter lines above the table are not read as data.`]
        : []),
      ...(stated
        ? [
            `The export says "${stated === 'nday' ? 'Return On' : 'On or After'}": ${stated === 'nday' ? 'N-day' : 'unbounded'} retention.`,
          ]
        : []),
      `Read as ${TOOL_NAMES[tool]}: one row per cohort and period (${UNIT_RULES[layout.unit]}); cohort label ${quoted(0)} → its first day; size from ${sizeFrom}; ${valueRule}.`,
      'Blank, "-", "not yet" and starred-only cells are not yet observable: they get no row, never 0. A row such as "Average" is skipped.',
      ...(layout.ignored.length > 0 ? [`Not imported: ${layout.ignored.map(quoted).join(', ')}.`] : []),
    ];
    const counted = 'the period columns, by the mode chosen';
    return {
      kind: 'retention',
      shape,
      derived: {
        cohort_start: `the first day of the cohort label ${quoted(0)}`,
        day_offset: `the period columns (${UNIT_RULES[layout.unit]})`,
        cohort_size: sizeFrom,
        retained: `${counted} (N-day)`,
        retained_later: `${counted} (on or after)`,
      },
      mapped: {},
      constants: [],
      notes,
    };
  },
  sql: retentionExportSql,
};
