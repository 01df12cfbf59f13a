// One call for the studio's worker: the optimal seeds of a scenario and every heuristic beside them, as plain data.
import type { SimulationSpec } from '../../engine/simulation';
import { InputError } from '../../engine/problem';
import type { InfluenceMethod } from '../../engine/seeding/influence/result';
import { pinNetwork, scenarioGraph } from './monteCarlo';
import { checkSeedsRequest, optimalSeeds } from './optimalSeeds';
import { compareStrategies } from './compareStrategies';

export interface SuggestRequest {
  budget: number;
  method?: InfluenceMethod;
  epsilon?: number;
  /** Fresh runs for the comparison (default 50: the studio answers in seconds; the CLI takes 200). */
  runs?: number;
  /** CELF's runs per estimate (default 16 here: the studio answers in seconds, the CLI certifies). */
  celfRuns?: number;
}

export interface SuggestRow {
  strategy: string;
  seeds: number[];
  mean: number;
  half: number;
  /** Chosen − this strategy, paired run by run (absent for the chosen set). */
  gain?: { mean: number; half: number };
}

export interface SuggestAnswer {
  seeds: number[];
  method: InfluenceMethod;
  model: string;
  guarantee: string;
  ratio: number | null;
  rrSets: number;
  simulations: number;
  runs: number;
  /** The chosen set first, then each heuristic at the same budget. */
  rows: SuggestRow[];
}

/** Throws InputError (paths `budget`, `method`, `epsilon`) for a request that does not fit the scenario. */
export function suggestSeeds(scenario: SimulationSpec, req: SuggestRequest): SuggestAnswer {
  const spec = pinNetwork(scenario);
  const graph = scenarioGraph(spec);
  const problems = checkSeedsRequest(spec, graph.n, req, { budget: 'budget', method: 'method', epsilon: 'epsilon' });
  if (problems.length) throw new InputError(problems);
  const answer = optimalSeeds(spec, graph, { budget: req.budget, method: req.method, epsilon: req.epsilon, runs: req.celfRuns ?? 16 });
  const runs = req.runs ?? 50;
  const rows = compareStrategies(spec, graph, answer.seeds, runs).map((r) => ({
    strategy: r.strategy,
    seeds: Array.from(r.seeds),
    mean: r.reach.mean,
    half: r.reach.half,
    ...(r.gain ? { gain: { mean: r.gain.mean, half: r.gain.half } } : {}),
  }));
  return {
    seeds: Array.from(answer.seeds),
    method: answer.method,
    model: answer.model,
    guarantee: answer.guarantee,
    ratio: answer.certified ?? answer.ratio,
    rrSets: answer.rrSets,
    simulations: answer.simulations ?? 0,
    runs,
    rows,
  };
}
