// IMM (Tang, Shi & Xiao, SIGMOD 2015): estimate a lower bound on OPT, then θ = λ* / LB RR sets, then greedy.
import type { Graph } from '../../network/graph';
import type { Diffusion } from './diffusion';
import { RRSets } from './rrSets';
import { greedyMaxCoverage } from './maxCoverage';
import { immSizes, GREEDY_RATIO, type ImmSizes } from './sampleSizes';
import type { InfluenceResult } from './result';

export interface ImmOptions {
  k: number;
  epsilon: number;
  /** Confidence 1 − 1/n^ℓ; default 1. */
  ell?: number;
  seed: number | string;
}

/**
 * The sampling phase tests guesses x = n/2, n/4, … of OPT with θ_x = ⌈λ'/x⌉ RR sets and stops at
 * the first x where n·F_R(S) ≥ (1 + ε')·x, taking LB = n·F_R(S)/(1 + ε') (the paper's test, Algorithm
 * 2; pnnl/ripples omits the 1 + ε'); with no such x, LB = 1. The node-selection phase then draws
 * θ = ⌈λ* / LB⌉ fresh RR sets, independent of those that set LB (Chen's 2018 correction of the
 * paper's reuse, whose martingale argument does not hold), and returns greedy's k members.
 */
export function imm(graph: Graph, diffusion: Diffusion, opts: ImmOptions): InfluenceResult {
  const { n } = graph;
  const { k, epsilon } = opts;
  const sizes = immSizes(n, k, epsilon, opts.ell ?? 1);
  const { lb, drawn } = lowerBound(graph, diffusion, opts.seed, k, sizes);
  const theta = Math.ceil(sizes.lambdaStar / lb);
  const selection = new RRSets(graph, diffusion, opts.seed, 'imm');
  // Sized from the sampling phase's mean, with room to spare: one allocation instead of a series.
  selection.reserve(theta, theta * (drawn.size / drawn.count) * 1.05 + 1024);
  selection.sample(theta);
  const cover = greedyMaxCoverage(selection, k);
  return {
    method: 'imm',
    seeds: cover.seeds,
    estimate: (n * cover.covered) / theta,
    estimateFrom: 'the RR sets that chose the seeds (biased upward)',
    guarantee: `expected reach ≥ (1 − 1/e − ${epsilon}) × optimum = ${(GREEDY_RATIO - epsilon).toFixed(3)} × optimum, with probability ≥ 1 − 1/n^${opts.ell ?? 1}`,
    ratio: GREEDY_RATIO - epsilon,
    rrSets: drawn.count + selection.count,
    rrEntries: drawn.size + selection.size,
    meanSize: (drawn.size + selection.size) / (drawn.count + selection.count),
    theta,
    lowerBound: lb,
    bytes: Math.max(drawn.bytes, selection.bytes()),
  };
}

/**
 * The sampling phase (Algorithm 2 of the paper) in a function of its own, so that its RR sets can
 * be collected before the selection phase draws θ more.
 */
function lowerBound(graph: Graph, diffusion: Diffusion, seed: number | string, k: number, sizes: ImmSizes): { lb: number; drawn: { count: number; size: number; bytes: number } } {
  const n = graph.n;
  const sampling = new RRSets(graph, diffusion, seed, 'imm-lb');
  let lb = 1;
  const last = Math.floor(Math.log2(n)) - 1;
  for (let i = 1; i <= last; i++) {
    const x = n / 2 ** i;
    const theta = Math.ceil(sizes.lambdaPrime / x);
    sampling.sample(theta - sampling.count);
    const f = greedyMaxCoverage(sampling, k).covered / sampling.count;
    if (n * f >= (1 + sizes.epsilonPrime) * x) {
      lb = (n * f) / (1 + sizes.epsilonPrime);
      break;
    }
  }
  return { lb, drawn: { count: sampling.count, size: sampling.size, bytes: sampling.bytes() } };
}
