// ln C(n, k) by log-gamma, exactly enough for the sample-size rules of IMM and OPIM-C.

/**
 * ln Γ(x) for x > 0. Below 15 the recurrence Γ(x) = Γ(x + 1) / x lifts x into the range where the
 * Stirling series with terms to x⁻⁹ is accurate to double precision (its first omitted term is
 * below 1e-16 there).
 */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`influence/lnGamma: x must be positive (got ${x})`);
  let shift = 0;
  while (x < 15) {
    shift += Math.log(x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 / 1188))));
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

/**
 * ln C(n, k) = ln Γ(n + 1) − ln Γ(k + 1) − ln Γ(n − k + 1). For small k the product form
 * Σ ln((n − i) / (i + 1)) is used instead: it avoids subtracting two numbers near n ln n, which at
 * n = 10⁶ would cost about 1e-9 of absolute precision (harmless, but the sum is exact to 1e-13).
 */
export function logBinomial(n: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 0 || k > n) throw new RangeError(`influence/logBinomial: needs whole 0 ≤ k ≤ n (got n=${n}, k=${k})`);
  const j = Math.min(k, n - k);
  if (j <= 1000) {
    let s = 0;
    for (let i = 0; i < j; i++) s += Math.log((n - i) / (i + 1));
    return s;
  }
  return lnGamma(n + 1) - lnGamma(j + 1) - lnGamma(n - j + 1);
}
