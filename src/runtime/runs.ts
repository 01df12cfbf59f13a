// Whole runs for batches: a resolved scenario and a seed in, a summary (and optionally the series) out.
import { createSimulation } from '../engine/simulation';
import { runToEnd, type RunResult } from '../engine/measure';
import type { SimulationSpec } from '../engine/simulation';

export const runApi = {
  runOne(spec: SimulationSpec, opts: { series?: boolean } = {}): RunResult {
    return runToEnd(createSimulation(spec), opts);
  },
};
