import { checkFitPoints } from './fit-points';
import { informationCriteria, Z80, type Forecaster } from './forecast';

/**
 * The naive forecast: the last reported value, carried forward. Its 80% band is a random
 * walk's (FPP §5.5, σ√h), with σ² per day estimated from the steps between consecutive
 * figures, (Δy)²/Δt, since the figures are unevenly spaced.
 */
export const NAIVE: Forecaster = {
  id: 'naive',
  label: 'Naive (last value)',
  formula: 'ŷ(t) = last reported value',
  kind: 'baseline',
  fit(input) {
    const points = checkFitPoints(input, { minPoints: 2, monotone: false });
    const last = points[points.length - 1]!;
    let sum = 0;
    for (let i = 1; i < points.length; i++)
      sum += (points[i]!.y - points[i - 1]!.y) ** 2 / (points[i]!.t - points[i - 1]!.t);
    const perDay = sum / (points.length - 1);
    return {
      params: [{ name: 'last', value: last.y, se: null, unit: 'people' }],
      n: points.length,
      rss: 0,
      aic: null,
      bic: null,
      predict: () => last.y,
      band: (t) => {
        const half = Z80 * Math.sqrt(perDay * Math.max(0, t - last.t));
        return [last.y - half, last.y + half];
      },
    };
  },
};

/**
 * A straight line by ordinary least squares. Its 80% band is the regression prediction
 * interval, ±z·s·√(1 + 1/n + (t − t̄)²/Sₜₜ), with s² = RSS/(n − 2); none from two points.
 */
export const LINEAR_TREND: Forecaster = {
  id: 'linear',
  label: 'Linear trend',
  formula: 'ŷ(t) = a + b·t (least squares)',
  kind: 'baseline',
  fit(input) {
    const points = checkFitPoints(input, { minPoints: 2, monotone: false });
    const n = points.length;
    const tMean = points.reduce((s, p) => s + p.t, 0) / n;
    const yMean = points.reduce((s, p) => s + p.y, 0) / n;
    const stt = points.reduce((s, p) => s + (p.t - tMean) ** 2, 0);
    const b = points.reduce((s, p) => s + (p.t - tMean) * (p.y - yMean), 0) / stt;
    const a = yMean - b * tMean;
    const rss = points.reduce((s, p) => s + (p.y - a - b * p.t) ** 2, 0);
    const s2 = n > 2 ? rss / (n - 2) : null;
    const seB = s2 === null ? null : Math.sqrt(s2 / stt);
    const seA = s2 === null ? null : Math.sqrt(s2 * (1 / n + tMean ** 2 / stt));
    return {
      params: [
        { name: 'a', value: a, se: seA, unit: 'people' },
        { name: 'b', value: b, se: seB, unit: 'people/day' },
      ],
      n,
      rss,
      ...informationCriteria(n, 2, rss),
      predict: (t) => a + b * t,
      band: (t) => {
        if (s2 === null) return null;
        const half = Z80 * Math.sqrt(s2 * (1 + 1 / n + (t - tMean) ** 2 / stt));
        return [a + b * t - half, a + b * t + half];
      },
    };
  },
};
