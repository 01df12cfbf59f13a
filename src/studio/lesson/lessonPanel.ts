// The lesson panel beside the canvas: the step in large type, predict-then-reveal, its numbers and charts, Back and Next, presenter tools.
import { el, clear } from '../ui/el';
import type { KeyNumber } from './keyNumbers';
import type { StepChart } from './stepCharts';
import { PACES } from './lessonPace';

export type Phase = 'loading' | 'predict' | 'running' | 'paused' | 'finished';

export interface PanelActions {
  back(): void;
  next(): void;
  goTo(index: number): void;
  reveal(): void;
  choose(choice: number): void;
  pause(): void;
  resume(): void;
  skip(): void;
  replay(): void;
  /** The teacher chose how many seconds a step's run takes. */
  pace(seconds: number): void;
  fullscreen(): void;
  laser(): void;
  print(): void;
  lessons(): void;
  exit(): void;
}

export interface StepView {
  lessonTitle: string;
  index: number;
  count: number;
  title: string;
  text: string;
  /** Shown after Reveal (at once on a step without a question). */
  after?: string;
  predict?: { question: string; choices?: string[] };
  /** Names over the two halves of the screen when the step compares. */
  labels: [string, string] | null;
}

const LETTERS = 'ABCDEFGHIJ';

export class LessonPanel {
  readonly root: HTMLElement;
  private readonly count = el('span.lesson-count');
  private readonly lessonTitle = el('span.lesson-name');
  private readonly title = el('h2.lesson-step-title#lesson-step-title');
  private readonly text = el('p.lesson-text#lesson-text');
  private readonly after = el('p.lesson-text.lesson-after#lesson-after', { hidden: true });
  private readonly predict = el('section.lesson-predict#lesson-predict', { 'aria-label': 'Predict, then reveal' });
  private readonly numbers = el('section.lesson-numbers#lesson-numbers', { 'aria-label': 'The numbers', 'aria-live': 'polite' });
  private readonly charts = el('section.lesson-charts#lesson-charts', { 'aria-label': 'Charts' });
  private readonly status = el('output.lesson-status#lesson-status', { 'aria-live': 'off' });
  private readonly dots = el('div.lesson-dots', { role: 'tablist', 'aria-label': 'Steps' });
  private readonly body = el('div.lesson-body');
  private readonly pace = el(
    'select#lesson-pace',
    { 'aria-label': 'Pace: seconds a step’s run takes', title: 'How long a step’s run takes to play (the numbers are the same at every pace)' },
    ...PACES.map((p) => el('option', { value: p, text: `${p} s` })),
  );
  private readonly buttons;
  private choices: HTMLButtonElement[] = [];
  private reveal: HTMLButtonElement | null = null;
  /** The charts' markup as last drawn: a tick that changes nothing redraws nothing. */
  private lastSvg = '';

  constructor(private readonly act: PanelActions) {
    const button = (spec: string, text: string, title: string, run: () => void, keys?: string) =>
      el(`button.button.${spec}` as `button.${string}`, { text, title, 'aria-keyshortcuts': keys, onclick: () => run() }) as HTMLButtonElement;
    this.buttons = {
      lessons: button('tool#lesson-lessons', 'Lessons', 'Pick another lesson', () => act.lessons()),
      fullscreen: button('tool.toggle#lesson-fullscreen', 'Full screen', 'Full screen (F)', () => act.fullscreen(), 'F'),
      laser: button('tool.toggle#lesson-laser', 'Laser', 'A laser pointer that follows the mouse (L)', () => act.laser(), 'L'),
      print: button('tool#lesson-print', 'Print summary', 'A one-page summary of the lesson’s results for the class', () => act.print()),
      exit: button('tool#lesson-exit', 'Exit', 'Back to the studio, with this step’s settings', () => act.exit()),
      pause: button('run#lesson-pause', 'Pause', 'Pause or continue the run (Space)', () => (this.phase === 'paused' ? act.resume() : act.pause()), 'Space'),
      skip: button('run#lesson-skip', 'Skip to end', 'Show the end of the run at once', () => act.skip()),
      replay: button('run#lesson-replay', 'Run again', 'Run this step again from the start', () => act.replay()),
      back: button('nav#lesson-back', '‹ Back', 'Previous step (←)', () => act.back(), 'ArrowLeft'),
      next: button('nav.primary#lesson-next', 'Next ›', 'Next step (→; on a prediction, → reveals first)', () => act.next(), 'ArrowRight'),
      done: button('nav.primary#lesson-done', 'Back to lessons', 'The lesson is over: pick the next one', () => act.lessons()),
    };
    const b = this.buttons;
    this.pace.addEventListener('change', () => act.pace(Number(this.pace.value)));
    this.body.append(this.title, this.text, this.predict, this.after, this.numbers, this.charts);
    this.root = el(
      'aside.lesson-panel#lesson-panel',
      { 'aria-label': 'Lesson' },
      el(
        'header.lesson-head',
        {},
        el('div.lesson-kicker', {}, this.lessonTitle, this.count),
        el(
          'div.lesson-tools',
          { role: 'toolbar', 'aria-label': 'Presenter tools' },
          b.lessons,
          b.fullscreen,
          b.laser,
          b.print,
          b.exit,
          el('label.lesson-pace', { title: this.pace.title }, 'Pace', this.pace),
        ),
      ),
      this.body,
      el('div.lesson-run', { role: 'toolbar', 'aria-label': 'Run' }, this.status, el('span.spacer'), b.pause, b.skip, b.replay),
      el('nav.lesson-nav', { 'aria-label': 'Steps' }, b.back, this.dots, b.next, b.done),
    );
  }

  phase: Phase = 'loading';

  showStep(v: StepView): void {
    this.root.dataset.step = String(v.index + 1);
    this.lessonTitle.textContent = v.lessonTitle;
    this.count.textContent = `Step ${v.index + 1} of ${v.count}`;
    this.title.textContent = v.title;
    this.text.textContent = v.text;
    this.after.textContent = v.after ?? '';
    this.after.hidden = !v.after || v.predict !== undefined;
    clear(this.dots);
    for (let k = 0; k < v.count; k++) {
      this.dots.append(
        el('button.lesson-dot', { role: 'tab', 'aria-selected': String(k === v.index), 'aria-label': `Step ${k + 1}`, title: `Step ${k + 1}`, onclick: () => this.act.goTo(k) }),
      );
    }
    this.buttons.back.disabled = v.index === 0;
    this.buttons.next.disabled = v.index === v.count - 1;
    // The last step offers the way on: back to the lessons, in Next's place.
    this.buttons.next.hidden = v.index === v.count - 1;
    this.buttons.done.hidden = v.index !== v.count - 1;
    this.renderPredict(v.predict);
    this.body.scrollTop = 0;
    this.setNumbers(null, null);
    this.setCharts([]);
  }

  private renderPredict(p: StepView['predict']): void {
    clear(this.predict);
    this.choices = [];
    this.reveal = null;
    this.predict.hidden = !p;
    if (!p) return;
    this.choices = (p.choices ?? []).map((text, k) =>
      el(
        'button.choice',
        { 'data-choice': k, 'aria-pressed': 'false', onclick: () => this.act.choose(k) },
        el('span.choice-letter', { text: LETTERS[k] ?? String(k + 1) }),
        el('span.choice-text', { text }),
      ),
    );
    this.reveal = el('button.button.primary.reveal#lesson-reveal', {
      text: 'Reveal',
      title: 'Run it and show the result (Enter)',
      'aria-keyshortcuts': 'Enter',
      onclick: () => this.act.reveal(),
    });
    this.predict.append(el('div.predict-label', { text: 'Predict' }), el('p.predict-question', { text: p.question }));
    if (this.choices.length) this.predict.append(el('div.choices', {}, ...this.choices));
    this.predict.append(this.reveal);
  }

  /** The class's guess, marked among the choices. */
  setGuess(choice: number | null): void {
    this.choices.forEach((c, k) => c.setAttribute('aria-pressed', String(k === choice)));
  }

  /** After the run: the choice the run bears out (undefined when the lesson names none). */
  setAnswer(answer: number | undefined): void {
    this.choices.forEach((c, k) => c.toggleAttribute('data-answer', k === answer));
    this.predict.toggleAttribute('data-answered', answer !== undefined);
  }

  setPhase(phase: Phase, status: string, canReplay: boolean): void {
    this.phase = phase;
    this.root.dataset.phase = phase;
    if (this.status.textContent !== status) this.status.textContent = status;
    const b = this.buttons;
    b.pause.hidden = phase !== 'running' && phase !== 'paused';
    b.pause.textContent = phase === 'paused' ? 'Continue' : 'Pause';
    b.skip.hidden = phase !== 'running' && phase !== 'paused';
    b.replay.hidden = phase !== 'finished' || !canReplay;
    if (this.reveal) this.reveal.hidden = phase !== 'predict';
    this.predict.toggleAttribute('data-revealed', phase !== 'predict');
  }

  setStatus(status: string): void {
    if (this.status.textContent !== status) this.status.textContent = status;
  }

  /** The step's numbers (null hides them until the run has ended). */
  setNumbers(rows: readonly KeyNumber[] | null, labels: readonly string[] | null): void {
    clear(this.numbers);
    this.numbers.hidden = !rows || rows.length === 0;
    if (!rows?.length) return;
    if (labels && labels.length > 1) {
      // Comparing: each number's label on a line of its own, the two runs' values side by side under it.
      const head = el('tr.numbers-runs', {}, ...labels.map((l, k) => el('th', { scope: 'col', 'data-run': k, text: l })));
      const body = rows.flatMap((r) => [
        el('tr.numbers-label', {}, el('th', { colspan: labels.length, scope: 'colgroup', text: r.label })),
        el('tr.numbers-values', { 'data-number': r.id }, ...r.values.map((v, k) => el('td.value', { 'data-run': k, text: v }))),
      ]);
      this.numbers.append(el('table.numbers-table', {}, el('thead', {}, head), el('tbody', {}, ...body)));
      return;
    }
    // A long value (a count of handshakes, "20 of 20") takes the panel's width rather than wrap.
    const card = (r: KeyNumber) =>
      el('div.number-card', { 'data-number': r.id, 'data-wide': r.values[0].length > 9 }, el('dt', { text: r.label }), el('dd.value', { 'data-run': 0, text: r.values[0] }));
    this.numbers.append(el('dl.number-cards', {}, ...rows.map(card)));
  }

  /** The step's after-text, once the class has guessed and the run is revealed. */
  revealAfter(): void {
    this.after.hidden = !this.after.textContent;
  }

  /**
   * Brings the numbers and charts into view on a short screen, where the text and question above
   * push them down: as far as the charts' end, never past the numbers' top (under the title, which stays).
   */
  showNumbers(): void {
    if (this.numbers.hidden) return;
    const end = this.charts.hidden ? this.numbers : this.charts;
    // Positions inside the scrolling body, whatever element the offsets would be measured from.
    const origin = this.body.getBoundingClientRect().top - this.body.scrollTop;
    const at = (e: HTMLElement) => e.getBoundingClientRect().top - origin;
    const under = this.title.offsetHeight + 8;
    const want = at(end) + end.offsetHeight - this.body.clientHeight + 12;
    const most = at(this.numbers) - under;
    if (want <= 0) return;
    // Whole blocks scroll away (the step's text, then the question), never half a sentence.
    const tops = [this.text, this.predict, this.numbers].filter((b) => !b.hidden).map((b) => at(b) - under);
    const top = tops.find((t) => t >= want) ?? most;
    this.body.scrollTo({ top: Math.max(0, Math.min(top, most)) });
  }

  setCharts(charts: readonly StepChart[]): void {
    const signature = charts.map((c) => c.svg).join('');
    if (signature === this.lastSvg) return;
    this.lastSvg = signature;
    clear(this.charts);
    this.charts.hidden = charts.length === 0;
    for (const c of charts) {
      const fig = el('figure.lesson-chart', { 'data-chart': c.id }, el('figcaption', { text: c.title }));
      const holder = el('div.chart-svg');
      holder.innerHTML = c.svg;
      fig.append(holder);
      this.charts.append(fig);
    }
  }

  /** The inner width charts are drawn at. */
  chartWidth(): number {
    return Math.max(240, Math.floor(this.charts.clientWidth || this.root.clientWidth - 48));
  }

  /** The pace on the control, and the step's play rate (ticks per second) on the panel for whoever reads the page. */
  setPace(pace: number, rate: number): void {
    if (this.pace.value !== String(pace)) this.pace.value = String(pace);
    this.root.dataset.pace = String(pace);
    this.root.dataset.rate = String(rate);
  }

  setTools(state: { fullscreen: boolean; laser: boolean }): void {
    this.buttons.fullscreen.setAttribute('aria-pressed', String(state.fullscreen));
    this.buttons.laser.setAttribute('aria-pressed', String(state.laser));
  }
}
