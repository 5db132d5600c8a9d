import type { ParamCodec } from './codecs';

/** What kind of loaded data a parameter's value names. */
export type NameKind = 'platform' | 'region';

/** The platforms and regions loaded in this browser, to check the names a link carries. */
export interface KnownNames {
  readonly platforms: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
}

/** A part of a link that could not be used; the parameter's default (or the loaded data) is shown instead. */
export type LinkProblem =
  | { readonly kind: 'malformed'; readonly key: string; readonly label: string; readonly raw: string }
  | {
      readonly kind: 'not-loaded';
      readonly key: string;
      readonly label: string;
      readonly refersTo: NameKind;
      readonly names: readonly string[];
    };

/** A parameter's value read from a link, and what of it could not be used. */
export interface ParamReading<T> {
  readonly value: T;
  readonly problem: LinkProblem | null;
}

/** How a write reaches the browser's history. */
export type HistoryMode = 'push' | 'replace';

/** One pending change of the address: the text to write, or null to remove the key. */
export interface ParamWrite {
  readonly key: string;
  readonly text: string | null;
  readonly maxLength: number;
  readonly history: HistoryMode;
}

/** What every parameter offers whatever its type, so the app can check a whole link. */
export interface ParamInfo {
  readonly key: string;
  /** How the page names this part of a link ("Days shown"). */
  readonly label: string;
  readonly history: HistoryMode;
  /** Longest value written, counted encoded as in the address; longer values stay out of the link. */
  readonly maxLength: number;
  /** Read the raw text (null when absent) and say whether it could be used. */
  check(raw: string | null, known?: KnownNames): LinkProblem | null;
}

/** A typed URL parameter: key, default, codec and options, declared once. */
export interface UrlParam<T> extends ParamInfo {
  readonly fallback: T;
  readonly codec: ParamCodec<T>;
  read(raw: string | null, known?: KnownNames): ParamReading<T>;
  /** The write that sets this value; the default is written as "no key", keeping links short. */
  update(value: T): ParamWrite;
  /** The write that puts this parameter back to its default. */
  reset(): ParamWrite;
}

/** Options of `defineParam`; `refersTo` only for text and list parameters. */
export interface ParamOptions<T> {
  readonly label: string;
  /** 'push' for navigation (a change of section); 'replace', the default, for controls. */
  readonly history?: HistoryMode;
  readonly maxLength?: number;
  /** The value names loaded data: names this browser has not loaded fall back (see `read`). */
  readonly refersTo?: T extends string | readonly string[] ? NameKind : never;
}

/** Far below any server's limit on a whole request line (8 KB is common, 4 KB the least). */
export const DEFAULT_MAX_LENGTH = 2_000;

function namesIn(value: unknown): readonly string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Keep the loaded names: a list keeps its loaded items, one name stays only if loaded. */
function keepLoaded<T>(value: T, loaded: (name: string) => boolean): T | undefined {
  if (typeof value === 'string') return loaded(value) ? value : undefined;
  if (!Array.isArray(value)) return value;
  const kept: unknown[] = value.filter((item) => typeof item !== 'string' || loaded(item));
  return kept.length === 0 ? undefined : (kept as T);
}

/** How long `text` is once written into the address as `key=text`. */
export function encodedLength(key: string, text: string): number {
  return new URLSearchParams([[key, text]]).toString().length;
}

/**
 * Declare a URL parameter. Reading never throws: text the codec cannot use, and (with
 * `refersTo`) names that are not loaded, fall back to the default and are reported as a
 * `LinkProblem`, so the page can say which part of a link it could not use.
 */
export function defineParam<T>(key: string, fallback: T, codec: ParamCodec<T>, options: ParamOptions<T>): UrlParam<T> {
  const fallbackText = codec.format(fallback);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const label = options.label;
  const read = (raw: string | null, known?: KnownNames): ParamReading<T> => {
    if (raw === null) return { value: fallback, problem: null };
    const parsed = codec.parse(raw);
    if (parsed === undefined) return { value: fallback, problem: { kind: 'malformed', key, label, raw } };
    const refersTo = options.refersTo;
    if (!refersTo || !known || raw === fallbackText) return { value: parsed, problem: null };
    const loaded = refersTo === 'platform' ? known.platforms : known.regions;
    const missing = namesIn(parsed).filter((name) => !loaded.has(name));
    if (missing.length === 0) return { value: parsed, problem: null };
    const problem: LinkProblem = { kind: 'not-loaded', key, label, refersTo, names: missing };
    return { value: keepLoaded(parsed, (name) => loaded.has(name)) ?? fallback, problem };
  };
  const history = options.history ?? 'replace';
  const update = (value: T): ParamWrite => {
    const text = codec.format(value);
    return { key, text: text === fallbackText ? null : text, maxLength, history };
  };
  return {
    key,
    label,
    fallback,
    codec,
    maxLength,
    history,
    read,
    check: (raw, known) => read(raw, known).problem,
    update,
    reset: () => ({ key, text: null, maxLength, history }),
  };
}
