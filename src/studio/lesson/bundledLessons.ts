// The lessons in `scenarios/lessons/`, bundled into the page as text, and lesson files checked as `murmur validate` checks them.
import { InputError, formatProblem } from '../../engine/problem';
import { loadLesson, type LoadedLesson } from '../../lesson/load';
import { BUNDLED } from '../scenarios';

const files = import.meta.glob('../../../scenarios/lessons/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

export interface BundledLesson {
  name: string;
  /** Path as the CLI takes it. */
  file: string;
  text: string;
  title: string;
  /** The one plain question the lesson answers ('' when the file has none). */
  question: string;
  summary: string;
  steps: number;
}

/** Where lesson files live: what they name is read relative to this folder. */
export const LESSON_FOLDER = 'scenarios/lessons/';

/** `scenarios/lessons/` + `../x.json` → `scenarios/x.json`: a relative path resolved without a file system. */
export function resolvePath(folder: string, path: string): string {
  const out: string[] = [];
  for (const seg of (folder + path).split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/**
 * Reads a file a lesson names, as if the lesson sat in `scenarios/lessons/`: the page holds the
 * bundled scenarios and nothing else, and says so as the CLI does for a file that is not there.
 */
export function readBundledText(path: string): string {
  const wanted = resolvePath(LESSON_FOLDER, path);
  const found = BUNDLED.find((s) => s.file === wanted);
  if (!found) throw new Error('no such file');
  return found.text;
}

/** A lesson file's text checked and resolved; its problems as the lines `murmur validate <name>` prints. */
export function checkLessonText(text: string, name: string): { ok: true; lesson: LoadedLesson } | { ok: false; lines: string[] } {
  try {
    return { ok: true, lesson: loadLesson(text, { source: name, readText: readBundledText }) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { ok: false, lines: e.problems.map((p) => (p.message.startsWith(name) ? formatProblem(p) : `${name}: ${formatProblem(p)}`)) };
  }
}

/** Whether parsed JSON is meant as a lesson (what `murmur validate` looks for: a top-level `steps`). */
export function looksLikeLesson(raw: unknown): boolean {
  return !!raw && typeof raw === 'object' && !Array.isArray(raw) && 'steps' in raw;
}

function load(): BundledLesson[] {
  const out: BundledLesson[] = [];
  for (const [path, text] of Object.entries(files)) {
    const base = path
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    if (base.endsWith('.schema')) continue;
    let raw: { title?: unknown; question?: unknown; summary?: unknown; steps?: unknown };
    try {
      raw = JSON.parse(text);
    } catch {
      continue;
    }
    out.push({
      name: base,
      file: `${LESSON_FOLDER}${base}.json`,
      text,
      title: typeof raw.title === 'string' ? raw.title : base,
      question: typeof raw.question === 'string' ? raw.question : '',
      summary: typeof raw.summary === 'string' ? raw.summary : '',
      steps: Array.isArray(raw.steps) ? raw.steps.length : 0,
    });
  }
  return out.sort((a, b) => a.title.localeCompare(b.title));
}

export const BUNDLED_LESSONS: readonly BundledLesson[] = load();

export function bundledLesson(name: string): BundledLesson | undefined {
  return BUNDLED_LESSONS.find((l) => l.name === name);
}
