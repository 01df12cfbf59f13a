// Runs the studio to a step's end at the step's pace, frame by frame, and stops exactly there (a `ticks: 6` step at tick 6).
import type { Studio } from '../studio';
import { PlayClock } from '../run/playClock';
import { DEFAULT_SPEED } from '../settings';

/**
 * Resolves after the next animation frame. The studio draws in its own frame callback, registered
 * before this one, so awaiting a frame after a read means the canvas has drawn it. Reads must not
 * outpace frames: the canvas uploads only the last changed span of its colours per frame.
 */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Most ticks read at once when skipping to a tick (as the studio's own stepTo). */
const CHUNK = 50;
export type RunnerState = 'idle' | 'running' | 'paused' | 'finished';

/** The run's line in the panel: the day, of how many when the step's length is known. */
export function stepStatus(state: RunnerState, tick: number, total: number | null): string {
  if (state === 'finished') return total === 0 ? 'Day 0: the network as it starts' : `Ended on day ${tick}`;
  return total ? `Day ${tick} of ${total}${state === 'paused' ? ' · paused' : ''}` : `Day ${tick}`;
}

export class StepRunner {
  state: RunnerState = 'idle';
  private target = 0;
  private generation = 0;
  private timer = 0;
  private inFlight: Promise<void> | null = null;
  /** When ticks are due at the rate (started at the first read after a start or resume). */
  private readonly clock = new PlayClock();
  /** Ticks per second the run plays at: the lesson's pace for this step (presentation only; the run is the same at any rate). */
  rate: number = DEFAULT_SPEED;

  /** Called whenever the state changes (the panel redraws its buttons). */
  onChange: () => void = () => {};

  constructor(private readonly studio: Studio) {}

  /** Runs from the studio's current tick to `target` (Infinity: until nothing can change). */
  start(target: number): void {
    this.generation++;
    this.target = target;
    this.clock.stop();
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
    this.clock.stop();
    this.set('running');
    this.schedule(0, ++this.generation);
  }

  /** A new rate (the teacher changed the pace): the ticks after the next one are due at it. */
  setRate(rate: number): void {
    this.rate = rate;
    this.clock.stop();
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
   * One read per frame, of the ticks that are due at the rate (a few at most, by the play clock): a
   * long run on a slow renderer keeps its pace by reading a few ticks a frame, as the studio's Play does.
   */
  private async advance(generation: number): Promise<void> {
    if (generation !== this.generation) return;
    if (this.reached()) return this.finish();
    const now = performance.now();
    if (!this.clock.playing) this.clock.start(now);
    const ticks = Math.min(this.clock.due(now, this.rate), this.target - this.studio.tick);
    if (ticks > 0) {
      this.inFlight = this.studio.step(ticks).then(nextFrame);
      await this.inFlight;
      this.inFlight = null;
      if (generation !== this.generation) return;
      if (this.reached()) return this.finish();
    }
    this.schedule(this.clock.wait(performance.now()), generation);
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
