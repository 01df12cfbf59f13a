// The front door: the method that fits a scenario's model, its checks, and the seeds it chooses.
import type { SimulationSpec } from '../../engine/simulation';
import type { Graph } from '../../engine/network/graph';
import type { Problem } from '../../engine/problem';
import { chooseSeeds } from '../../engine/seeding/strategies';
import { createStreams } from '../../engine/rng/rng';
import { describeDiffusion, diffusionOf, nearestDiffusion, type Diffusion } from '../../engine/seeding/influence/diffusion';
import { imm } from '../../engine/seeding/influence/imm';
import { opimC } from '../../engine/seeding/influence/opimC';
import { celf } from './celf';
import type { InfluenceMethod, InfluenceResult } from '../../engine/seeding/influence/result';

export const METHODS: readonly InfluenceMethod[] = ['imm', 'opim-c', 'celf'];

export interface SeedsRequest {
  budget: number;
  method?: InfluenceMethod;
  /** ε of the (1 − 1/e − ε) guarantee; default 0.1. */
  epsilon?: number;
  /** Confidence 1 − 1/n^ℓ; default 1. */
  ell?: number;
  /** CELF: runs per estimate (default 32) and candidates beyond the budget (default max(k, 8)). */
  runs?: number;
  extraCandidates?: number;
}

/** What each request field is called where it came from (a CLI flag, a scenario path). */
export interface RequestPaths {
  budget: string;
  method: string;
  epsilon: string;
}

/** OPIM-C where RR-set theory applies (it certifies its ratio and usually stops early), CELF elsewhere. */
export function defaultMethod(spec: SimulationSpec): InfluenceMethod {
  return 'none' in diffusionOf(spec.sharing, spec.ticks) ? 'celf' : 'opim-c';
}

export function checkSeedsRequest(spec: SimulationSpec, n: number, req: SeedsRequest, paths: RequestPaths): Problem[] {
  const out: Problem[] = [];
  const b = req.budget;
  if (!Number.isInteger(b) || b < 1 || b > n) out.push({ path: paths.budget, message: `must be a whole number from 1 to the population size ${n} (got ${b})` });
  const eps = req.epsilon ?? 0.1;
  if (!(eps > 0 && eps < 1)) out.push({ path: paths.epsilon, message: `must be between 0 and 1, both excluded (got ${eps})` });
  const method = req.method ?? defaultMethod(spec);
  if (!METHODS.includes(method)) out.push({ path: paths.method, message: `unknown method "${method}" (known: ${METHODS.join(', ')})` });
  const d = diffusionOf(spec.sharing, spec.ticks);
  if ((method === 'imm' || method === 'opim-c') && 'none' in d) {
    out.push({
      path: paths.method,
      message: `${method} needs a classic model (the independent cascade, or the threshold model with threshold uniform on [0, 1]): ${d.none}; use celf`,
    });
  }
  return out;
}

export interface SeedsAnswer extends InfluenceResult {
  /** The model the method worked on, in words. */
  model: string;
}

/**
 * Seeds for `spec` (its network pinned, see monteCarlo.ts) on `graph`, drawn from streams of
 * `spec.seed`. The request must have passed checkSeedsRequest.
 */
export function optimalSeeds(spec: SimulationSpec, graph: Graph, req: SeedsRequest): SeedsAnswer {
  const k = req.budget;
  const epsilon = req.epsilon ?? 0.1;
  const method = req.method ?? defaultMethod(spec);
  const d = diffusionOf(spec.sharing, spec.ticks);
  if (method !== 'celf') {
    const diffusion = d as Diffusion;
    const r =
      method === 'imm'
        ? imm(graph, diffusion, { k, epsilon, ell: req.ell, seed: spec.seed })
        : opimC(graph, diffusion, { k, epsilon, delta: 1 / graph.n ** (req.ell ?? 1), seed: spec.seed });
    return { ...r, model: describeDiffusion(diffusion) };
  }
  const proxy = nearestDiffusion(spec.sharing, spec.ticks);
  const candidates = celfCandidates(spec, graph, proxy, k, req.extraCandidates ?? Math.max(k, 8));
  const runs = req.runs ?? 32;
  const c = celf(spec, graph, { k, candidates, runs });
  return {
    method: 'celf',
    model: `${spec.sharing.model} (candidates pre-screened under the ${describeDiffusion(proxy)})`,
    seeds: c.seeds,
    estimate: c.estimate,
    estimateFrom: `the ${runs} runs CELF chose with (biased upward)`,
    guarantee: 'none: CELF over Monte Carlo estimates; this model is not known to be submodular',
    ratio: null,
    rrSets: 0,
    rrEntries: 0,
    meanSize: 0,
    theta: 0,
    simulations: c.simulations,
    bytes: 0,
  };
}

/**
 * CELF's candidates: the first k + extra members OPIM-C (ε = 0.5) picks under the proxy model, then
 * the heuristics' picks (hubs, micro-influencers, bridges) not already among them, so that CELF
 * can always fall back to what a heuristic would do.
 */
function celfCandidates(spec: SimulationSpec, graph: Graph, proxy: Diffusion, k: number, extra: number): Int32Array {
  const first = Math.min(graph.n, k + extra);
  const screened = opimC(graph, proxy, { k: first, epsilon: 0.5, seed: spec.seed }).seeds;
  const seen = new Set<number>(screened);
  const out = Array.from(screened);
  const rng = createStreams(spec.seed, spec.network.seed).seeding;
  for (const strategy of ['hubs', 'micro-influencers', 'bridges'] as const) {
    for (const v of chooseSeeds(rng, graph, { strategy, budget: k })) {
      if (!seen.has(v)) {
        seen.add(v);
        out.push(v);
      }
    }
  }
  return Int32Array.from(out);
}
