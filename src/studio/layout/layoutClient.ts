// Main-thread side of the layout worker: start a layout for a graph, receive positions as they settle.
import type { LayoutProgress, LayoutRequest } from './layoutWorker';
import { initialLayout } from './initialLayout';
import { layoutTicks } from './forceLayout';
import type { GraphArrays } from '../../runtime/session';
import type { LayoutHint } from './layoutHint';
import type { TieList } from '../view/drawData';

export class LayoutClient {
  private worker: Worker | null = null;
  private job = 0;
  private listener: ((positions: Float32Array, done: boolean) => void) | null = null;
  /** False while a force layout is still moving members. */
  settled = true;

  /**
   * Returns the generator-shaped positions at once and, when the graph is small enough, keeps
   * calling `onPositions` as the force layout settles in its worker.
   */
  start(graph: GraphArrays, hint: LayoutHint, ties: TieList, onPositions: (positions: Float32Array, done: boolean) => void): Float32Array {
    const start = initialLayout(hint, graph.offsets, graph.community);
    const n = graph.offsets.length - 1;
    const ticks = layoutTicks(n, hint.kind);
    this.job++;
    this.listener = onPositions;
    if (ticks === 0 || ties.ends.length === 0) {
      this.stop();
      this.settled = true;
      return start;
    }
    this.settled = false;
    const worker = this.ensure();
    const request: LayoutRequest = {
      type: 'start',
      job: this.job,
      ticks,
      input: { n, ends: ties.ends, strength: ties.strength, positions: start.slice(), ring: hint.kind === 'ring' },
    };
    worker.postMessage(request);
    return start;
  }

  stop(): void {
    this.worker?.postMessage({ type: 'stop' });
    this.settled = true;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'murmuration-layout' });
    worker.onmessage = (e: MessageEvent<LayoutProgress>) => {
      if (e.data.job !== this.job) return;
      if (e.data.done) this.settled = true;
      this.listener?.(e.data.positions, e.data.done);
    };
    this.worker = worker;
    return worker;
  }
}
