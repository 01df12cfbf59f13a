// Lessons in the studio: the picker, lesson files dropped or opened, lesson links, and the keys of lesson mode.
import type { Studio } from '../studio';
import { BUNDLED_LESSONS, bundledLesson, checkLessonText } from './bundledLessons';
import { CUSTOM_LESSON, clampStep, type LessonLink } from './lessonLink';
import { LessonMode } from './lessonMode';
import { LessonPicker } from './lessonPicker';
import { attachFileDrop, openDroppedFile } from './dropFile';

export interface Lessons {
  mode: LessonMode;
  picker: LessonPicker;
  /** Opens a bundled lesson at step `index` (0-based). */
  openBundled(name: string, index?: number): Promise<boolean>;
  /** Opens a lesson file's text; a file with problems lists them (the lines of `murmur validate`) and opens nothing. */
  openText(text: string, name: string): Promise<boolean>;
  /** Opens what a link names; false (with a message) when it names no lesson the studio has. */
  openLink(link: LessonLink): Promise<boolean>;
}

export function attachLessons(studio: Studio): Lessons {
  const mode = new LessonMode(studio);
  const warn = (title: string, lines: string[] = []) => studio.messages.show('lesson-link', 'warning', title, lines);

  const openBundled = async (name: string, index = 0): Promise<boolean> => {
    const found = bundledLesson(name);
    if (!found) return false;
    const checked = checkLessonText(found.text, found.file);
    if (!checked.ok) {
      studio.messages.show('lesson', 'error', `The lesson ${found.file} has problems:`, checked.lines);
      return false;
    }
    studio.messages.dismiss('lesson');
    await mode.open({ name, source: found.file, loaded: checked.lesson }, index);
    return true;
  };

  const openText = async (text: string, name: string, index = 0): Promise<boolean> => {
    const checked = checkLessonText(text, name);
    if (!checked.ok) {
      studio.messages.show('drop', 'error', `${name} is not a lesson the studio can run:`, checked.lines);
      return false;
    }
    studio.messages.dismiss('drop');
    await mode.open({ name: CUSTOM_LESSON, file: JSON.parse(text), source: name, loaded: checked.lesson }, index);
    return true;
  };

  const openLink = async (link: LessonLink): Promise<boolean> => {
    if (link.name !== CUSTOM_LESSON && !bundledLesson(link.name)) {
      warn(`There is no lesson "${link.name}"; opened the studio instead.`, [`The lessons are: ${BUNDLED_LESSONS.map((l) => l.name).join(', ')}.`]);
      return false;
    }
    if (link.name === CUSTOM_LESSON && link.file === undefined) {
      warn('The link’s lesson could not be read; opened the studio instead.', link.problems);
      return false;
    }
    const text = link.name === CUSTOM_LESSON ? JSON.stringify(link.file) : bundledLesson(link.name)!.text;
    const checked = checkLessonText(text, link.name === CUSTOM_LESSON ? 'lesson.json' : bundledLesson(link.name)!.file);
    const count = checked.ok ? checked.lesson.steps.length : 0;
    const title = checked.ok ? checked.lesson.lesson.title : link.name;
    const { index, problem } = clampStep(link.step, count, title);
    const problems = [...link.problems, ...(problem && !link.problems.length ? [problem] : [])];
    if (problems.length) warn('Parts of the lesson link could not be used:', problems);
    // The link's pace wins over the one remembered in this tab (a bad one: the default, as the warning says).
    if (link.pace !== undefined) mode.setPace(link.pace);
    return link.name === CUSTOM_LESSON ? openText(text, 'lesson.json', index) : openBundled(link.name, index);
  };

  const picker = new LessonPicker(
    (name) => void openBundled(name),
    (file) => void openDroppedFile(studio, file, openText),
  );
  mode.onPick = () => picker.open();
  studio.shell.lessons.addEventListener('click', () => picker.open());
  attachFileDrop(studio, (file) => void openDroppedFile(studio, file, openText));
  attachKeys(mode);
  return { mode, picker, openBundled, openText: (text, name) => openText(text, name), openLink };
}

/**
 * Lesson mode's keys, taken before the studio's (capture phase): → and PageDown (a presenter's
 * clicker) reveal, then move on; ← and PageUp go back; Enter reveals; Space reveals or pauses;
 * 1–9 mark a guess; R runs the step again; F full screen; L the laser, Esc puts it away. The
 * studio's own keys never reach it meanwhile (its Space would play past the step's end).
 */
function attachKeys(mode: LessonMode): void {
  window.addEventListener(
    'keydown',
    (e) => {
      if (!mode.active || e.ctrlKey || e.metaKey || e.altKey) return;
      e.stopImmediatePropagation();
      const target = e.target as HTMLElement;
      if (target.closest('input, select, textarea, [contenteditable], dialog')) return;
      // A focused button takes Enter and Space itself (one press, one action).
      if ((e.key === 'Enter' || e.key === ' ') && target.closest('button')) return;
      const act: Record<string, () => void> = {
        ArrowRight: () => mode.advance(),
        PageDown: () => mode.advance(),
        ArrowLeft: () => void mode.goTo(mode.index - 1),
        PageUp: () => void mode.goTo(mode.index - 1),
        Enter: () => mode.reveal(),
        ' ': () => (mode.phase === 'predict' ? mode.reveal() : mode.togglePause()),
        f: () => mode.panel.root.querySelector<HTMLButtonElement>('#lesson-fullscreen')!.click(),
        l: () => mode.laser.toggle(),
        r: () => void mode.replay(),
        Escape: () => mode.laser.toggle(false),
      };
      const run = act[e.key.length === 1 ? e.key.toLowerCase() : e.key] ?? (/^[1-9]$/.test(e.key) ? () => mode.choose(Number(e.key) - 1) : undefined);
      if (!run) return;
      e.preventDefault();
      run();
    },
    { capture: true },
  );
}
