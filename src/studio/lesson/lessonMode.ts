// Lesson mode: a lesson's steps walked through on the studio (settings, runs, compare panes), in large type for a class.
import './lesson.css';
import type { LoadedLesson } from '../../lesson/load';
import type { Studio } from '../studio';
import { Laser } from '../presenter/laser';
import { onFullscreenChange, toggleFullscreen, isFullscreen } from '../presenter/fullscreen';
import { LessonPanel, type Phase } from './lessonPanel';
import { StepRunner, stepStatus } from './stepRunner';
import { planStep, type StepPlan } from './stepPlan';
import { ticksOf, type StepNumbers } from '../../lesson/numbers';
import { itemsOf, keyNumbers } from './keyNumbers';
import type { ChartInput } from './stepCharts';
import { lessonQuery } from './lessonLink';
import { LessonCharts } from './lessonCharts';
import { LessonStage } from './lessonStage';
import { LessonPrinter } from './lessonPrinter';
import { DEFAULT_PACE, isPace, rateFor, rememberPace, rememberedPace, speedNear } from './lessonPace';

export interface OpenLesson {
  /** A bundled lesson's name, or CUSTOM_LESSON for a dropped file. */
  name: string;
  /** The dropped lesson as parsed JSON, carried in the link. */
  file?: unknown;
  /** The lesson's file name, as messages and the printed page name it. */
  source: string;
  loaded: LoadedLesson;
}

export class LessonMode {
  lesson: OpenLesson | null = null;
  index = 0;
  readonly panel: LessonPanel;
  readonly runner: StepRunner;
  readonly laser = new Laser();
  readonly printer: LessonPrinter;
  /** Seconds a step's run takes on screen: the teacher's choice, kept in the link and for the tab's session. */
  pace = rememberedPace() ?? DEFAULT_PACE;
  private readonly charts: LessonCharts;
  private readonly stage: LessonStage;
  private plan: StepPlan | null = null;
  private numbers: StepNumbers | null = null;
  private revealed = false;
  private generation = 0;

  /** Called by "Lessons" (the picker opens over the lesson). */
  onPick: () => void = () => {};

  constructor(private readonly studio: Studio) {
    this.runner = new StepRunner(studio);
    this.runner.onChange = () => this.syncRun();
    this.printer = new LessonPrinter(studio);
    this.stage = new LessonStage(studio);
    this.panel = new LessonPanel({
      back: () => void this.goTo(this.index - 1),
      next: () => void this.goTo(this.index + 1),
      goTo: (k) => void this.goTo(k),
      reveal: () => this.reveal(),
      choose: (k) => this.choose(k),
      pause: () => this.runner.pause(),
      resume: () => this.runner.resume(),
      skip: () => void this.runner.skip(),
      replay: () => void this.replay(),
      pace: (seconds) => this.setPace(seconds),
      fullscreen: () => void toggleFullscreen().then(() => this.syncTools()),
      laser: () => this.laser.toggle(),
      print: () => void this.print(),
      lessons: () => this.onPick(),
      exit: () => this.exit(),
    });
    this.charts = new LessonCharts(this.panel, () => this.chartInput());
    this.syncPace();
    this.laser.onChange = () => this.syncTools();
    onFullscreenChange(() => this.syncTools());
    studio.on('tick', () => this.onTick());
    studio.on('settings', () => this.captions());
    window.addEventListener('beforeprint', () => this.active && this.renderSummary());
  }

  get active(): boolean {
    return this.lesson !== null;
  }

  get phase(): Phase {
    return this.panel.phase;
  }

  /** Opens a lesson at step `index` (0-based), entering lesson mode if need be. */
  async open(lesson: OpenLesson, index = 0): Promise<void> {
    this.lesson = lesson;
    this.enter();
    await this.goTo(index);
  }

  private enter(): void {
    const { shell } = this.studio;
    if (!this.panel.root.isConnected) shell.root.querySelector('.workspace')!.append(this.panel.root);
    document.body.classList.add('lesson-mode');
    this.stage.enter();
    this.studio.extraOnly = true;
    this.studio.extraQuery = () => (this.lesson ? lessonQuery(this.lesson.name, this.index, this.lesson.file, this.pace) : {});
    this.syncTools();
  }

  /** Back to the plain studio, keeping this step's settings on screen (and in the link). */
  exit(): void {
    if (!this.lesson) return;
    this.generation++;
    this.runner.stop();
    this.lesson = null;
    this.stage.clear();
    this.laser.toggle(false);
    this.panel.root.remove();
    document.body.classList.remove('lesson-mode');
    this.studio.extraOnly = false;
    this.studio.extraQuery = () => ({});
    history.replaceState(null, '', `${location.pathname}?${this.studio.query}`);
    this.captions();
  }

  /** Shows step `index`: its settings loaded, its numbers asked for, then its run (or the question first). */
  async goTo(index: number): Promise<void> {
    const lesson = this.lesson;
    if (!lesson || index < 0 || index >= lesson.loaded.steps.length) return;
    const generation = ++this.generation;
    this.index = index;
    this.revealed = false;
    this.numbers = null;
    this.runner.stop();
    const plan = planStep(lesson.loaded, index, this.studio.settings.speed);
    this.plan = plan;
    const step = plan.step.step;
    this.panel.showStep({
      lessonTitle: lesson.loaded.lesson.title,
      index,
      count: lesson.loaded.steps.length,
      title: step.title,
      text: step.text,
      after: step.after,
      predict: step.predict,
      labels: plan.labels,
    });
    this.panel.setPhase('loading', 'Setting up…', false);
    this.stage.mark([]);
    const numbers = this.numbersOf(index);
    const loaded = await this.studio.load(plan.settings);
    const found = await numbers;
    if (generation !== this.generation) return;
    this.numbers = found;
    this.syncPace();
    this.stage.mark(step.members ?? []);
    this.captions();
    if (!loaded) return this.panel.setPhase('finished', 'This step could not be set up (see the message above).', false);
    if (plan.predict) this.panel.setPhase('predict', 'Guess first, then press Reveal.', false);
    else this.run();
  }

  private numbersOf(index: number): Promise<StepNumbers | null> {
    return this.printer.numbers(this.lesson!, index);
  }

  /** The teacher's pace: this step's run plays at the rate it gives from now on, and the link and the tab remember it. */
  setPace(pace: number): void {
    if (!isPace(pace)) return;
    this.pace = pace;
    rememberPace(pace);
    this.syncPace();
    if (this.active) history.replaceState(null, '', `${location.pathname}?${this.studio.query}`);
  }

  /** The step's play rate from its length and the pace; the studio's speed follows it (pulses last about a tick). */
  private syncPace(): void {
    const rate = rateFor(this.numbers ? ticksOf(this.numbers) : null, this.pace);
    this.runner.setRate(rate);
    if (this.active && this.numbers) this.studio.setSpeed(speedNear(rate));
    this.panel.setPace(this.pace, rate);
  }

  /** Marks the class's guess among the choices. */
  choose(choice: number): void {
    const choices = this.plan?.step.step.predict?.choices;
    if (choices && choice >= 0 && choice < choices.length) this.panel.setGuess(choice);
  }

  reveal(): void {
    if (this.phase !== 'predict') return;
    this.run();
  }

  /** → and the presenter's clicker: a question is revealed first, then the lesson moves on. */
  advance(): void {
    if (this.phase === 'predict') this.reveal();
    else void this.goTo(this.index + 1);
  }

  private run(): void {
    if (!this.plan) return;
    this.revealed = true;
    this.panel.revealAfter();
    this.runner.start(this.plan.target);
  }

  async replay(): Promise<void> {
    if (!this.plan || !this.revealed) return;
    const generation = ++this.generation;
    this.runner.stop();
    this.panel.setNumbers(null, null);
    this.panel.setCharts([]);
    this.panel.setAnswer(undefined);
    await this.studio.reset();
    if (generation === this.generation) this.run();
  }

  togglePause(): void {
    if (this.phase === 'running') this.runner.pause();
    else if (this.phase === 'paused') this.runner.resume();
  }

  private syncRun(): void {
    const state = this.runner.state;
    if (state === 'running' || state === 'paused') {
      this.panel.setPhase(state, this.statusText(), false);
      this.charts.draw();
    } else if (state === 'finished') this.finish();
  }

  private statusText(): string {
    return stepStatus(this.runner.state, this.studio.tick, this.numbers ? ticksOf(this.numbers) : null);
  }

  /** The run has reached the step's end: its numbers, charts, path and answer appear. */
  private finish(): void {
    const plan = this.plan;
    if (!plan) return;
    const step = plan.step.step;
    this.panel.setPhase('finished', this.statusText(), this.numbers !== null && ticksOf(this.numbers) > 0);
    const n = this.numbers;
    if (n) {
      this.panel.setNumbers(keyNumbers(step, n, itemsOf(plan.step.scenario)), plan.labels);
      if (n.run.readout.path) this.stage.highlight(n.run.readout.path);
    } else this.panel.setNumbers([{ id: 'unavailable', label: 'Numbers', values: ['not available'] }], null);
    this.charts.draw();
    this.panel.setAnswer(step.predict?.answer);
    this.panel.showNumbers();
  }

  private onTick(): void {
    if (!this.active || !this.revealed) return;
    this.panel.setStatus(this.statusText());
    this.charts.soon();
  }

  /** Sharers and trust grow with the run on screen; the distance curve needs the whole run, so it waits for the end. */
  private chartInput(): ChartInput | null {
    const plan = this.plan;
    if (!plan || !this.revealed) return null;
    const step = plan.step.step;
    const panes = this.studio.livePanes();
    const n = this.runner.state === 'finished' ? this.numbers : null;
    const readouts = n ? [n.run.readout, ...(n.compare ? [n.compare.readout] : [])] : undefined;
    return { show: step.show, items: itemsOf(plan.step.scenario), rows: panes.map((p) => p.state.rows), labels: plan.labels ?? [step.title], readouts };
  }

  private captions(): void {
    if (this.active && this.plan?.labels) this.stage.caption(this.plan.labels);
  }

  private syncTools(): void {
    this.panel.setTools({ fullscreen: isFullscreen(), laser: this.laser.on });
  }

  /** Every step's numbers, then the printed one-page summary. */
  async print(): Promise<void> {
    if (this.lesson) await this.printer.print(this.lesson, this.pace, () => this.lesson);
  }

  renderSummary(): void {
    if (this.lesson) this.printer.render(this.lesson, this.pace);
  }
}
