// Run A, and run B when comparing: their canvases made and disposed as compare mode comes and goes.
import { CanvasView, type ViewEvents } from '../view/canvasView';
import type { SizeMode } from '../view/drawData';
import type { Shell } from '../shell';
import type { ModelClient } from './modelClient';
import { RunPane } from './runPane';
import type { Problem } from '../../engine/problem';
import { overridesFor, type Settings } from '../settings';
import { baseScenario, baseScenarioB } from '../resolveSettings';

export type PaneId = 'A' | 'B';

export class PaneSet {
  A: RunPane | null = null;
  B: RunPane | null = null;

  constructor(
    private readonly shell: Shell,
    private readonly model: ModelClient,
    private readonly events: (id: PaneId) => ViewEvents,
    private readonly sizeMode: () => SizeMode,
  ) {}

  live(): RunPane[] {
    return [this.A, this.B].filter((p): p is RunPane => p !== null);
  }

  /** Bumped by every restart: a read begun before it is not applied after it. */
  private generation = 0;

  /** A restart begins: reads still in flight are dropped when they come back. */
  invalidate(): void {
    this.generation++;
  }

  /**
   * Reads k ticks from every pane together (compare runs stay in step) and applies what changed, pulses
   * lasting `pulseMs`; Infinity reads to the end. False when a restart came first (nothing applied).
   */
  async read(k: number, pulseMs: number): Promise<boolean> {
    const panes = this.live();
    if (!panes.length) return false;
    const generation = this.generation;
    const deltas = await Promise.all(panes.map((p) => (Number.isFinite(k) ? p.step(k) : p.runToEnd())));
    if (generation !== this.generation) return false;
    const now = performance.now();
    panes.forEach((p, i) => p.apply(deltas[i], now, pulseMs));
    return true;
  }

  /**
   * Builds the runs the settings ask for (B on A's network when it is the same), each from tick 0.
   * Returns the model's problems, or null when a later restart took over while building.
   */
  async create(next: Settings): Promise<Problem[] | null> {
    const generation = this.generation;
    this.ensure(next.compare !== null);
    const problems: Problem[] = [];
    for (const id of ['A', 'B'] as const) {
      const pane = this[id];
      if (!pane) continue;
      const made = await pane.create(id === 'B' ? baseScenarioB(next) : baseScenario(next), overridesFor(next, id), id === 'B' ? this.A : null);
      if (generation !== this.generation) return null;
      if (!made.ok) problems.push(...made.problems);
    }
    return problems;
  }

  /** Every run has ended. */
  get done(): boolean {
    return this.live().every((p) => p.state.done);
  }

  /** The tick shown (runs advance together; the later one when one has ended). */
  get tick(): number {
    return Math.max(0, ...this.live().map((p) => p.state.tick));
  }

  /** Every canvas has drawn all it was given (no pulse travelling) and no layout is moving members. */
  get settled(): boolean {
    return this.live().every((p) => p.layout.settled && p.maybeView?.settled === true);
  }

  /** Frames drawn and pulses in flight per pane, and whether the layouts have settled: figures the tests read. */
  stats(): { frames: number[]; pulses: number[]; layout: 'settled' | 'moving' } {
    const panes = this.live();
    return {
      frames: panes.map((p) => p.maybeView?.frames ?? 0),
      pulses: panes.map((p) => p.maybeView?.pulsesInFlight ?? 0),
      layout: panes.every((p) => p.layout.settled) ? 'settled' : 'moving',
    };
  }

  /** Resolves after the next animation frame has drawn every canvas (the page is then really showing the runs). */
  drawn(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (this.live().every((p) => p.maybeView && p.maybeView.frames > 0) ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
  }

  /** Makes the panes the mode needs; the stage takes its shape first, so canvases start at their final size. */
  ensure(compare: boolean): void {
    const { panes, stage } = this.shell;
    stage.dataset.compare = compare ? 'true' : 'false';
    if (!this.A) this.A = this.make('A');
    if (compare && !this.B) {
      panes.B.hidden = false;
      this.B = this.make('B');
    } else if (!compare && this.B) {
      this.B.dispose();
      this.B = null;
      panes.B.hidden = true;
      void this.model.call((api) => api.sessionDispose('B')).catch(() => {});
    }
  }

  private make(id: PaneId): RunPane {
    const host = this.shell.panes[id].querySelector<HTMLElement>('[data-role="canvas"]')!;
    const view = CanvasView.create(host, this.events(id)).then((v) => {
      v.setSizeMode(this.sizeMode());
      return v;
    });
    return new RunPane(id, view, this.model);
  }

  dispose(): void {
    for (const p of this.live()) p.dispose();
  }
}
