// The printed page of a lesson in the document: kept up to date from the numbers known, printed on request.
import type { LoadedLesson } from '../../lesson/load';
import { el } from '../ui/el';
import { lessonSummary } from './lessonSummary';
import { renderPrintSummary } from './printSummary';
import type { StepNumbers } from '../../lesson/numbers';

export class SummaryPage {
  /** Hidden on screen; the print stylesheet shows it alone. */
  readonly host = el('section.print-summary#print-summary', { 'aria-hidden': 'true' });
  /** Numbers already computed, by step: the page prints what is known when printing starts. */
  private readonly known = new Map<number, StepNumbers>();
  private lesson: LoadedLesson | null = null;

  constructor() {
    document.body.append(this.host);
  }

  /** A step's numbers arrived (for the lesson open now; another lesson's clear the rest). */
  note(lesson: LoadedLesson, index: number, numbers: StepNumbers): void {
    if (lesson !== this.lesson) {
      this.known.clear();
      this.lesson = lesson;
    }
    this.known.set(index, numbers);
  }

  /** The page from the numbers known (a step not yet computed shows its text and question only). */
  render(lesson: LoadedLesson, link: string, source: string): void {
    const known = lesson === this.lesson ? this.known : new Map<number, StepNumbers>();
    renderPrintSummary(this.host, lessonSummary(lesson, known, link, source));
    this.host.dataset.ready = String(known.size === lesson.steps.length);
  }
}
