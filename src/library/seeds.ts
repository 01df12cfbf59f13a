// Optimal seeding for library users: the k members that maximise expected reach, by the method
// that fits the scenario's model (OPIM-C or IMM with their guarantee, CELF without one), and the
// heuristics at the same budget on the same fresh runs — what `murmur seeds --json` reports.
import { InputError } from '../engine/problem';
import { toSimulationSpec } from '../scenario/spec';
import type { Scenario, ScenarioInput } from '../scenario/schema';
import { seedingBudget } from '../engine/seeding/strategies';
import type { InfluenceMethod } from '../engine/seeding/influence/result';
import { checkSeedsRequest, defaultMethod, optimalSeeds, type SeedsAnswer } from '../analysis/influence/optimalSeeds';
import { pinNetwork, scenarioGraph, type Estimate } from '../analysis/influence/monteCarlo';
import { compareStrategies } from '../analysis/influence/compareStrategies';
import { asScenario } from './scenario';

export interface SeedsRequestOptions {
  /** Seeds to choose; default the scenario's seeding budget. */
  budget?: number;
  method?: InfluenceMethod;
  /** ε of the (1 − 1/e − ε) guarantee, in (0, 1); default 0.1. */
  epsilon?: number;
  /** The seed of the RR sets, the simulations and the network; default the scenario's. */
  seed?: number;
  /** Fresh paired runs that estimate every set's reach (default 200). */
  runs?: number;
}

export interface Interval {
  mean: number;
  low: number;
  high: number;
  runs: number;
}

export interface SuggestedSeeds extends Omit<SeedsAnswer, 'seeds'> {
  seeds: number[];
  /** The chosen set's reach over fresh runs, not the RR sets that chose it, with a 95% interval. */
  reach: Interval;
  /** Every heuristic at the same budget on the same runs, and the chosen set's gain over each. */
  strategies: { strategy: string; seeds: number[]; reach: Interval; gain?: Interval }[];
}

const interval = (e: Estimate): Interval => ({ mean: e.mean, low: e.mean - e.half, high: e.mean + e.half, runs: e.runs });

/** @throws InputError for a budget outside 1..n, ε outside (0, 1), or a method that does not fit the model (naming the one that does). */
export function suggestSeeds(scenario: Scenario | ScenarioInput | Record<string, unknown>, options: SeedsRequestOptions = {}): SuggestedSeeds {
  const spec = pinNetwork(toSimulationSpec(asScenario(scenario, options.seed)));
  const graph = scenarioGraph(spec);
  const req = { budget: options.budget ?? seedingBudget(spec.seeding), method: options.method ?? defaultMethod(spec), epsilon: options.epsilon ?? 0.1 };
  const problems = checkSeedsRequest(spec, graph.n, req, { budget: options.budget === undefined ? 'seeding.budget' : 'budget', method: 'method', epsilon: 'epsilon' });
  if (problems.length) throw new InputError(problems);
  const answer = optimalSeeds(spec, graph, req);
  const rows = compareStrategies(spec, graph, answer.seeds, options.runs ?? 200);
  return {
    ...answer,
    seeds: Array.from(answer.seeds),
    reach: interval(rows[0].reach),
    strategies: rows.map((r) => ({ strategy: r.strategy, seeds: Array.from(r.seeds), reach: interval(r.reach), ...(r.gain ? { gain: interval(r.gain) } : {}) })),
  };
}
