/**
 * Codecs between a URL parameter's text and a typed value. `URLSearchParams` has already
 * percent-decoded the text a codec sees, so a codec never decodes it again; `parse` returns
 * `undefined` for text it cannot use and never throws.
 */
export interface ParamCodec<T> {
  parse(raw: string): T | undefined;
  format(value: T): string;
}

/** A parameter that takes one of a fixed set of values. */
export function oneOf<const T extends string>(values: readonly T[]): ParamCodec<T> {
  const allowed: ReadonlySet<string> = new Set(values);
  const isAllowed = (raw: string): raw is T => allowed.has(raw);
  return { parse: (raw) => (isAllowed(raw) ? raw : undefined), format: (v) => v };
}

/** A free-text parameter: any text, `%` and commas included, is a value. */
export const text: ParamCodec<string> = { parse: (raw) => raw, format: (v) => v };

/** A boolean as 1/0. */
export const flag: ParamCodec<boolean> = {
  parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  format: (v) => (v ? '1' : '0'),
};

/**
 * A finite number between `min` and `max`. Out-of-range values are clamped by default (a link
 * asking for day 400 shows the last day there is); with `clamp: false` they are unusable.
 */
export function numberIn(min = -Infinity, max = Infinity, { clamp = true } = {}): ParamCodec<number> {
  return {
    parse: (raw) => {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) return undefined;
      if (n >= min && n <= max) return n;
      return clamp ? Math.min(max, Math.max(min, n)) : undefined;
    },
    format: (v) => String(v),
  };
}

/** A calendar day as YYYY-MM-DD that exists (no 2023-02-30). */
export const isoDay: ParamCodec<string> = {
  parse: (raw) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
    const day = new Date(`${raw}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === raw ? raw : undefined;
  },
  format: (v) => v,
};

/** A value that may be absent: `null` is written as nothing (so it is best used as the default). */
export function nullable<T>(codec: ParamCodec<T>): ParamCodec<T | null> {
  return {
    parse: (raw) => (raw === '' ? null : codec.parse(raw)),
    format: (v) => (v === null ? '' : codec.format(v)),
  };
}

/** Percent-escapes: a run of `%XX` triples. */
const ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g;

/**
 * Decode the `%XX` escapes that form valid UTF-8 and keep everything else as written, so a
 * hand-typed `100%` or a cut-off `%E0%A4%A` stays text instead of throwing "URI malformed".
 */
function decodeLeniently(item: string): string {
  return item.replace(ESCAPES, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      // Broken UTF-8 in the run: still decode its ASCII escapes, keep the rest as written.
      return run.replace(/%[0-7][0-9A-Fa-f]/g, (escape) => String.fromCharCode(parseInt(escape.slice(1), 16)));
    }
  });
}

/**
 * A comma-separated list of non-empty names. Inside an item `%` and `,` are written `%25` and
 * `%2C`, so any name round-trips; reading decodes only valid escapes, so links written by
 * hand (`100%`) or by the older per-item `encodeURIComponent` format read as meant.
 */
export const list: ParamCodec<string[]> = {
  parse: (raw) =>
    raw
      .split(',')
      .filter((item) => item !== '')
      .map(decodeLeniently),
  format: (v) => v.map((item) => item.replace(/%/g, '%25').replace(/,/g, '%2C')).join(','),
};
