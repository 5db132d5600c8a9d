/**
 * The two decay shapes a retention curve is fitted with, with their analytical
 * derivatives (used by the optimiser and by the uncertainty band).
 *   power law:    r(N) = a · N^(−b)            (N ≥ 1)
 *   exponential:  r(N) = c + a · e^(−k·N)      (decays to a plateau c)
 */
export const DECAY_MODELS = ['power', 'exponential'] as const;
export type DecayModelName = (typeof DECAY_MODELS)[number];

export interface DecayModel {
  readonly name: DecayModelName;
  readonly label: string;
  readonly formula: string;
  readonly parameterNames: readonly string[];
  value(params: readonly number[], day: number): number;
  gradient(params: readonly number[], day: number): number[];
  initial(days: readonly number[], rates: readonly number[]): number[];
  readonly min: readonly number[];
  readonly max: readonly number[];
}

export const POWER_LAW: DecayModel = {
  name: 'power',
  label: 'Power law',
  formula: 'r(N) = a · N^(−b)',
  parameterNames: ['a', 'b'],
  value: ([a = 0, b = 0], day) => a * Math.pow(day, -b),
  gradient: ([a = 0, b = 0], day) => {
    const p = Math.pow(day, -b);
    return [p, -a * p * Math.log(day)];
  },
  initial: (_days, rates) => [rates[0] ?? 0.3, 0.5],
  min: [0, 0],
  max: [2, 5],
};

export const EXPONENTIAL: DecayModel = {
  name: 'exponential',
  label: 'Exponential decay to a plateau',
  formula: 'r(N) = c + a · e^(−k·N)',
  parameterNames: ['a', 'k', 'c'],
  value: ([a = 0, k = 0, c = 0], day) => c + a * Math.exp(-k * day),
  gradient: ([a = 0, k = 0], day) => {
    const e = Math.exp(-k * day);
    return [e, -a * day * e, 1];
  },
  initial: (days, rates) => {
    const last = rates[rates.length - 1] ?? 0;
    const first = rates[0] ?? 0;
    const span = (days[days.length - 1] ?? 1) - (days[0] ?? 0) || 1;
    return [Math.max(first - last, 0.01), 3 / span, Math.max(last * 0.9, 0)];
  },
  min: [0, 1e-5, 0],
  max: [2, 5, 1],
};
