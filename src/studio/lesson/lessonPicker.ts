// The "Lessons" picker: the bundled lessons as cards, and a lesson file of one's own (opened or dropped).
import { el } from '../ui/el';
import { BUNDLED_LESSONS } from './bundledLessons';

/** The order a class meets them in (the issue's); lessons not listed follow by title. */
const ORDER = ['six-degrees', 'social-proof', 'weak-ties', 'three-degrees', 'sociability-vs-associability', 'word-of-mouth'];
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

export class LessonPicker {
  readonly dialog: HTMLDialogElement;

  constructor(onPick: (name: string) => void, onFile: (file: File) => void) {
    const input = el('input#lesson-file', { type: 'file', accept: '.json,application/json', hidden: true });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      this.close();
      onFile(file);
    });
    const lessons = [...BUNDLED_LESSONS].sort((a, b) => rank(a.name) - rank(b.name) || a.title.localeCompare(b.title));
    const cards = lessons.map((l) =>
      el(
        'button.lesson-card',
        {
          'data-lesson': l.name,
          onclick: () => {
            this.close();
            onPick(l.name);
          },
        },
        el('strong.lesson-card-title', { text: l.title }),
        l.question ? el('span.lesson-card-question', { text: l.question }) : null,
        el('span.lesson-card-summary', { text: l.summary }),
        el('span.lesson-card-steps', { text: `${l.steps} steps` }),
      ),
    );
    this.dialog = el(
      'dialog.lesson-picker#lesson-picker',
      { 'aria-labelledby': 'lesson-picker-title' },
      el(
        'div.picker-head',
        {},
        el('h2#lesson-picker-title', { text: 'Lessons' }),
        el('button.message-close', { 'aria-label': 'Close', title: 'Close (Esc)', text: '×', onclick: () => this.close() }),
      ),
      el('p.picker-lead', { text: 'Guided demonstrations for a class: each is a scenario and a few steps, with a question to predict before the run is shown.' }),
      el('div.lesson-cards', {}, ...cards),
      el(
        'div.picker-foot',
        {},
        el('button.button#lesson-open-file', { text: 'Open a lesson file…', onclick: () => input.click() }),
        el('span.picker-hint', { text: 'or drop one on the page; it is checked as murmur validate checks it.' }),
        input,
      ),
    );
    // Keys pressed in the picker are the picker's: the studio's Space and arrows must not run the model behind it.
    this.dialog.addEventListener('keydown', (e) => e.stopPropagation());
    this.dialog.addEventListener('click', (e) => {
      if (e.target === this.dialog) this.close(); // a click on the backdrop
    });
    document.body.append(this.dialog);
  }

  open(): void {
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }
}
