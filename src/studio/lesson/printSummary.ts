// The printable one-page summary of a lesson for students: its title, each step's question, key numbers and charts (as images).
import { el, clear } from '../ui/el';
import type { KeyNumber } from './keyNumbers';
import type { StepChart } from './stepCharts';
import { svgDataUrl } from './svgChart';

export interface PrintStep {
  title: string;
  text: string;
  predict?: { question: string; choices?: string[]; answer?: number };
  numbers: KeyNumber[];
  /** Run names when the step compares two runs. */
  labels: string[] | null;
  charts: StepChart[];
}

export interface PrintLesson {
  title: string;
  summary: string;
  /** The link that opens the lesson again. */
  link: string;
  /** The CLI command that reruns the lesson's scenario. */
  source: string;
  steps: PrintStep[];
}

/** Chart size on paper, in CSS pixels (the image scales to its column). */
export const PRINT_CHART = { width: 420, height: 135, font: 12 };

function numbersOf(s: PrintStep): HTMLElement | null {
  if (!s.numbers.length) return null;
  const compare = !!s.labels && s.labels.length > 1;
  const head = compare ? el('thead', {}, el('tr', {}, el('th', {}), ...s.labels!.map((l) => el('th', { scope: 'col', text: l })))) : null;
  const rows = s.numbers.map((n) => el('tr', { 'data-number': n.id }, el('th', { scope: 'row', text: n.label }), ...n.values.map((v) => el('td', { text: v }))));
  return el('table.print-numbers', {}, head, el('tbody', {}, ...rows));
}

function predictOf(s: PrintStep): HTMLElement | null {
  const p = s.predict;
  if (!p) return null;
  const answer = p.answer !== undefined && p.choices ? p.choices[p.answer] : undefined;
  return el('p.print-predict', {}, el('strong', { text: 'Predict: ' }), p.question, answer ? el('span.print-answer', { text: ` The run: ${answer}.` }) : null);
}

export function renderPrintSummary(host: HTMLElement, lesson: PrintLesson): void {
  clear(host);
  host.append(
    el('header.print-head', {}, el('h1', { text: lesson.title }), el('p.print-lead', { text: lesson.summary })),
    el(
      'ol.print-steps',
      { 'data-steps': lesson.steps.length },
      ...lesson.steps.map((s, k) =>
        el(
          'li.print-step',
          { 'data-step': k + 1 },
          el('h2', {}, el('span.print-step-no', { text: `${k + 1}` }), s.title),
          el('p.print-text', { text: s.text }),
          predictOf(s),
          numbersOf(s),
          ...s.charts.map((c) =>
            el(
              'figure.print-chart',
              { 'data-chart': c.id },
              el('figcaption', { text: c.title }),
              el('img', { src: svgDataUrl(c.svg), alt: c.title, width: PRINT_CHART.width, height: PRINT_CHART.height }),
            ),
          ),
        ),
      ),
    ),
    el('footer.print-foot', {}, el('span', { text: `Murmuration lesson · ${lesson.source}` }), el('span.print-link', { text: lesson.link })),
  );
}
