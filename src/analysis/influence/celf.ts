// CELF (Leskovec et al. 2007): lazy greedy over Monte Carlo estimates, for dynamics without RR-set theory.
import type { SimulationSpec } from '../../engine/simulation';
import type { Graph } from '../../engine/network/graph';
import { adoptersPerRun, CELF_OFFSET } from './monteCarlo';

export interface CelfOptions {
  k: number;
  /** Members CELF may choose from, in the order they were pre-screened. */
  candidates: Int32Array;
  /** Runs per estimate of σ(S). */
  runs: number;
}

export interface CelfResult {
  seeds: Int32Array;
  /** CELF's own estimate of σ(seeds) (from the runs it chose with: biased upward). */
  estimate: number;
  simulations: number;
  evaluations: number;
}

/**
 * σ(S) is the mean adopters over `runs` runs whose run seeds are fixed (seed + CELF_OFFSET + r):
 * every set is scored on the same runs (common random numbers), so gains compare sets, not luck.
 * Gains are kept with the size of S they were computed at; a stale gain at the top is recomputed
 * against the current S and put back, a fresh one is taken (ties to the earlier candidate). With
 * estimates instead of exact values σ is not submodular for certain, and the dynamics (the STEPPS
 * model, SIR, Bass, thresholds with social proof) need not be submodular at all: no guarantee.
 */
export function celf(spec: SimulationSpec, graph: Graph, opts: CelfOptions): CelfResult {
  const { k, candidates, runs } = opts;
  const base = spec.seed + CELF_OFFSET;
  let simulations = 0;
  let evaluations = 0;
  const sigma = (set: number[]): number => {
    simulations += runs;
    evaluations++;
    const a = adoptersPerRun(spec, graph, set, runs, base);
    let s = 0;
    for (let i = 0; i < runs; i++) s += a[i];
    return s / runs;
  };
  const c = candidates.length;
  const gain = new Float64Array(c);
  const at = new Int32Array(c);
  const value = new Float64Array(c);
  const taken = new Uint8Array(c);
  for (let i = 0; i < c; i++) gain[i] = value[i] = sigma([candidates[i]]);
  const seeds: number[] = [];
  let current = 0;
  while (seeds.length < Math.min(k, c)) {
    let best = -1;
    for (let i = 0; i < c; i++) if (!taken[i] && (best < 0 || gain[i] > gain[best])) best = i;
    if (at[best] === seeds.length) {
      taken[best] = 1;
      seeds.push(candidates[best]);
      current = value[best];
      continue;
    }
    value[best] = sigma([...seeds, candidates[best]]);
    gain[best] = value[best] - current;
    at[best] = seeds.length;
  }
  return { seeds: Int32Array.from(seeds), estimate: current, simulations, evaluations };
}
