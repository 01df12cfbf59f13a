// The studio's runs over time: Play and Pause, steps, one read of new ticks at a time, and restarts that supersede each other.
import type { PaneSet } from './run/paneSet';
import { PlayClock } from './run/playClock';
import type { Sideline } from './sideline';

/** What the playback asks of the studio and tells it. */
export interface PlaybackHost {
  /** Ticks per second while playing. */
  speed(): number;
  emit(event: 'tick' | 'ended' | 'settings'): void;
}

export class Playback {
  /** True while a restart builds its runs (the previous run stays on screen until then). */
  loading = false;
  /** A read of new ticks is under way: reads go one at a time. */
  inFlight = false;
  private readonly clock = new PlayClock();
  private building: Promise<void> = Promise.resolve();
  /** Counts restarts, so that what a superseded restart or read finds out is dropped. */
  private generation = 0;

  constructor(
    private readonly panes: PaneSet,
    private readonly sideline: Sideline,
    private readonly stage: HTMLElement,
    private readonly host: PlaybackHost,
  ) {}

  get playing(): boolean {
    return this.clock.playing;
  }

  play(): void {
    if (this.panes.done || this.playing) return;
    this.clock.start(performance.now());
    this.host.emit('settings');
  }

  pause(): void {
    if (!this.playing) return;
    this.clock.stop();
    this.host.emit('settings');
  }

  /**
   * Begins a restart: the panes drop what is in flight, Play pauses and the stage says it is
   * building. Call the returned function once the new runs are built (or failed to be).
   */
  beginRestart(): () => void {
    const generation = ++this.generation;
    this.panes.invalidate();
    this.pause();
    this.loading = true;
    this.stage.dataset.loading = 'true';
    let built = () => {};
    this.building = new Promise<void>((resolve) => (built = resolve));
    return () => {
      // A later restart has begun meanwhile: the stage stays loading until that one is built.
      if (generation === this.generation) {
        this.loading = false;
        this.stage.dataset.loading = 'false';
      }
      built();
    };
  }

  /** No restart building and no read under way. */
  get idle(): boolean {
    return !this.loading && !this.inFlight;
  }

  /** Steps k ticks; asked while a restart builds its runs, it steps the new run once it is there. */
  async step(k = 1): Promise<void> {
    while (this.loading) await this.building;
    if (this.inFlight) return;
    await this.read(k);
  }

  async runToEnd(): Promise<void> {
    this.pause();
    await this.read(Infinity);
  }

  /** Steps until the given tick (or the end), in chunks so the page keeps drawing. */
  async stepTo(tick: number): Promise<void> {
    while (this.panes.tick < tick && !this.panes.done) await this.read(Math.min(50, tick - this.panes.tick));
  }

  /** Reads k ticks (Infinity: to the end) from every pane and applies them; a failed read pauses. */
  async read(k: number): Promise<void> {
    this.inFlight = true;
    let applied = false;
    try {
      // A pulse lasts about a tick at the chosen speed, long enough to see and short enough to end before the next.
      applied = await this.panes.read(k, Number.isFinite(k) ? Math.min(700, Math.max(160, 900 / this.host.speed())) : 0);
    } catch {
      this.pause();
    } finally {
      this.inFlight = false;
    }
    if (applied) await this.afterRead();
  }

  /** After new ticks: the side panels redraw on a later frame; an ended run fetches its summaries. */
  private async afterRead(): Promise<void> {
    this.sideline.markDue();
    this.host.emit('tick');
    if (this.panes.done) {
      this.pause();
      const generation = this.generation;
      const summaries = await Promise.all(this.panes.live().map((p) => p.summary())).catch(() => null);
      if (generation !== this.generation || !summaries) return;
      this.sideline.setSummaries(summaries);
      this.host.emit('ended');
    }
  }

  /** Animation frame: asks for the ticks that are due (one request at a time), then draws each canvas. */
  frame(now: number): void {
    this.sideline.tick(now);
    const due = this.inFlight || this.loading ? 0 : this.clock.due(now, this.host.speed());
    if (due > 0) void this.read(due);
    for (const p of this.panes.live()) p.maybeView?.frame(now);
  }
}
