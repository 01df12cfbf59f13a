// Shared by the theory tests: percolation on Poisson (Erdős–Rényi) graphs, solved numerically, and plain runs to the end.
import { createSimulation, type SimulationSpec } from '../../src/engine/simulation';
import type { Graph } from '../../src/engine/network/graph';

/**
 * The giant-cluster fraction S of bond percolation on a Poisson graph of mean degree z with
 * transmissibility T: the largest root of S = 1 − exp(−a·S), a = z·T (0 when a ≤ 1). Fixed-point
 * iteration from S = 1 converges monotonically to the largest root.
 */
export function giantFraction(a: number): number {
  if (a <= 1) return 0;
  let s = 1;
  for (let i = 0; i < 10_000; i++) {
    const next = 1 - Math.exp(-a * s);
    if (Math.abs(next - s) < 1e-15) return next;
    s = next;
  }
  return s;
}

/** Poisson probability of k, computed as a product so that large k stays finite. */
export function poisson(z: number, k: number): number {
  let p = Math.exp(-z);
  for (let i = 1; i <= k; i++) p *= z / i;
  return p;
}

/** Runs a spec until nothing can change (or its ticks run out) and returns the final adopter count. */
export function finalAdopters(spec: SimulationSpec, graph?: Graph): number {
  const sim = createSimulation(spec, graph ? { graph } : {});
  while (!sim.done) sim.step();
  return sim.dynamics.records[0].adopters;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function variance(xs: readonly number[]): number {
  const m = mean(xs);
  return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
}

/** Two-sample Kolmogorov–Smirnov statistic: the largest gap between the two empirical CDFs. */
export function ksStatistic(a: readonly number[], b: readonly number[]): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}
