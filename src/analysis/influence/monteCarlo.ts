// Forward Monte Carlo through the engine: the graph a scenario runs on, and reach estimates with 95% intervals.
import { createSimulation, type SimulationSpec } from '../../engine/simulation';
import { runToEnd } from '../../engine/measure';
import { createStream } from '../../engine/rng/rng';
import { generateNetwork } from '../../engine/network/networks';
import { applyInterventions } from '../../engine/interventions/interventions';
import type { Graph } from '../../engine/network/graph';

/**
 * The scenario with its network pinned: `network.seed` set to the seed the run would have built
 * its graph from, so that runs of any seed share the graph (and any ties its interventions remove).
 */
export function pinNetwork(spec: SimulationSpec): SimulationSpec {
  return { ...spec, network: { ...spec.network, seed: spec.network.seed ?? spec.seed } };
}

/** The graph a run of the (pinned) scenario runs on, interventions applied. */
export function scenarioGraph(spec: SimulationSpec): Graph {
  const networkSeed = spec.network.seed ?? spec.seed;
  return applyInterventions(generateNetwork(createStream(networkSeed, 'network'), spec.network), spec.interventions, networkSeed);
}

/** Run seeds of evaluation run r (1-based): `seed + r`. CELF's own runs start at seed + CELF_OFFSET. */
export const CELF_OFFSET = 1_000_000;

export interface Estimate {
  /** Mean adopters (seeds included) over the runs. */
  mean: number;
  /** Half-width of the 95% interval of the mean (1.96 standard errors). */
  half: number;
  runs: number;
}

export function estimateOf(values: Float64Array): Estimate {
  const r = values.length;
  let s = 0;
  for (let i = 0; i < r; i++) s += values[i];
  const mean = s / r;
  let v = 0;
  for (let i = 0; i < r; i++) v += (values[i] - mean) ** 2;
  const sd = r > 1 ? Math.sqrt(v / (r - 1)) : 0;
  return { mean, half: (1.96 * sd) / Math.sqrt(r), runs: r };
}

/**
 * Adopters of the item in each of `runs` runs of the pinned scenario seeded with exactly `seeds`,
 * run r with run seed `base + r`: the same runs for every seed set (common random numbers), so
 * two sets' difference is measured paired.
 */
export function adoptersPerRun(spec: SimulationSpec, graph: Graph, seeds: ArrayLike<number>, runs: number, base: number): Float64Array {
  const out = new Float64Array(runs);
  const members = Array.from(seeds);
  for (let r = 0; r < runs; r++) {
    const sim = createSimulation({ ...spec, seed: base + r + 1, seeding: { strategy: 'explicit', members } }, { graph });
    // Not disposed: its records go to the collector rather than to a pool this loop would not reuse.
    out[r] = runToEnd(sim, { distances: false }).summary.adopters;
  }
  return out;
}

/** The mean of a − b run by run, with its 95% interval (a paired comparison). */
export function pairedDifference(a: Float64Array, b: Float64Array): Estimate {
  const d = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) d[i] = a[i] - b[i];
  return estimateOf(d);
}
