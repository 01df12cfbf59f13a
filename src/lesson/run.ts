// Running a lesson step headlessly, as the studio would show it: the step's run, and its variant when it compares.
import { createSimulation, type Simulation } from '../engine/simulation';
import { summarize, seriesCollector, type SeriesRow, type Summary } from '../engine/measure';
import { toSimulationSpec } from '../scenario/spec';
import type { Scenario } from '../scenario/schema';
import type { LoadedLesson } from './load';
import type { LessonStep } from './schema';
import { readout, type Readout } from './readout';

export interface StepRun {
  label: string;
  sim: Simulation;
  summary: Summary;
  series: SeriesRow[];
  readout: Readout;
}

export interface StepResult {
  /** The step's own run. */
  run: StepRun;
  /** The variant, when the step compares. */
  compare?: StepRun;
}

function runOne(scenario: Scenario, seed: number | undefined, step: LessonStep, label: string): StepRun {
  const sim = createSimulation(toSimulationSpec(seed === undefined ? scenario : { ...scenario, seed }));
  // `ticks` runs that many (fewer if nothing can change any more); otherwise until done.
  const most = step.run.ticks ?? Infinity;
  const collect = seriesCollector(sim);
  const series: SeriesRow[] = [collect()];
  while (!sim.done && sim.tick < most) {
    sim.step();
    series.push(collect());
  }
  return { label, sim, summary: summarize(sim), series, readout: readout(sim, step.show, step.members) };
}

/** Runs step `index` of a loaded lesson; `seed` replaces the scenario's seed (claims are checked over many). */
export function runStep(lesson: LoadedLesson, index: number, opts: { seed?: number } = {}): StepResult {
  const s = lesson.steps[index];
  if (!s) throw new RangeError(`lesson/runStep: no step ${index} (the lesson has ${lesson.steps.length})`);
  const run = runOne(s.scenario, opts.seed, s.step, s.compare?.baseline ?? s.step.title);
  if (!s.compare) return { run };
  return { run, compare: runOne(s.compare.scenario, opts.seed, s.step, s.compare.label) };
}
