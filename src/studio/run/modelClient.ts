// The studio's handle on the model worker: calls through comlink, and a restart when the worker fails.
import { wrap, releaseProxy, type Remote } from 'comlink';
import type { WorkerApi } from '../../runtime/api';

export type ModelApi = Remote<WorkerApi>;

export class ModelClient {
  private worker: Worker | null = null;
  private remote: ModelApi | null = null;
  private generation = 0;

  /** Called once per failure (an uncaught error in the worker, or a call that threw). */
  onFailure: (message: string) => void = () => {};

  get api(): ModelApi {
    if (!this.remote) this.start();
    return this.remote!;
  }

  /** Calls the worker; a failure is reported once and rethrown so the caller stops what it was doing. */
  async call<R extends Promise<unknown>>(fn: (api: ModelApi) => R): Promise<Awaited<R>> {
    const generation = this.generation;
    try {
      return await fn(this.api);
    } catch (e) {
      if (generation === this.generation) this.onFailure(describe(e));
      throw e;
    }
  }

  /** A fresh worker; sessions in the old one are gone, so the caller recreates its runs. */
  restart(): void {
    this.stop();
    this.start();
  }

  stop(): void {
    this.generation++;
    if (this.remote) this.remote[releaseProxy]();
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
  }

  private start(): void {
    const worker = new Worker(new URL('../../runtime/browserWorker.ts', import.meta.url), { type: 'module', name: 'murmuration-model' });
    const generation = this.generation;
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      if (generation === this.generation) this.onFailure(e.message || 'the model worker stopped');
    });
    worker.addEventListener('messageerror', () => this.onFailure('a message from the model worker could not be read'));
    this.worker = worker;
    this.remote = wrap<WorkerApi>(worker);
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
