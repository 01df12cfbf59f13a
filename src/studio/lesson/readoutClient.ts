// The page's handle on the lesson worker: each step's numbers asked for once per lesson and kept.
import { wrap, releaseProxy, type Remote } from 'comlink';
import type { LoadedLesson } from '../../lesson/load';
import type { ReadoutApi } from './readoutWorker';
import type { StepNumbers } from './stepNumbers';

export class ReadoutClient {
  private worker: Worker | null = null;
  private remote: Remote<ReadoutApi> | null = null;
  private readonly kept = new WeakMap<LoadedLesson, Map<number, Promise<StepNumbers>>>();

  /** Step `index`'s numbers; the first call per step runs it in the worker, later ones share the answer. */
  numbers(lesson: LoadedLesson, index: number): Promise<StepNumbers> {
    let byStep = this.kept.get(lesson);
    if (!byStep) this.kept.set(lesson, (byStep = new Map()));
    let found = byStep.get(index);
    if (!found) {
      found = this.api().stepNumbers(lesson, index);
      // A failed run is asked again next time rather than remembered.
      found.catch(() => byStep.delete(index));
      byStep.set(index, found);
    }
    return found;
  }

  private api(): Remote<ReadoutApi> {
    if (!this.remote) {
      this.worker = new Worker(new URL('./readoutWorker.ts', import.meta.url), { type: 'module', name: 'murmuration-lesson' });
      this.remote = wrap<ReadoutApi>(this.worker);
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
