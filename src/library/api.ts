// What both entries of the library export (src/index.ts for browsers and bundlers, src/node.ts for
// Node); each adds its own runSeeds, on the workers its host has.
export { InputError, type Problem } from '../engine/problem';
export { parseScenario, type ParseOptions } from './scenario';
export { createRun, runScenario, type Run, type RunOptions, type RunOutput, type CascadeRow, type SeriesRow, type Summary } from './run';
export { generateNetwork, measureNetwork, type Graph, type NetworkReport } from './network';
export type { SeedResult, SeedsOptions } from './batch';
export type { Scenario, ScenarioInput } from '../scenario/schema';
export { describePath, declaredRange, type ParamInfo } from '../scenario/paramInfo';
export { suggestSeeds, type SeedsRequestOptions, type SuggestedSeeds, type Interval } from './seeds';
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
} from './sensitivity';
export { createAbcSmc, type AbcSmcOptions } from '../analysis/calibration/abcSmc';
export { createRejectionAbc, type RejectionOptions } from '../analysis/calibration/rejectionAbc';
export type { AbcSampler, Posterior, Proposal, PopulationRecord, StopReason } from '../analysis/calibration/sampler';
export type { Parameter } from '../analysis/calibration/unitBox';
export { curveDistance, curveScale, type ObservedCurve } from '../analysis/calibration/curveDistance';
export { summarizePosterior, type ParameterSummary } from '../analysis/calibration/posteriorSummary';
