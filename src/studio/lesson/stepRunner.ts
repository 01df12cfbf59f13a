// Runs the studio to a step's end at the step's pace, frame by frame, and stops exactly there (a `ticks: 6` step at tick 6).
import type { Studio } from '../studio';

/**
 * Resolves after the next animation frame. The studio draws in its own frame callback, registered
 * before this one, so awaiting a frame after a read means the canvas has drawn it. Reads must not
 * outpace frames: the canvas uploads only the last changed span of its colours per frame.
 */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Most ticks read at once when skipping to a tick (as the studio's own stepTo). */
const CHUNK = 50;
/** Most ticks read in one frame while running (as the studio's own Play). */
const CATCH_UP = 8;

export type RunnerState = 'idle' | 'running' | 'paused' | 'finished';

export class StepRunner {
  state: RunnerState = 'idle';
  private target = 0;
  private generation = 0;
  private timer = 0;
  private inFlight: Promise<void> | null = null;
  /** When the next tick is due (0: from the next read). */
  private due = 0;

  /** Called whenever the state changes (the panel redraws its buttons). */
  onChange: () => void = () => {};

  constructor(private readonly studio: Studio) {}

  /** Runs from the studio's current tick to `target` (Infinity: until nothing can change). */
  start(target: number): void {
    this.generation++;
    this.target = target;
    this.due = 0;
    this.set('running');
    this.schedule(0, this.generation);
  }

  pause(): void {
    if (this.state !== 'running') return;
    clearTimeout(this.timer);
    this.generation++;
    this.set('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.due = 0;
    this.set('running');
    this.schedule(0, ++this.generation);
  }

  /** Straight to the step's end: the rest of the run at once. */
  async skip(): Promise<void> {
    if (this.state === 'idle' || this.state === 'finished') return;
    clearTimeout(this.timer);
    const generation = ++this.generation;
    await this.inFlight;
    if (generation !== this.generation) return;
    this.set('running');
    if (!Number.isFinite(this.target)) await this.studio.runToEnd();
    else {
      while (generation === this.generation && !this.reached()) {
        await this.studio.step(Math.min(CHUNK, this.target - this.studio.tick));
        await nextFrame();
      }
    }
    if (generation === this.generation) this.finish();
  }

  /** Forgets the run (a new step is loading). */
  stop(): void {
    clearTimeout(this.timer);
    this.generation++;
    this.set('idle');
  }

  private reached(): boolean {
    return this.studio.done || this.studio.tick >= this.target;
  }

  private schedule(delay: number, generation: number): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.advance(generation), delay);
  }

  /**
   * One read per frame, of the ticks that are due at the step's speed (at most CATCH_UP): a long
   * run on a slow renderer keeps its pace by reading a few ticks a frame, as the studio's Play does.
   */
  private async advance(generation: number): Promise<void> {
    if (generation !== this.generation) return;
    if (this.reached()) return this.finish();
    const interval = 1000 / this.studio.settings.speed;
    const now = performance.now();
    if (this.due === 0) this.due = now;
    const ticks = Math.min(CATCH_UP, 1 + Math.floor(Math.max(0, now - this.due) / interval), this.target - this.studio.tick);
    this.due = Math.max(this.due + ticks * interval, now - interval);
    this.inFlight = this.studio.step(ticks).then(nextFrame);
    await this.inFlight;
    this.inFlight = null;
    if (generation !== this.generation) return;
    if (this.reached()) return this.finish();
    this.schedule(Math.max(0, this.due - performance.now()), generation);
  }

  private finish(): void {
    this.set('finished');
  }

  private set(state: RunnerState): void {
    if (this.state === state) return;
    this.state = state;
    this.onChange();
  }
}
