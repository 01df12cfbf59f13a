// OPIM-C (Tang et al., SIGMOD 2018): two RR collections doubled each round until the certified ratio suffices.
import type { Graph } from '../../network/graph';
import type { Diffusion } from './diffusion';
import { RRSets } from './rrSets';
import { coverageOf, greedyMaxCoverage } from './maxCoverage';
import { GREEDY_RATIO, opimLower, opimSizes, opimUpper } from './sampleSizes';
import type { InfluenceResult } from './result';

export interface OpimOptions {
  k: number;
  epsilon: number;
  /** Failure probability δ; default 1/n^ℓ with ℓ = 1. */
  delta?: number;
  seed: number | string;
}

/**
 * Round i holds θ_i = first·2^i RR sets in each of two independent collections R1 and R2. Greedy
 * on R1 gives S and an upper bound Λᵘ on the optimum's coverage in R1; S's coverage Λ₂ in R2 gives
 * a lower bound on its own. Their ratio, lower(Λ₂)/upper(Λᵘ), is a ratio certified with probability
 * 1 − δ; the rounds stop once it reaches 1 − 1/e − ε, or at the last round, where the guarantee
 * holds by the sample size alone. The schedule is OPIM1.1/alg.cpp's number for number, except that
 * the last round takes θ_max sets: doubling from the first round can stop short of θ_max by up to
 * half, and the sample-size guarantee needs all of them.
 */
export function opimC(graph: Graph, diffusion: Diffusion, opts: OpimOptions): InfluenceResult {
  const { n } = graph;
  const { k, epsilon } = opts;
  const delta = opts.delta ?? 1 / n;
  const sizes = opimSizes(n, k, epsilon, delta);
  const r1 = new RRSets(graph, diffusion, opts.seed, 'opim-1');
  const r2 = new RRSets(graph, diffusion, opts.seed, 'opim-2');
  const rounds: { rrSets: number; ratio: number }[] = [];
  let seeds: Int32Array = new Int32Array(0);
  let ratio = 0;
  let covered2 = 0;
  for (let i = 0; i < sizes.rounds; i++) {
    const theta = i === sizes.rounds - 1 ? sizes.most : sizes.first * 2 ** i;
    r1.sample(theta - r1.count);
    r2.sample(theta - r2.count);
    const cover = greedyMaxCoverage(r1, k, { bound: true });
    seeds = cover.seeds;
    covered2 = coverageOf(r2, seeds);
    ratio = opimLower(covered2, sizes.a) / opimUpper(cover.upper, sizes.a);
    rounds.push({ rrSets: theta, ratio });
    if (ratio >= GREEDY_RATIO - epsilon) break;
  }
  const reachedTarget = ratio >= GREEDY_RATIO - epsilon;
  return {
    method: 'opim-c',
    seeds,
    estimate: (n * covered2) / r2.count,
    estimateFrom: 'an independent second collection of RR sets (unbiased)',
    guarantee: reachedTarget
      ? `certified: expected reach ≥ ${ratio.toFixed(3)} × optimum (target 1 − 1/e − ${epsilon} = ${(GREEDY_RATIO - epsilon).toFixed(3)}), with probability ≥ 1 − ${fmt(delta)}`
      : `expected reach ≥ (1 − 1/e − ${epsilon}) × optimum by the sample size of the last round (certified ratio ${ratio.toFixed(3)}), with probability ≥ 1 − ${fmt(delta)}`,
    ratio: reachedTarget ? ratio : GREEDY_RATIO - epsilon,
    certified: ratio,
    rrSets: r1.count + r2.count,
    rrEntries: r1.size + r2.size,
    meanSize: (r1.size + r2.size) / Math.max(1, r1.count + r2.count),
    theta: r1.count,
    bytes: r1.bytes() + r2.bytes(),
    rounds,
  };
}

function fmt(x: number): string {
  return x >= 1e-3 ? String(Number(x.toPrecision(3))) : x.toExponential(2);
}
