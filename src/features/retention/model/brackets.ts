/** A span of days since signup; a user is retained in it when active on any of its days. */
export interface DayBracket {
  /** First and last day, inclusive: `lo` = `hi` for a single day. */
  readonly lo: number;
  readonly hi: number;
}

/** The default: day 1, days 2–7, 8–14, 15–30 and 31–90 (Amplitude's "Return On (Custom)"). */
export const DEFAULT_BRACKETS = '1,2-7,8-14,15-30,31-90';
/** Brackets can reach a year after signup, as far as the curves go. */
export const MAX_BRACKET_DAY = 365;
/** More brackets than this would not fit a table a reader can compare across. */
export const MAX_BRACKETS = 12;

export type BracketsResult =
  { readonly ok: true; readonly brackets: readonly DayBracket[] } | { readonly ok: false; readonly message: string };

const ITEM = /^(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?$/;

/**
 * Brackets from text such as `0,1-7,8-30`: comma-separated days or day ranges (a hyphen
 * or an en dash), each within 0–365 and low to high, at most 12, none twice. A bad item
 * is named in the message, with what would be accepted.
 */
export function parseBrackets(text: string): BracketsResult {
  const items = text.split(',').map((s) => s.trim());
  if (text.trim() === '') return { ok: false, message: 'Enter at least one day or range of days, such as 1,2-7,8-30.' };
  if (items.length > MAX_BRACKETS)
    return { ok: false, message: `At most ${MAX_BRACKETS} brackets: ${items.length} given.` };
  const brackets: DayBracket[] = [];
  for (const item of items) {
    const match = ITEM.exec(item);
    if (!match)
      return {
        ok: false,
        message: `"${item}" is not a day or a range of days: write a day (7) or two days joined by a hyphen (8-30).`,
      };
    const lo = Number(match[1]);
    const hi = match[2] === undefined ? lo : Number(match[2]);
    if (hi > MAX_BRACKET_DAY) return { ok: false, message: `"${item}" goes past day ${MAX_BRACKET_DAY}.` };
    if (lo > hi) return { ok: false, message: `"${item}" runs backwards: write the first day first (${hi}-${lo}).` };
    if (brackets.some((b) => b.lo === lo && b.hi === hi)) return { ok: false, message: `"${item}" is given twice.` };
    brackets.push({ lo, hi });
  }
  return { ok: true, brackets };
}

/** The brackets of DEFAULT_BRACKETS, for a link whose brackets cannot be read. */
export const DEFAULT_BRACKET_LIST: readonly DayBracket[] = [
  { lo: 1, hi: 1 },
  { lo: 2, hi: 7 },
  { lo: 8, hi: 14 },
  { lo: 15, hi: 30 },
  { lo: 31, hi: 90 },
];

/** "Day 1", "Days 2–7": a bracket as a table row names it. */
export function bracketLabel(b: DayBracket): string {
  return b.lo === b.hi ? `Day ${b.lo}` : `Days ${b.lo}–${b.hi}`;
}
