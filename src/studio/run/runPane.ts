// One run on screen: its session in the model worker, its canvas, its layout, its rows and counts.
import type { SeriesRow, Summary } from '../../engine/measure';
import type { GraphArrays, SessionCreated, SessionDelta } from '../../runtime/session';
import { layoutHint, type LayoutHint } from '../layout/layoutHint';
import { DisplayStates } from './displayStates';
import type { CanvasView } from '../view/canvasView';
import { tieList } from '../view/drawData';
import { LayoutClient } from '../layout/layoutClient';
import type { ModelClient } from './modelClient';

type Created = Extract<SessionCreated, { ok: true }>;

export interface PaneState {
  tick: number;
  done: boolean;
  counts: Int32Array;
  rows: SeriesRow[];
  summary: Summary | null;
}

export class RunPane {
  readonly layout = new LayoutClient();
  graph: GraphArrays | null = null;
  positions: Float32Array = new Float32Array(0);
  hint: LayoutHint = { kind: 'disc' };
  created: Created | null = null;
  state: PaneState = { tick: 0, done: false, counts: new Int32Array(4), rows: [], summary: null };
  shares = 0;
  /** Each member's state on the canvas, from the model's raw changes. */
  private display = new DisplayStates(0);
  /** Panes that borrow this pane's graph and positions (B on A's network). */
  readonly followers = new Set<RunPane>();
  private leader: RunPane | null = null;

  private canvas: CanvasView | null = null;

  /** The canvas comes as a promise: creating it (WebGL, shaders) overlaps building the run in the worker. */
  constructor(
    readonly id: 'A' | 'B',
    private readonly viewReady: Promise<CanvasView>,
    private readonly model: ModelClient,
  ) {
    void viewReady.then((v) => (this.canvas = v));
  }

  /** The canvas if it is ready (a loop running before it is simply skips it). */
  get maybeView(): CanvasView | null {
    return this.canvas;
  }

  /** The canvas; there once `create` has resolved. */
  get view(): CanvasView {
    if (!this.canvas) throw new Error(`studio: run ${this.id} has no canvas yet`);
    return this.canvas;
  }

  /**
   * Creates the session. A new graph is laid out (generator shape at once, then the force layout
   * settling); the same graph keeps its positions and only the run restarts.
   */
  async create(raw: unknown, overrides: string[], leader: RunPane | null): Promise<Created | { ok: false; problems: { path: string; message: string }[] }> {
    const keepGraphOf = leader ? leader.id : this.created ? this.id : undefined;
    const [made, view] = await Promise.all([this.model.call((api) => api.sessionCreate(raw, overrides, { id: this.id, keepGraphOf })), this.viewReady]);
    this.canvas = view;
    if (!made.ok) return made;
    this.created = made;
    this.display = new DisplayStates(made.n);
    this.state = { tick: 0, done: false, counts: this.display.counts.slice(), rows: [], summary: null };
    this.shares = 0;
    this.leader?.followers.delete(this);
    this.leader = null;
    if (made.sameGraph && leader) {
      this.leader = leader;
      leader.followers.add(this);
      this.layout.stop();
      this.adoptGraph(leader.graph!, leader.positions, leader.hint, made.seeds);
    } else if (made.sameGraph) {
      this.view.resetRun(made.seeds);
    } else if (made.sameMembers && made.graph && (leader ?? this).positions.length === 2 * made.n) {
      // The same members with other ties (an intervention took different ones out): they stay where they are.
      const from = leader ?? this;
      if (leader) {
        this.leader = leader;
        leader.followers.add(this);
        this.layout.stop();
      }
      this.graph = made.graph;
      this.hint = from.hint;
      this.positions = from.positions;
      this.view.setGraph(made.graph, this.positions, made.seeds);
    } else {
      const graph = made.graph!;
      const ties = tieList(graph.offsets, graph.targets, graph.strength, 200_000);
      this.hint = layoutHint(made.scenario, made.communities);
      this.graph = graph;
      this.positions = this.layout.start(graph, this.hint, ties, (p) => this.movePositions(p));
      this.view.setGraph(graph, this.positions, made.seeds);
    }
    return made;
  }

  private adoptGraph(graph: GraphArrays, positions: Float32Array, hint: LayoutHint, seeds: Int32Array): void {
    const fresh = this.graph !== graph;
    this.graph = graph;
    this.positions = positions;
    this.hint = hint;
    if (fresh) this.view.setGraph(graph, positions, seeds);
    else {
      this.view.setPositions(positions);
      this.view.resetRun(seeds);
    }
  }

  private movePositions(p: Float32Array): void {
    this.positions = p;
    this.view.setPositions(p);
    for (const f of this.followers) {
      f.positions = p;
      f.view.setPositions(p);
    }
  }

  /** Applies what changed: colours of the members that changed, pulses for the new shares, rows. */
  apply(delta: SessionDelta, now: number, pulseMs: number): void {
    const shown = this.display.apply(delta.items);
    this.view.applyStates(shown.changed, shown.states);
    this.view.addPulses(shown.pulses, now, pulseMs);
    this.view.applyTieChanges(delta.ties);
    for (const r of delta.rows) this.state.rows.push(r);
    this.state.tick = delta.tick;
    this.state.done = delta.done;
    this.state.counts = this.display.counts.slice();
    this.shares += shown.shares;
  }

  async step(k: number): Promise<SessionDelta> {
    return this.model.call((api) => api.sessionStep(this.id, k));
  }

  async runToEnd(): Promise<SessionDelta> {
    return this.model.call((api) => api.sessionRunToEnd(this.id));
  }

  async summary(): Promise<Summary> {
    const s = await this.model.call((api) => api.sessionSummary(this.id));
    this.state.summary = s;
    return s;
  }

  dispose(): void {
    this.layout.dispose();
    this.leader?.followers.delete(this);
    void this.viewReady.then((v) => v.destroy());
  }
}
