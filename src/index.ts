/**
 * Murmuration as a library: word of mouth on community networks, seeded and deterministic.
 *
 * ```ts
 * import { runScenario } from 'murmuration';
 * const out = await runScenario({ network: { kind: 'watts-strogatz', n: 1000, k: 10, p: 0.1 }, sharing: { model: 'independent-cascade', p: 0.1 } }, { seed: 7 });
 * console.log(out.summary.reach);
 * ```
 *
 * The same entry serves browsers and bundlers (batches on Web Workers) and Node (batches on
 * worker_threads, through the package's `node` export condition). Everything not exported here is
 * internal and may change between minor versions.
 * @module
 */
import { runSeedsOn, thisThread, type SeedResult, type SeedsOptions } from './library/batch';
import { browserPool } from './library/browserPool';
import type { Scenario, ScenarioInput } from './scenario/schema';

export { InputError, type Problem } from './engine/problem';
export { parseScenario, type ParseOptions } from './library/scenario';
export { createRun, runScenario, type Run, type RunOptions, type RunOutput, type CascadeRow, type SeriesRow, type Summary } from './library/run';
export { generateNetwork, measureNetwork, type Graph, type NetworkReport } from './library/network';
export type { SeedResult, SeedsOptions } from './library/batch';
export type { Scenario, ScenarioInput } from './scenario/schema';
export { describePath, declaredRange, type ParamInfo } from './scenario/paramInfo';
export { suggestSeeds, type SeedsRequestOptions, type SuggestedSeeds, type Interval } from './library/seeds';
export {
  sobolDesign,
  sobolAnalyze,
  morrisDesign,
  morrisAnalyze,
  type SensitivityInput,
  type SobolDesign,
  type MorrisDesign,
  type SobolIndices,
  type MorrisIndices,
} from './library/sensitivity';
export { createAbcSmc, type AbcSmcOptions } from './analysis/calibration/abcSmc';
export { createRejectionAbc, type RejectionOptions } from './analysis/calibration/rejectionAbc';
export type { AbcSampler, Posterior, Proposal, PopulationRecord, StopReason } from './analysis/calibration/sampler';
export type { Parameter } from './analysis/calibration/unitBox';
export { curveDistance, curveScale, type ObservedCurve } from './analysis/calibration/curveDistance';
export { summarizePosterior, type ParameterSummary } from './analysis/calibration/posteriorSummary';

/**
 * Runs a scenario over many seeds: on Web Workers where the host has them (`workers`, default
 * `navigator.hardwareConcurrency`), in this thread where it does not or with `workers: 0`.
 * Results come in seed order and are identical whichever way they ran.
 */
export function runSeeds(scenario: Scenario | ScenarioInput | Record<string, unknown>, options: SeedsOptions): Promise<SeedResult[]> {
  const want = options.workers ?? (typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1);
  const executor = typeof Worker === 'function' && want > 0 ? browserPool(want, new URL('./worker.js', import.meta.url)) : thisThread();
  return runSeedsOn(executor, scenario, options);
}
