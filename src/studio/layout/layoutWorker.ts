// The layout's own worker: d3-force ticks here, positions go back transferred; the model never sees them.
import { forceLayout, type ForceInput } from './forceLayout';

export interface LayoutRequest {
  type: 'start';
  job: number;
  input: ForceInput;
  ticks: number;
}
export interface LayoutProgress {
  type: 'positions';
  job: number;
  positions: Float32Array;
  done: boolean;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
let current = 0;

scope.onmessage = (e: MessageEvent<LayoutRequest | { type: 'stop' }>) => {
  const msg = e.data;
  if (msg.type === 'stop') {
    current = -1;
    return;
  }
  current = msg.job;
  run(msg);
};

function run({ job, input, ticks }: LayoutRequest): void {
  const { sim, read } = forceLayout(input);
  let done = 0;
  const slice = () => {
    if (current !== job) return;
    // Positions go out about ten times a second: each one redraws every tie on the main side.
    const until = performance.now() + 90;
    while (done < ticks && performance.now() < until) {
      sim.tick();
      done++;
    }
    const finished = done >= ticks || sim.alpha() < sim.alphaMin();
    const positions = read(new Float32Array(2 * input.n));
    scope.postMessage({ type: 'positions', job, positions, done: finished } satisfies LayoutProgress, [positions.buffer]);
    if (!finished) setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}
