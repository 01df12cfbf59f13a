// The chosen seeds against every heuristic strategy at the same budget, on the same runs (paired).
import type { SimulationSpec } from '../../engine/simulation';
import type { Graph } from '../../engine/network/graph';
import { chooseSeeds, SEEDING_STRATEGIES } from '../../engine/seeding/strategies';
import { createStreams } from '../../engine/rng/rng';
import { adoptersPerRun, estimateOf, pairedDifference, type Estimate } from './monteCarlo';

export interface StrategyRow {
  strategy: string;
  seeds: Int32Array;
  /** Mean adopters with its 95% interval. */
  reach: Estimate;
  /** Mean of (chosen set − this strategy) run by run, with its 95% interval; absent for the chosen set. */
  gain?: Estimate;
}

/** Strategies that pick their own members (not `explicit`, not the optimiser itself). */
export function heuristicStrategies(): string[] {
  return SEEDING_STRATEGIES.filter((s) => s !== 'explicit' && s !== ('optimal' as string));
}

/**
 * Every set is run `runs` times on run seeds seed + 1 … seed + runs, fresh runs that chose nothing
 * (RR sets and CELF draw from other streams), with the network pinned: an independent estimate, and
 * the differences paired run by run. A heuristic picks as a run of this seed would (the random
 * strategy from the scenario seed's `seeding` stream).
 */
export function compareStrategies(spec: SimulationSpec, graph: Graph, chosen: Int32Array, runs: number, label = 'optimal'): StrategyRow[] {
  const budget = chosen.length;
  const mine = adoptersPerRun(spec, graph, chosen, runs, spec.seed);
  const rows: StrategyRow[] = [{ strategy: label, seeds: chosen, reach: estimateOf(mine) }];
  for (const strategy of heuristicStrategies()) {
    const seeds = chooseSeeds(createStreams(spec.seed, spec.network.seed).seeding, graph, { strategy, budget } as never);
    const theirs = adoptersPerRun(spec, graph, seeds, runs, spec.seed);
    rows.push({ strategy, seeds, reach: estimateOf(theirs), gain: pairedDifference(mine, theirs) });
  }
  return rows;
}
