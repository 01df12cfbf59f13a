// The page's handle on the lesson's numbers: each step run in a worker of its own through the one
// worker API (runtime/api.ts), asked for once per lesson and kept.
import { wrap, releaseProxy, type Remote } from 'comlink';
import type { LoadedLesson } from '../../lesson/load';
import type { StepNumbers } from '../../lesson/numbers';
import type { WorkerApi } from '../../runtime/api';

export class ReadoutClient {
  private worker: Worker | null = null;
  private remote: Remote<WorkerApi> | null = null;
  private readonly kept = new WeakMap<LoadedLesson, Map<number, Promise<StepNumbers>>>();

  /** Step `index`'s numbers; the first call per step runs it in the worker, later ones share the answer. */
  numbers(lesson: LoadedLesson, index: number): Promise<StepNumbers> {
    let byStep = this.kept.get(lesson);
    if (!byStep) this.kept.set(lesson, (byStep = new Map()));
    let found = byStep.get(index);
    if (!found) {
      found = this.api().lessonNumbers(lesson, index);
      // A failed run is asked again next time rather than remembered.
      found.catch(() => byStep.delete(index));
      byStep.set(index, found);
    }
    return found;
  }

  /** A worker apart from the model's, so a step's numbers never wait behind the run on screen. */
  private api(): Remote<WorkerApi> {
    if (!this.remote) {
      this.worker = new Worker(new URL('../../runtime/browserWorker.ts', import.meta.url), { type: 'module', name: 'murmuration-lesson' });
      this.remote = wrap<WorkerApi>(this.worker);
    }
    return this.remote;
  }

  stop(): void {
    if (this.remote) this.remote[releaseProxy]();
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
  }
}
