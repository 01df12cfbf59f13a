// The lesson's numbers off the main thread: each step run headlessly with the lesson runner the claim tests use.
import { expose } from 'comlink';
import type { LoadedLesson } from '../../lesson/load';
import { runStep } from '../../lesson/run';
import { numbersOf, type StepNumbers } from './stepNumbers';

export const readoutApi = {
  /** Step `index` run as `runStep` runs it (the scenario's seed, the step's ticks or until done), reduced to its numbers. */
  stepNumbers(lesson: LoadedLesson, index: number): StepNumbers {
    const result = runStep(lesson, index);
    const numbers = numbersOf(result);
    result.run.sim.dispose();
    result.compare?.sim.dispose();
    return numbers;
  },
};

export type ReadoutApi = typeof readoutApi;

expose(readoutApi, self as unknown as DedicatedWorkerGlobalScope);
