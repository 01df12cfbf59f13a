// Saltelli's design for Sobol' indices, in SALib's row layout (SALib sample/sobol.py): N base points
// of a scrambled Sobol' sequence in 2D dimensions, A its first D columns and B its last D; for each
// base point i, in turn, the rows A_i, AB_1i … AB_Di, [BA_1i … BA_Di,] B_i, where AB_j is A with
// column j from B and BA_j is B with column j from A. N(D+2) rows, or N(2D+2) with second order.
import type { Rng } from '../../engine/rng/rng';
import { MAX_SOBOL_DIMENSIONS } from './directionNumbers';
import { sobolPoints } from './sobolSequence';

export interface SaltelliLayout {
  /** Base points. */
  n: number;
  /** Inputs. */
  d: number;
  secondOrder: boolean;
}

/** Rows per base point: D + 2, or 2D + 2 with second order. */
export function saltelliStep(l: SaltelliLayout): number {
  return l.secondOrder ? 2 * l.d + 2 : l.d + 2;
}

export function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0 && n <= 2 ** 30;
}

/** The power of two nearest `n` (the larger on a tie), for a message that says what to give instead. */
export function nearestPowerOfTwo(n: number): number {
  if (n <= 1) return 1;
  const lo = 2 ** Math.floor(Math.log2(n));
  return n - lo < 2 * lo - n ? lo : 2 * lo;
}

/** Sobol' designs read 2D dimensions of the direction table. */
export const MAX_SOBOL_INPUTS = MAX_SOBOL_DIMENSIONS / 2;

/**
 * The design in [0, 1)^D, one row per model evaluation, in SALib's order. `rng` scrambles the
 * sequence (null: the plain sequence, whose first point is 0). N must be a power of two: the
 * sequence's balance properties hold for such prefixes.
 */
export function saltelliDesign(l: SaltelliLayout, rng: Rng | null): number[][] {
  const { n, d, secondOrder } = l;
  if (!isPowerOfTwo(n)) throw new RangeError(`sensitivity/saltelli: N must be a power of two (got ${n}; nearest ${nearestPowerOfTwo(n)})`);
  if (!Number.isInteger(d) || d < 1 || d > MAX_SOBOL_INPUTS) throw new RangeError(`sensitivity/saltelli: D must be 1 to ${MAX_SOBOL_INPUTS} (got ${d})`);
  const base = sobolPoints(n, 2 * d, rng);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = Array.from(base.subarray(i * 2 * d, i * 2 * d + d));
    const b = Array.from(base.subarray(i * 2 * d + d, (i + 1) * 2 * d));
    rows.push(a);
    for (let j = 0; j < d; j++) rows.push(a.map((x, c) => (c === j ? b[c] : x)));
    if (secondOrder) for (let j = 0; j < d; j++) rows.push(b.map((x, c) => (c === j ? a[c] : x)));
    rows.push(b);
  }
  return rows;
}
