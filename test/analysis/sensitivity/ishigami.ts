// The Ishigami function (Ishigami and Homma 1990), the standard check of Sobol' estimators, with its
// analytic indices for a = 7, b = 0.1 on x ~ U(−π, π)^3.
export const A = 7;
export const B = 0.1;

export function ishigami(x: readonly number[]): number {
  return Math.sin(x[0]) + A * Math.sin(x[1]) ** 2 + B * x[2] ** 4 * Math.sin(x[0]);
}

/** A unit-cube row scaled to [−π, π]^3. */
export function scaled(u: readonly number[]): number[] {
  return u.map((v) => -Math.PI + 2 * Math.PI * v);
}

// V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2; V1 = (1 + bπ⁴/5)²/2; V2 = a²/8; V13 = b²π⁸(1/18 − 1/50).
const V = A ** 2 / 8 + (B * Math.PI ** 4) / 5 + (B ** 2 * Math.PI ** 8) / 18 + 0.5;
const V1 = (1 + (B * Math.PI ** 4) / 5) ** 2 / 2;
const V2 = A ** 2 / 8;
const V13 = B ** 2 * Math.PI ** 8 * (1 / 18 - 1 / 50);
export const S1 = [V1 / V, V2 / V, 0];
export const ST = [(V1 + V13) / V, V2 / V, V13 / V];
export const S13 = V13 / V;
