// The multivariate normal perturbation kernel of ABC-SMC: draws θ* ~ N(θ, Σ) and evaluates K_Σ(θ* | θ).
import { standardNormal } from '../../engine/rng/distributions';
import type { Rng } from '../../engine/rng/rng';

export interface GaussianKernel {
  readonly dim: number;
  /** Lower-triangular L with L Lᵀ = Σ (after the ridge that keeps Σ positive definite). */
  readonly chol: readonly (readonly number[])[];
  /** θ + L z with z standard normal. */
  perturb(rng: Rng, theta: readonly number[]): number[];
  /**
   * The normal density (2π)^(−d/2) |Σ|^(−½) exp(−½ (x − θ)ᵀ Σ⁻¹ (x − θ)), normalised: APMC keeps
   * particles of earlier populations beside new ones, and their weights compare only if every
   * population's kernel is a proper density.
   */
  density(x: readonly number[], theta: readonly number[]): number;
}

/**
 * A kernel with covariance `cov`. A population that has collapsed in some direction has a
 * singular covariance; `floor` (per coordinate, e.g. a tiny share of the prior's width squared) is
 * added to the diagonal so that the kernel still moves there.
 */
export function gaussianKernel(cov: readonly (readonly number[])[], floor: readonly number[]): GaussianKernel {
  const dim = cov.length;
  const a = cov.map((row, i) => row.map((v, j) => (i === j ? v + floor[i] : v)));
  const chol = cholesky(a);
  let logNorm = -0.5 * dim * Math.log(2 * Math.PI);
  for (let i = 0; i < dim; i++) logNorm -= Math.log(chol[i][i]);
  return {
    dim,
    chol,
    perturb(rng, theta) {
      const z = new Array<number>(dim);
      for (let k = 0; k < dim; k++) z[k] = standardNormal(rng);
      const out = new Array<number>(dim);
      for (let i = 0; i < dim; i++) {
        let s = theta[i];
        for (let k = 0; k <= i; k++) s += chol[i][k] * z[k];
        out[i] = s;
      }
      return out;
    },
    density(x, theta) {
      // Solve L y = x − θ; the quadratic form is |y|².
      let q = 0;
      const y = new Array<number>(dim);
      for (let i = 0; i < dim; i++) {
        let s = x[i] - theta[i];
        for (let k = 0; k < i; k++) s -= chol[i][k] * y[k];
        y[i] = s / chol[i][i];
        q += y[i] * y[i];
      }
      return Math.exp(logNorm - 0.5 * q);
    },
  };
}

/** Cholesky–Banachiewicz; throws when the matrix is not positive definite. */
export function cholesky(a: readonly (readonly number[])[]): number[][] {
  const n = a.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(s > 0)) throw new Error(`calibration: the kernel covariance is not positive definite (pivot ${i} is ${s})`);
        l[i][i] = Math.sqrt(s);
      } else {
        l[i][j] = s / l[j][j];
      }
    }
  }
  return l;
}
