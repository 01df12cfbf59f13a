// The studio's controller: settings in, runs out. Lessons and tests drive it through these methods.
//
// What a lesson mode needs, without touching the page's internals:
//   load(settings) / setField(path, value) / setCompare([[path, value]]) / setScenario(name, raw?)
//   play() pause() toggle() step(k) stepTo(tick) runToEnd() reset() setSpeed(ticksPerSecond)
//   on('loaded' | 'tick' | 'ended' | 'settings', fn); tick, done, counts(pane), summary(pane)
//   panes.A.view: fit(), screenOf(member) (to point at it), setHighlight({ path, below }) (a path to draw)
//   model.call(api => api.sessionMember / sessionCascade …) for what the model knows of a member
// The URL follows `settings` (see urlState.ts); a lesson adds its own parameters beside them.
import { formatProblem, type Problem } from '../engine/problem';
import type { Summary } from '../engine/measure';
import type { Scenario } from '../scenario/schema';
import type { SizeMode } from './view/drawData';
import { ModelClient } from './run/modelClient';
import type { RunPane } from './run/runPane';
import { PaneSet, type PaneId } from './run/paneSet';
import { scenarioFields, type Field } from './controls/fields';
import { ControlPanel } from './controls/controlPanel';
import { LiveCharts } from './charts/liveCharts';
import { Messages } from './ui/messages';
import type { Override, Settings } from './settings';
import { fieldEdit, scenarioSwitch, seedEdit } from './settingsEdits';
import { PlayClock } from './run/playClock';
import { reportModelFailure } from './run/modelFailure';
import { reportRefused, showSettings } from './showSettings';
import { toQuery } from './urlState';
import { largestRebuild, REBUILD_TEXT } from './rebuilds';
import type { Shell } from './shell';
import { Sideline } from './sideline';
import { baseScenario, resolveSettings, scenarioFileOf } from './resolveSettings';

export type { PaneId };
type Listener = (studio: Studio) => void;
type StudioEvent = 'loaded' | 'tick' | 'ended' | 'settings';

export class Studio {
  settings: Settings;
  resolved: Scenario | null = null;
  resolvedB: Scenario | null = null;
  readonly model = new ModelClient();
  readonly panel: ControlPanel;
  readonly charts: LiveCharts;
  readonly messages: Messages;
  readonly panes: PaneSet;
  private readonly clock = new PlayClock();
  seedMode = false;
  sizeMode: SizeMode = 'degree';
  fields: Field[] = [];
  /** B's fields when B is another scenario (its differences name them). */
  fieldsB: Field[] = [];
  readonly sideline: Sideline;
  /** True while a restart builds its runs (the previous run stays on screen until then). */
  loading = false;
  private building: Promise<void> = Promise.resolve();
  private inFlight = false;
  private generation = 0;
  private listeners = new Map<StudioEvent, Set<Listener>>();
  private raf = 0;

  constructor(
    readonly shell: Shell,
    settings: Settings,
  ) {
    this.settings = settings;
    this.messages = new Messages(shell.messages);
    this.panel = new ControlPanel(shell.controls, (path, value) => void this.setField(path, value));
    this.charts = new LiveCharts(shell.charts);
    this.panes = new PaneSet(
      shell,
      this.model,
      (id) => ({ onHover: (m, x, y) => this.hooks.hover(id, m, x, y), onClick: (m, x, y) => this.hooks.click(id, m, x, y) }),
      () => this.sizeMode,
    );
    this.sideline = new Sideline(shell, this.charts, () => ({
      panes: this.livePanes(),
      tick: this.tick,
      ticks: this.resolved?.ticks ?? 0,
      done: this.done,
      labels: this.labels(),
    }));
    this.model.onFailure = (message) => this.workerFailed(message);
    const loop = (now: number) => {
      this.frame(now);
      this.raf = requestAnimationFrame(loop);
    };
    this.raf = requestAnimationFrame(loop);
  }

  on(event: StudioEvent, fn: Listener): () => void {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(fn);
    return () => this.listeners.get(event)?.delete(fn);
  }

  private emit(event: StudioEvent): void {
    for (const fn of this.listeners.get(event) ?? []) fn(this);
  }

  /** The scenario the settings start from (a bundled file or a dropped one). */
  baseRaw(s: Settings = this.settings): Record<string, unknown> {
    return baseScenario(s);
  }

  /** The scenario file as the CLI names it. */
  get scenarioFile(): string {
    return scenarioFileOf(this.settings);
  }

  /**
   * Shows a setting. With `sanitize` (a link), overrides that fail are dropped and named; a user's
   * change that fails leaves the current run and lists the problems at the fields. Returns success.
   */
  async load(next: Settings, opts: { sanitize?: boolean; changed?: string[] } = {}): Promise<boolean> {
    const r = resolveSettings(next, opts.sanitize);
    if (!r.ok) {
      reportRefused(r, this.panel, this.messages);
      return false;
    }
    if (r.dropped.length) this.messages.show('link', 'warning', 'Parts of the link could not be used; they were left out:', r.dropped);
    next = r.settings;
    const { resolved, resolvedB } = r;
    performance.mark('studio:validated');
    this.messages.dismiss('settings');
    this.panel.showProblems([]);
    const generation = ++this.generation;
    this.panes.invalidate();
    this.pause();
    this.loading = true;
    this.shell.stage.dataset.loading = 'true';
    let built = () => {};
    this.building = new Promise<void>((resolve) => (built = resolve));
    let problems: Problem[] | null;
    try {
      problems = await this.panes.create(next);
    } finally {
      if (generation === this.generation) {
        this.loading = false;
        this.shell.stage.dataset.loading = 'false';
      }
      built();
    }
    if (problems === null) return false;
    // The new settings become visible only now that every run has restarted: whoever sees them sees tick 0.
    this.settings = next;
    this.sideline.setSummaries(null);
    this.resolved = resolved;
    this.resolvedB = resolvedB;
    this.fields = scenarioFields(resolved as unknown as Record<string, unknown>);
    this.fieldsB = resolvedB && next.compareWith ? scenarioFields(resolvedB as unknown as Record<string, unknown>) : [];
    showSettings(this.shell, this.panel, this.fields, next, resolved);
    performance.mark('studio:fields');
    if (problems.length) {
      this.messages.show('settings', 'error', 'The model refused the setting:', problems.map(formatProblem));
      return false;
    }
    performance.mark('studio:sessions');
    await this.read(0);
    if (next.at > 0) await this.stepTo(next.at);
    performance.mark('studio:loaded');
    if (opts.changed?.length) {
      const rebuild = largestRebuild(opts.changed, resolved.network.seed !== undefined);
      if (rebuild) this.messages.toast(`${opts.changed.join(', ')} changed: this ${REBUILD_TEXT[rebuild]}.`);
    }
    this.sideline.markDue();
    this.emit('loaded');
    this.emit('settings');
    return true;
  }

  /** A control changed: the override is recorded (or dropped when it equals the file's value) and the run rebuilt. */
  async setField(path: string, value: unknown): Promise<boolean> {
    return this.load(fieldEdit(this.settings, this.resolved, path, value), { changed: [path] });
  }

  /** B's differences (null: compare off); `withScenario` makes B another bundled scenario (null: A's). */
  async setCompare(list: Override[] | null, withScenario: string | null | undefined = this.settings.compareWith): Promise<boolean> {
    const { compareWith: _, ...rest } = this.settings;
    // compareWith is left out unless B is another scenario, so settings read back from the link compare equal.
    return this.load({ ...rest, compare: list, ...(list !== null && withScenario ? { compareWith: withScenario } : {}), at: 0 });
  }

  async setScenario(name: string, custom: unknown = null): Promise<boolean> {
    return this.load(scenarioSwitch(this.settings, name, custom));
  }

  setSpeed(speed: number): void {
    this.settings = { ...this.settings, speed };
    this.emit('settings');
  }

  setSizeMode(mode: SizeMode): void {
    this.sizeMode = mode;
    for (const p of this.livePanes()) p.maybeView?.setSizeMode(mode);
  }

  /** Seeds the current item at a member: the seeding becomes an explicit list (kept in the link). */
  async seedAt(member: number, add: boolean): Promise<boolean> {
    return this.load(seedEdit(this.settings, this.resolved, member, add));
  }

  livePanes(): RunPane[] {
    return this.panes.live();
  }

  get done(): boolean {
    return this.panes.done;
  }

  get tick(): number {
    return this.panes.tick;
  }

  get playing(): boolean {
    return this.clock.playing;
  }

  play(): void {
    if (this.done || this.playing) return;
    this.clock.start(performance.now());
    this.emit('settings');
  }

  pause(): void {
    if (!this.playing) return;
    this.clock.stop();
    this.emit('settings');
  }

  /** Play or pause; Play on an ended run starts it again from tick 0. */
  async toggle(): Promise<void> {
    if (this.playing) return this.pause();
    if (this.done) await this.reset();
    this.play();
  }

  /** Frames drawn per pane and what is in flight: the studio's own figures (tests read the frame rate from them). */
  stats(): { frames: number[]; tick: number; playing: boolean; pulses: number[]; layout: 'settled' | 'moving' } {
    return { ...this.panes.stats(), tick: this.tick, playing: this.playing };
  }

  /**
   * Nothing left to show: no restart or read under way, no layout moving members, every canvas has
   * drawn all it was given (no pulse travelling) and the legends, charts and table are up to date.
   * What a person sees then is the state; tests wait on it before counting pixels.
   */
  get quiet(): boolean {
    return !this.loading && !this.inFlight && !this.sideline.pending && this.panes.settled;
  }

  /** Steps k ticks; asked while a restart builds its runs, it steps the new run once it is there. */
  async step(k = 1): Promise<void> {
    while (this.loading) await this.building;
    if (this.inFlight) return;
    await this.read(k);
  }

  async reset(): Promise<boolean> {
    return this.load({ ...this.settings, at: 0 });
  }

  async runToEnd(): Promise<void> {
    this.pause();
    await this.read(Infinity);
  }

  /** Steps until the given tick (or the end), in chunks so the page keeps drawing. */
  async stepTo(tick: number): Promise<void> {
    while (this.tick < tick && !this.done) await this.read(Math.min(50, tick - this.tick));
  }

  async summary(id: PaneId = 'A'): Promise<Summary | null> {
    const pane = this.panes[id];
    return pane ? pane.summary() : null;
  }

  counts(id: PaneId = 'A'): number[] {
    return [...(this.panes[id]?.state.counts ?? [])];
  }

  /** Reads k ticks (Infinity: to the end) from every pane and applies them; a failed read pauses. */
  private async read(k: number): Promise<void> {
    this.inFlight = true;
    let applied = false;
    try {
      // A pulse lasts about a tick at the chosen speed, long enough to see and short enough to end before the next.
      applied = await this.panes.read(k, Number.isFinite(k) ? Math.min(700, Math.max(160, 900 / this.settings.speed)) : 0);
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
    this.emit('tick');
    if (this.done) {
      this.pause();
      const generation = this.generation;
      const summaries = await Promise.all(this.livePanes().map((p) => p.summary())).catch(() => null);
      if (generation !== this.generation || !summaries) return;
      this.sideline.setSummaries(summaries);
      this.emit('ended');
    }
  }

  labels(): [string, string] {
    return ['A', 'B'];
  }

  /** Resolves after the next animation frame has drawn every canvas (the page is then really showing the run). */
  drawn(): Promise<void> {
    return this.panes.drawn();
  }

  /** Animation frame: asks for the ticks that are due (one request at a time), then draws each canvas. */
  private frame(now: number): void {
    this.sideline.tick(now);
    const due = this.inFlight || this.loading ? 0 : this.clock.due(now, this.settings.speed);
    if (due > 0) void this.read(due);
    for (const p of this.livePanes()) p.maybeView?.frame(now);
  }

  /** Filled in by the inspector (hover and click on members). */
  hooks: { hover: (pane: PaneId, member: number, x: number, y: number) => void; click: (pane: PaneId, member: number, x: number, y: number) => void } = {
    hover: () => {},
    click: () => {},
  };

  /** Parameters a mode built on the studio keeps in the link beside the studio's own (a lesson and its step). */
  extraQuery: () => Record<string, string> = () => ({});
  /** When the mode's parameters say everything (a lesson step fixes the settings), the link holds only them. */
  extraOnly = false;

  get query(): string {
    const extra = new URLSearchParams(this.extraQuery()).toString();
    if (this.extraOnly) return extra;
    return extra ? `${toQuery(this.settings)}&${extra}` : toQuery(this.settings);
  }

  private workerFailed(message: string): void {
    this.pause();
    reportModelFailure(this.messages, message, () => {
      this.model.restart();
      void this.load({ ...this.settings });
    });
  }

  destroy(): void {
    cancelAnimationFrame(this.raf);
    this.panes.dispose();
    this.model.stop();
  }
}
