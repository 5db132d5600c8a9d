import { DAY_MS } from '../../../lib/time/day';
import type { LaunchFigure } from './launch-series';

/** Fewest figures a Bass fit accepts (three parameters and one degree of freedom). */
export const MIN_FIT_FIGURES = 4;

/** A reported count of registered accounts (cumulative signups), by one counter. */
export interface RegisteredFigure {
  readonly date: Date;
  readonly value: number;
  readonly region: string;
  /** Who counted: the company, or the tracker or data vendor. */
  readonly vendor: string;
  readonly source: string;
}

/** The launch fields the offers read. */
export interface LaunchRef {
  readonly region: string;
  readonly event_date: Date;
  readonly addressable_population: number | null;
}

/** An analogue launch's series: one counter's figures in the launch's own region. */
export interface AnalogueSeries {
  readonly vendor: string;
  readonly region: string;
  /** The same counter's largest figure before the launch (accounts that already existed), 0 if none. */
  readonly baseline: number;
  /** Figures on or after the launch, by date then size. */
  readonly figures: readonly (LaunchFigure & { readonly date: Date; readonly source: string })[];
}

/** Either what can be used, or why it cannot. */
export type Offer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const millions = (n: number) => `${Number((n / 1e6).toPrecision(3))}M`;
const byDateThenValue = (a: RegisteredFigure, b: RegisteredFigure) =>
  a.date.getTime() - b.date.getTime() || a.value - b.value;

/**
 * The series an analogue launch is fitted to, or why it has none. Only the launch's own
 * region counts (a platform's global figures for a regional launch would count other
 * regions' signups too), and only one counter: the one with the most figures after the
 * launch. Its own count before the launch is the baseline; a counter that starts after
 * the launch while another counted before it cannot say how many joined since.
 */
export function analogueSeries(all: readonly RegisteredFigure[], launch: LaunchRef): Offer<AnalogueSeries> {
  const start = launch.event_date.getTime();
  const inRegion = all.filter((f) => f.region === launch.region && f.value > 0);
  if (inRegion.length === 0) return { ok: false, reason: `no signup figures for ${launch.region}` };
  const after = inRegion.filter((f) => f.date.getTime() >= start);
  if (after.length === 0) return { ok: false, reason: 'no signup figures after it' };
  const counts = new Map<string, number>();
  for (const f of after) counts.set(f.vendor, (counts.get(f.vendor) ?? 0) + 1);
  const [vendor] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const before = inRegion.filter((f) => f.vendor === vendor && f.date.getTime() < start);
  if (before.length === 0 && inRegion.some((f) => f.date.getTime() < start)) {
    return { ok: false, reason: `its figures after it come from ${vendor}, which has no count before it to subtract` };
  }
  const baseline = Math.max(0, ...before.map((f) => f.value));
  const own = after.filter((f) => f.vendor === vendor).sort(byDateThenValue);
  let previous = baseline;
  for (const f of own) {
    if (f.value < previous)
      return { ok: false, reason: `${vendor}'s count falls from ${millions(previous)} to ${millions(f.value)}` };
    previous = f.value;
  }
  if (own.length < MIN_FIT_FIGURES) {
    return {
      ok: false,
      reason: `only ${own.length} signup figure${own.length === 1 ? '' : 's'} after it; a fit needs ${MIN_FIT_FIGURES}`,
    };
  }
  const figures = own.map((f) => ({
    days: Math.round((f.date.getTime() - start) / DAY_MS),
    value: f.value,
    date: f.date,
    source: f.source,
  }));
  return { ok: true, value: { vendor, region: launch.region, baseline, figures } };
}

/**
 * Why a target cannot be projected from an analogue series, or null when it can: it needs
 * an addressable population, and when it launched after the analogue the fit sees only the
 * figures dated before it, so there must be enough of those.
 */
export function targetReason(target: LaunchRef, analogue: LaunchRef, series: AnalogueSeries): string | null {
  if (target.addressable_population === null) return 'no addressable population in the data';
  if (target.event_date.getTime() > analogue.event_date.getTime()) {
    const known = series.figures.filter((f) => f.date.getTime() < target.event_date.getTime()).length;
    if (known < MIN_FIT_FIGURES)
      return `only ${known} analogue figure${known === 1 ? '' : 's'} before it; a fit needs ${MIN_FIT_FIGURES}`;
  }
  return null;
}

/** The latest launch of each region: the one a target region names. */
export function latestByRegion<T extends LaunchRef>(launches: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const l of launches) {
    const seen = latest.get(l.region);
    if (!seen || l.event_date.getTime() > seen.event_date.getTime()) latest.set(l.region, l);
  }
  return [...latest.values()];
}
