/**
 * UTC offsets of a time zone, for turning an activity log's timestamps into days where the
 * user was. DuckDB-WASM ships without ICU, so it knows no named zone: the browser's Intl
 * does, and the offsets it gives are handed to DuckDB as a small table of transitions.
 */

/** A time zone as the user chose it: a fixed offset (UTC, `+05:30`), or an IANA name. */
export type ZoneSpec =
  { readonly kind: 'fixed'; readonly minutes: number } | { readonly kind: 'named'; readonly name: string };

/** One stretch of a zone's history: from `at` (ms since the epoch, UTC) its clocks are `minutes` ahead of UTC. */
export interface ZoneTransition {
  readonly at: number;
  readonly minutes: number;
}

const DAY = 86_400_000;

/**
 * Read a zone the user typed: `UTC`/`Z`, an offset `+05:30`/`-0800`/`UTC+2`, or an IANA
 * name the browser knows (`Europe/Berlin`). Null for anything else.
 */
export function parseZone(text: string): ZoneSpec | null {
  const zone = text.trim();
  if (/^(utc|gmt|z)$/i.test(zone)) return { kind: 'fixed', minutes: 0 };
  const offset = /^(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (offset) {
    const hours = Number(offset[2]);
    const minutes = Number(offset[3] ?? '0');
    if (hours > 14 || minutes > 59) return null;
    return { kind: 'fixed', minutes: (offset[1] === '-' ? -1 : 1) * (hours * 60 + minutes) };
  }
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    return { kind: 'named', name };
  } catch {
    return null;
  }
}

/** One formatter per zone: building one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(name: string): Intl.DateTimeFormat {
  let format = formatters.get(name);
  if (!format) {
    const options = {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    } as const;
    format = new Intl.DateTimeFormat('en-US', options);
    formatters.set(name, format);
  }
  return format;
}

/** Minutes a named zone's clocks are ahead of UTC at instant `at` (whole seconds are dropped: no zone since 1972 uses them). */
export function offsetAt(name: string, at: number): number {
  const parts = formatterOf(name).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - Math.floor(at / 1000) * 1000) / 60_000);
}

/**
 * The transitions of a zone over `[from, to]` (ms since the epoch): the offset in force at
 * `from` (dated a day earlier, so every instant in range finds a row), then one row per
 * change, each found to the second by bisection between two days that differ. Zones
 * change at most a few times a year, so a day's step misses none.
 */
export function zoneTransitions(zone: ZoneSpec, from: number, to: number): ZoneTransition[] {
  // Whole seconds, so the bisection below always halves on whole seconds.
  const start = Math.floor((from - DAY) / 1000) * 1000;
  if (zone.kind === 'fixed') return [{ at: start, minutes: zone.minutes }];
  const transitions: ZoneTransition[] = [{ at: start, minutes: offsetAt(zone.name, start) }];
  let before = start;
  let offset = transitions[0]?.minutes ?? 0;
  for (let t = start + DAY; t <= to + DAY; t += DAY) {
    const now = offsetAt(zone.name, t);
    if (now !== offset) {
      let lo = before;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetAt(zone.name, mid) === offset) lo = mid;
        else hi = mid;
      }
      transitions.push({ at: hi, minutes: now });
      offset = now;
    }
    before = t;
  }
  return transitions;
}
