import { bassCurve, type BassParams } from './bass';
import { quantileSorted } from './quantile';
import { activeUsers } from './retention';

/** Projected cumulative signups and active users, d days after the target launch. */
export interface ProjectionRow {
  readonly day: number;
  readonly signupsLow: number;
  readonly signups: number;
  readonly signupsHigh: number;
  readonly activesLow: number;
  readonly actives: number;
  readonly activesHigh: number;
}

export interface TargetProjectionInput {
  /** The analogue's fitted parameters. */
  readonly fitted: BassParams;
  /** Bootstrap parameter sets of the analogue (see `bootstrapBass`). */
  readonly samples: readonly BassParams[];
  /** Eventual adopters in the target region: addressable population × reachable share. */
  readonly market: number;
  /** p and q to use instead of the fitted ones (null = fitted). */
  readonly p?: number | null;
  readonly q?: number | null;
  /** Daily retention curve r[0..horizonDays]. */
  readonly retention: ArrayLike<number>;
  readonly horizonDays: number;
  /** Band quantiles; default 10th–90th percentile. */
  readonly band?: readonly [number, number];
}

export const DEFAULT_BAND: readonly [number, number] = [0.1, 0.9];

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got ${String(value)}.`);
  return value;
}

/** Cumulative adopters for days 0..days (index d = day d, 0 on launch day). */
export function cumulativeByDay(params: BassParams, days: number): Float64Array {
  const out = new Float64Array(days + 1);
  out.set(bassCurve(params, days), 1);
  return out;
}

/**
 * Project a launch in the target region: Bass(p, q, m_target) from the target's launch
 * day, and active users as those adopters kept by the retention curve. Each bootstrap set
 * moves p, q and m by the same ratio it moved from the analogue's fit (an override keeps
 * its own value but the same relative spread), so the band carries the fit's uncertainty
 * in both timing and size. The band is clamped to contain the base line, so
 * low ≤ base ≤ high always holds.
 */
export function projectTarget(input: TargetProjectionInput): { params: BassParams; rows: ProjectionRow[] } {
  const { fitted, samples, retention, horizonDays } = input;
  if (!Number.isInteger(horizonDays) || horizonDays < 1)
    throw new Error(`The horizon must be a positive number of days, got ${horizonDays}.`);
  const market = positive('The target market (addressable population × reachable share)', input.market);
  const base: BassParams = {
    p: positive('p', input.p ?? fitted.p),
    q: positive('q', input.q ?? fitted.q),
    m: market,
  };
  if (samples.length === 0) throw new Error('The band needs at least one bootstrap sample.');
  const [lowQ, highQ] = input.band ?? DEFAULT_BAND;

  const baseSignups = cumulativeByDay(base, horizonDays);
  const baseActives = activeUsers(baseSignups, retention);
  const sampleSignups = samples.map((s) =>
    cumulativeByDay(
      { p: (base.p * s.p) / fitted.p, q: (base.q * s.q) / fitted.q, m: (base.m * s.m) / fitted.m },
      horizonDays,
    ),
  );
  const sampleActives = sampleSignups.map((curve) => activeUsers(curve, retention));

  const column = new Float64Array(samples.length);
  const bandAt = (curves: readonly Float64Array[], day: number, baseValue: number): [number, number] => {
    curves.forEach((c, i) => (column[i] = c[day] as number));
    column.sort();
    return [Math.min(baseValue, quantileSorted(column, lowQ)), Math.max(baseValue, quantileSorted(column, highQ))];
  };

  const rows: ProjectionRow[] = [];
  for (let day = 0; day <= horizonDays; day++) {
    const signups = baseSignups[day] as number;
    const actives = baseActives[day] as number;
    const [signupsLow, signupsHigh] = bandAt(sampleSignups, day, signups);
    const [activesLow, activesHigh] = bandAt(sampleActives, day, actives);
    rows.push({ day, signupsLow, signups, signupsHigh, activesLow, actives, activesHigh });
  }
  return { params: base, rows };
}
