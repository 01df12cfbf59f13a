// A lesson's numbers, asked of a worker once per step and noted for the printed one-page summary, which it renders and prints.
import type { StepNumbers } from '../../lesson/numbers';
import type { Studio } from '../studio';
import { lessonQuery } from './lessonLink';
import type { OpenLesson } from './lessonMode';
import { ReadoutClient } from './readoutClient';
import { SummaryPage } from './summaryPage';

export class LessonPrinter {
  readonly readout = new ReadoutClient();
  readonly summary = new SummaryPage();

  constructor(private readonly studio: Studio) {}

  /** Step `index`'s numbers (null, with a message, when they could not be computed). */
  numbers(lesson: OpenLesson, index: number): Promise<StepNumbers | null> {
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

  /** Every step's numbers, then the printed page: the browser's print dialog shows the one-page summary (unless `current` moved on meanwhile). */
  async print(lesson: OpenLesson, pace: number, current: () => OpenLesson | null): Promise<void> {
    this.studio.messages.show('lesson-print', 'note', 'Preparing the summary…');
    await Promise.all(lesson.loaded.steps.map((_, k) => this.numbers(lesson, k)));
    this.studio.messages.dismiss('lesson-print');
    if (current() !== lesson) return;
    this.render(lesson, pace);
    window.print();
  }

  /** The printed page from the numbers known now; the link on it opens the lesson's first step, at the class's pace. */
  render(lesson: OpenLesson, pace: number): void {
    const link = `${location.origin}${location.pathname}?${new URLSearchParams(lessonQuery(lesson.name, 0, lesson.file, pace)).toString()}`;
    this.summary.render(lesson.loaded, link, lesson.source);
  }
}
