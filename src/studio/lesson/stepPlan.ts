// What the studio does for a lesson step: the settings of steps 0..k as the studio's overrides, and how far to run (how fast: lessonPace.ts).
import type { LoadedLesson, ResolvedStep } from '../../lesson/load';
import { toOverrides } from '../../lesson/steps';
import { BUNDLED } from '../scenarios';
import { CUSTOM, parseOverride, type Override, type Settings } from '../settings';
import { LESSON_FOLDER, resolvePath } from './bundledLessons';

export interface StepPlan {
  index: number;
  step: ResolvedStep;
  settings: Settings;
  /** Ticks to run to; Infinity runs until nothing can change (or the scenario's ticks). */
  target: number;
  /** Names over the two halves of the screen when the step compares: [its own run, the variant]. */
  labels: [string, string] | null;
  /** Whether the class predicts first: the run and its numbers wait for Reveal. */
  predict: boolean;
}

function overrides(list: readonly string[]): Override[] {
  return list.map((text) => {
    const o = parseOverride(text);
    if (!o) throw new Error(`studio/lesson: "${text}" is not an override`);
    return o;
  });
}

/** The studio's scenario for a lesson: the bundled file it names, or its inline scenario as a custom one. */
export function lessonScenario(lesson: LoadedLesson): { scenario: string; custom: unknown } {
  if (lesson.scenarioFile !== undefined) {
    const file = resolvePath(LESSON_FOLDER, lesson.scenarioFile);
    const found = BUNDLED.find((s) => s.file === file);
    if (found) return { scenario: found.name, custom: null };
  }
  return { scenario: CUSTOM, custom: lesson.scenarioInput };
}

/**
 * Step k as studio settings: `set` holds the loader's resolved overrides (every earlier step's
 * settings, then this one's), and a comparing step puts only the variant's own settings in
 * `compare`, which the studio applies after `set` for run B: the loader's compare overrides exactly.
 */
export function planStep(lesson: LoadedLesson, index: number, speed: number): StepPlan {
  const step = lesson.steps[index];
  if (!step) throw new RangeError(`studio/lesson: no step ${index} (the lesson has ${lesson.steps.length})`);
  const { scenario, custom } = lessonScenario(lesson);
  const c = step.step.run.compare;
  const settings: Settings = {
    scenario,
    custom,
    seed: null,
    set: overrides(step.overrides),
    compare: c ? overrides(toOverrides(c.settings)) : null,
    speed,
    at: 0,
  };
  return {
    index,
    step,
    settings,
    target: step.step.run.ticks ?? Infinity,
    labels: step.compare ? [step.compare.baseline, step.compare.label] : null,
    predict: step.step.predict !== undefined,
  };
}
