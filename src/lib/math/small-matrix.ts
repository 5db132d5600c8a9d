/**
 * Inverse of a small square matrix (the k×k normal matrix JᵀJ of a curve fit, k ≤ 5) by
 * Gauss–Jordan elimination with partial pivoting. Returns null when the matrix is singular
 * to working precision: then the parameters are not identified by the data and no
 * standard error can be given.
 */
export function invertSmall(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(...matrix.flat().map(Math.abs));
  if (!(scale > 0) || !Number.isFinite(scale)) return null;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) <= scale * 1e-13) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const row = a[col]!;
    const d = row[col]!;
    for (let j = 0; j < 2 * n; j++) row[j] = row[j]! / d;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r]![col]!;
      if (f === 0) continue;
      for (let j = 0; j < 2 * n; j++) a[r]![j] = a[r]![j]! - f * row[j]!;
    }
  }
  return a.map((row) => row.slice(n));
}

/** JᵀJ for a Jacobian given as rows (one per observation). */
export function normalMatrix(jacobian: readonly (readonly number[])[], k: number): number[][] {
  const out = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const row of jacobian) for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) out[i]![j]! += row[i]! * row[j]!;
  return out;
}
