// Lesson mode: a lesson's steps walked through on the studio (settings, runs, compare panes), in large type for a class.
import './lesson.css';
import type { LoadedLesson } from '../../lesson/load';
import type { Studio } from '../studio';
import { Laser } from '../presenter/laser';
import { MemberMarkers } from '../presenter/memberMarkers';
import { onFullscreenChange, toggleFullscreen, isFullscreen } from '../presenter/fullscreen';
import { LessonPanel, type Phase } from './lessonPanel';
import { ReadoutClient } from './readoutClient';
import { StepRunner } from './stepRunner';
import { planStep, speedFor, type StepPlan } from './stepPlan';
import { ticksOf, type StepNumbers } from '../../lesson/numbers';
import { itemsOf, keyNumbers } from './keyNumbers';
import { stepCharts } from './stepCharts';
import { lessonQuery } from './lessonLink';
import { SummaryPage } from './summaryPage';

export interface OpenLesson {
  /** A bundled lesson's name, or CUSTOM_LESSON for a dropped file. */
  name: string;
  /** The dropped lesson as parsed JSON, carried in the link. */
  file?: unknown;
  /** The lesson's file name, as messages and the printed page name it. */
  source: string;
  loaded: LoadedLesson;
}

/**
 * Charts take a fifth of the screen's height, so a step's text, numbers and chart fit the panel
 * together; their labels follow the panel's type, a little smaller.
 */
const chartSize = (panel: HTMLElement) => ({
  height: Math.max(160, Math.round(window.innerHeight * 0.2)),
  font: Math.max(13, Math.round(parseFloat(getComputedStyle(panel).fontSize) * 0.68)),
});
/** Live charts redraw at most this often while a step runs. */
const CHART_MS = 250;

export class LessonMode {
  lesson: OpenLesson | null = null;
  index = 0;
  readonly panel: LessonPanel;
  readonly runner: StepRunner;
  readonly readout = new ReadoutClient();
  readonly laser = new Laser();
  readonly summary = new SummaryPage();
  private markers: MemberMarkers | null = null;
  private plan: StepPlan | null = null;
  private numbers: StepNumbers | null = null;
  private revealed = false;
  private generation = 0;
  private chartTimer = 0;

  /** Called by "Lessons" (the picker opens over the lesson). */
  onPick: () => void = () => {};

  constructor(private readonly studio: Studio) {
    this.runner = new StepRunner(studio);
    this.runner.onChange = () => this.syncRun();
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
      fullscreen: () => void toggleFullscreen().then(() => this.syncTools()),
      laser: () => this.laser.toggle(),
      print: () => void this.print(),
      lessons: () => this.onPick(),
      exit: () => this.exit(),
    });
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
    if (!this.markers) this.markers = new MemberMarkers(shell.panes.A, () => this.studio.panes.A?.maybeView ?? null);
    this.studio.extraOnly = true;
    this.studio.extraQuery = () => (this.lesson ? lessonQuery(this.lesson.name, this.index, this.lesson.file) : {});
    this.syncTools();
  }

  /** Back to the plain studio, keeping this step's settings on screen (and in the link). */
  exit(): void {
    if (!this.lesson) return;
    this.generation++;
    this.runner.stop();
    this.lesson = null;
    this.markers?.set([]);
    this.laser.toggle(false);
    this.panel.root.remove();
    document.body.classList.remove('lesson-mode');
    this.studio.extraOnly = false;
    this.studio.extraQuery = () => ({});
    this.studio.panes.A?.maybeView?.setHighlight(null);
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
    this.markers?.set([]);
    const numbers = this.numbersOf(index);
    const loaded = await this.studio.load(plan.settings);
    const found = await numbers;
    if (generation !== this.generation) return;
    this.numbers = found;
    if (found) this.studio.setSpeed(speedFor(ticksOf(found)));
    this.markers?.set(step.members ?? []);
    this.captions();
    if (!loaded) return this.panel.setPhase('finished', 'This step could not be set up (see the message above).', false);
    if (plan.predict) this.panel.setPhase('predict', 'Guess first, then press Reveal.', false);
    else this.run();
  }

  private numbersOf(index: number): Promise<StepNumbers | null> {
    const lesson = this.lesson!;
    return this.readout.numbers(lesson.loaded, index).then(
      (n) => {
        this.summary.note(lesson.loaded, index, n);
        return n;
      },
      (e: unknown) => {
        this.studio.messages.show('lesson-numbers', 'error', 'The lesson’s numbers could not be computed:', [e instanceof Error ? e.message : String(e)]);
        return null;
      },
    );
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
      this.drawCharts();
    } else if (state === 'finished') this.finish();
  }

  private statusText(): string {
    const total = this.numbers ? ticksOf(this.numbers) : null;
    const tick = this.studio.tick;
    if (this.runner.state === 'finished') return total === 0 ? 'Day 0: the network as it starts' : `Ended on day ${tick}`;
    return total ? `Day ${tick} of ${total}${this.runner.state === 'paused' ? ' · paused' : ''}` : `Day ${tick}`;
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
      const path = n.run.readout.path;
      if (path) this.studio.panes.A?.maybeView?.setHighlight({ path: Int32Array.from(path), below: new Int32Array(0) });
    } else this.panel.setNumbers([{ id: 'unavailable', label: 'Numbers', values: ['not available'] }], null);
    this.drawCharts();
    this.panel.setAnswer(step.predict?.answer);
    this.panel.showNumbers();
  }

  private onTick(): void {
    if (!this.active || !this.revealed) return;
    this.panel.setStatus(this.statusText());
    if (this.chartTimer) return;
    this.chartTimer = window.setTimeout(() => {
      this.chartTimer = 0;
      this.drawCharts();
    }, CHART_MS);
  }

  /** Sharers and trust grow with the run on screen; the distance curve needs the whole run, so it waits for the end. */
  private drawCharts(): void {
    const plan = this.plan;
    if (!plan || !this.revealed) return this.panel.setCharts([]);
    const step = plan.step.step;
    const panes = this.studio.livePanes();
    const ended = this.runner.state === 'finished' && this.numbers;
    const readouts = ended ? [this.numbers!.run.readout, ...(this.numbers!.compare ? [this.numbers!.compare.readout] : [])] : undefined;
    const input = { show: step.show, items: itemsOf(plan.step.scenario), rows: panes.map((p) => p.state.rows), labels: plan.labels ?? [step.title], readouts };
    this.panel.setCharts(stepCharts(input, { width: this.panel.chartWidth(), ...chartSize(this.panel.root) }));
  }

  /** Over each half of a comparing step: the names the lesson gives its two runs. */
  private captions(): void {
    if (!this.active || !this.plan?.labels) return;
    this.plan.labels.forEach((label, k) => {
      const caption = this.studio.shell.panes[k === 0 ? 'A' : 'B'].querySelector('[data-role="caption"]');
      if (caption && caption.textContent !== label) caption.textContent = label;
    });
  }

  private syncTools(): void {
    this.panel.setTools({ fullscreen: isFullscreen(), laser: this.laser.on });
  }

  /** Every step's numbers, then the printed page: the browser's print dialog shows the one-page summary. */
  async print(): Promise<void> {
    const lesson = this.lesson;
    if (!lesson) return;
    this.studio.messages.show('lesson-print', 'note', 'Preparing the summary…');
    await Promise.all(lesson.loaded.steps.map((_, k) => this.numbersOf(k)));
    this.studio.messages.dismiss('lesson-print');
    if (this.lesson !== lesson) return;
    this.renderSummary();
    window.print();
  }

  /** The printed page from the numbers known now; the link on it opens the lesson's first step. */
  renderSummary(): void {
    const lesson = this.lesson;
    if (!lesson) return;
    const link = `${location.origin}${location.pathname}?${new URLSearchParams(lessonQuery(lesson.name, 0, lesson.file)).toString()}`;
    this.summary.render(lesson.loaded, link, lesson.source);
  }
}
