// The studio's controller: settings in, runs out. Lessons and tests drive it through these methods.
//
// What a lesson mode needs, without touching the page's internals:
//   load(settings) / setField(path, value) / setCompare([[path, value]]) / setScenario(name, raw?)
//   play() pause() toggle() step(k) stepTo(tick) runToEnd() reset() setSpeed(ticksPerSecond)
//   on('loaded' | 'tick' | 'ended' | 'settings', fn); tick, done, counts(pane), summary(pane)
//   panes.A.view: fit(), screenOf(member) (to point at it), setHighlight({ path, below }) (a path to draw)
//   model.call(api => api.sessionMember / sessionCascade …) for what the model knows of a member
// The URL follows `settings` (see urlState.ts); a lesson adds its own parameters beside them.
import type { Summary } from '../engine/measure';
import type { Scenario } from '../scenario/schema';
import type { SizeMode } from './view/drawData';
import { ModelClient } from './run/modelClient';
import type { RunPane } from './run/runPane';
import { PaneSet, type PaneId } from './run/paneSet';
import type { Field } from './controls/fields';
import { ControlPanel } from './controls/controlPanel';
import { LiveCharts } from './charts/liveCharts';
import { Messages } from './ui/messages';
import type { Override, Settings } from './settings';
import { fieldEdit, scenarioSwitch, seedEdit } from './settingsEdits';
import { Playback } from './playback';
import { loadSettings, type LoadOptions } from './loadSettings';
import { reportModelFailure } from './run/modelFailure';
import { toQuery } from './urlState';
import type { Shell } from './shell';
import { Sideline } from './sideline';
import { baseScenario, scenarioFileOf } from './resolveSettings';

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
  private readonly playback: Playback;
  seedMode = false;
  sizeMode: SizeMode = 'degree';
  fields: Field[] = [];
  /** B's fields when B is another scenario (its differences name them). */
  fieldsB: Field[] = [];
  readonly sideline: Sideline;
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
    this.playback = new Playback(this.panes, this.sideline, shell.stage, { speed: () => this.settings.speed, emit: (event) => this.emit(event) });
    this.model.onFailure = (message) => this.workerFailed(message);
    const loop = (now: number) => {
      this.playback.frame(now);
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
  load(next: Settings, opts: LoadOptions = {}): Promise<boolean> {
    return loadSettings(this, { playback: this.playback, emit: (event) => this.emit(event) }, next, opts);
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

  /** True while a restart builds its runs (the previous run stays on screen until then). */
  get loading(): boolean {
    return this.playback.loading;
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
    return this.playback.playing;
  }

  play(): void {
    this.playback.play();
  }

  pause(): void {
    this.playback.pause();
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
    return this.playback.idle && !this.sideline.pending && this.panes.settled;
  }

  /** Steps k ticks; asked while a restart builds its runs, it steps the new run once it is there. */
  step(k = 1): Promise<void> {
    return this.playback.step(k);
  }

  async reset(): Promise<boolean> {
    return this.load({ ...this.settings, at: 0 });
  }

  runToEnd(): Promise<void> {
    return this.playback.runToEnd();
  }

  /** Steps until the given tick (or the end), in chunks so the page keeps drawing. */
  stepTo(tick: number): Promise<void> {
    return this.playback.stepTo(tick);
  }

  async summary(id: PaneId = 'A'): Promise<Summary | null> {
    const pane = this.panes[id];
    return pane ? pane.summary() : null;
  }

  counts(id: PaneId = 'A'): number[] {
    return [...(this.panes[id]?.state.counts ?? [])];
  }

  labels(): [string, string] {
    return ['A', 'B'];
  }

  /** Resolves after the next animation frame has drawn every canvas (the page is then really showing the run). */
  drawn(): Promise<void> {
    return this.panes.drawn();
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
