// Sobol' indices from model outputs on a Saltelli design (saltelli.ts), as SALib's analyze/sobol.py
// computes them: Y standardised; S1_j = mean(B·(AB_j − A)) / Var([A; B]) (Saltelli et al. 2010);
// ST_j = ½·mean((A − AB_j)²) / Var([A; B]) (Jansen 1999); S2_jk = mean(BA_j·AB_k − A·B) / Var − S1_j
// − S1_k (Saltelli 2002). Intervals: the base points resampled with replacement (the same resamples
// for every index), half-width z₀.₉₇₅ × the resampled estimates' standard deviation.
import type { Rng } from '../../engine/rng/rng';
import { saltelliStep, type SaltelliLayout } from './saltelli';

/** Φ⁻¹(0.975): SALib's norm.ppf(0.5 + 0.95 / 2). */
export const Z95 = 1.959963984540054;
export const RESAMPLES = 100;

export interface SobolIndices {
  S1: number[];
  S1Conf: number[];
  ST: number[];
  STConf: number[];
  /** S2[j][k] for j < k (NaN elsewhere), with second order only. */
  S2?: number[][];
  S2Conf?: number[][];
}

/** The standardised outputs split into A, B, AB_j and BA_j columns of N values each. */
interface Split {
  a: Float64Array;
  b: Float64Array;
  ab: Float64Array[];
  ba: Float64Array[];
}

function split(y: ArrayLike<number>, l: SaltelliLayout): Split | null {
  const step = saltelliStep(l);
  if (y.length !== l.n * step) throw new RangeError(`sensitivity/sobolIndices: ${y.length} outputs for a design of ${l.n * step} rows`);
  let mean = 0;
  for (let i = 0; i < y.length; i++) mean += y[i];
  mean /= y.length;
  let ss = 0;
  for (let i = 0; i < y.length; i++) ss += (y[i] - mean) ** 2;
  const sd = Math.sqrt(ss / y.length);
  if (!(sd > 0)) return null;
  const col = (offset: number) => Float64Array.from({ length: l.n }, (_, i) => (y[i * step + offset] - mean) / sd);
  return {
    a: col(0),
    b: col(step - 1),
    ab: Array.from({ length: l.d }, (_, j) => col(1 + j)),
    ba: l.secondOrder ? Array.from({ length: l.d }, (_, j) => col(1 + l.d + j)) : [],
  };
}

/** The estimates on the base points `idx` (all of them, or one resample). */
function estimate(s: Split, idx: ArrayLike<number>, l: SaltelliLayout): { s1: number[]; st: number[]; s2: number[][] } | null {
  const m = idx.length;
  let sum = 0;
  let sq = 0;
  for (let t = 0; t < m; t++) {
    const i = idx[t];
    sum += s.a[i] + s.b[i];
    sq += s.a[i] * s.a[i] + s.b[i] * s.b[i];
  }
  const mean = sum / (2 * m);
  const v = sq / (2 * m) - mean * mean;
  // SALib returns 0 where A and B hold one value (np.ptp(y) == 0).
  if (!(v > 1e-300)) return null;
  const s1: number[] = [];
  const st: number[] = [];
  for (let j = 0; j < l.d; j++) {
    const ab = s.ab[j];
    let f = 0;
    let t2 = 0;
    for (let t = 0; t < m; t++) {
      const i = idx[t];
      f += s.b[i] * (ab[i] - s.a[i]);
      t2 += (s.a[i] - ab[i]) ** 2;
    }
    s1.push(f / m / v);
    st.push((0.5 * t2) / m / v);
  }
  const s2: number[][] = [];
  if (l.secondOrder) {
    for (let j = 0; j < l.d; j++) {
      s2.push(new Array<number>(l.d).fill(NaN));
      for (let k = j + 1; k < l.d; k++) {
        let c = 0;
        for (let t = 0; t < m; t++) {
          const i = idx[t];
          c += s.ba[j][i] * s.ab[k][i] - s.a[i] * s.b[i];
        }
        s2[j][k] = c / m / v - s1[j] - s1[k];
      }
    }
  }
  return { s1, st, s2 };
}

function sd1(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
}

/**
 * Indices from outputs `y` in the design's row order. `rng` draws the bootstrap resamples (N × R
 * base-point indices, resample by resample). Constant outputs give every index and interval 0.
 */
export function sobolIndices(y: ArrayLike<number>, l: SaltelliLayout, rng: Rng, resamples = RESAMPLES): SobolIndices {
  const s = split(y, l);
  const zeros = () => new Array<number>(l.d).fill(0);
  const grid = () => Array.from({ length: l.d }, (_, j) => Array.from({ length: l.d }, (_, k) => (k > j ? 0 : NaN)));
  const all = Int32Array.from({ length: l.n }, (_, i) => i);
  const point = s && estimate(s, all, l);
  const out: SobolIndices = { S1: point ? point.s1 : zeros(), S1Conf: zeros(), ST: point ? point.st : zeros(), STConf: zeros() };
  if (l.secondOrder) (out.S2 = point ? point.s2 : grid()), (out.S2Conf = grid());
  if (!s || !point) return out;
  const draws: { s1: number[]; st: number[]; s2: number[][] }[] = [];
  const idx = new Int32Array(l.n);
  for (let r = 0; r < resamples; r++) {
    for (let t = 0; t < l.n; t++) idx[t] = Math.floor(rng() * l.n);
    draws.push(estimate(s, idx, l) ?? { s1: zeros(), st: zeros(), s2: grid().map((row) => row.map((x) => (Number.isNaN(x) ? x : 0))) });
  }
  for (let j = 0; j < l.d; j++) {
    out.S1Conf[j] = Z95 * sd1(draws.map((e) => e.s1[j]));
    out.STConf[j] = Z95 * sd1(draws.map((e) => e.st[j]));
    if (out.S2Conf) for (let k = j + 1; k < l.d; k++) out.S2Conf[j][k] = Z95 * sd1(draws.map((e) => e.s2[j][k]));
  }
  return out;
}
