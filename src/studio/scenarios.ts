// The ready scenarios in `scenarios/`, bundled into the page as text (a new file there appears in the picker),
// listed for people by title and grouped by what they are for.
import { el } from './ui/el';

const files = import.meta.glob('../../scenarios/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

export interface BundledScenario {
  name: string;
  /** Path as the CLI takes it, relative to the project root. */
  file: string;
  text: string;
  raw: Record<string, unknown>;
  /** The file's `title`, or its name when it has none. */
  title: string;
  description: string;
  /** Which group of the picker it sits in. */
  group: ScenarioGroup;
}

/** The picker's groups, in order: files named `lesson-…` are the lessons' own, `classroom-…` the live class sessions'. */
export const SCENARIO_GROUPS = ['Scenarios', 'Used by lessons', 'Classroom'] as const;
export type ScenarioGroup = (typeof SCENARIO_GROUPS)[number];

function groupOf(name: string): ScenarioGroup {
  if (name.startsWith('lesson-')) return 'Used by lessons';
  if (name.startsWith('classroom-')) return 'Classroom';
  return 'Scenarios';
}

function load(): BundledScenario[] {
  const out: BundledScenario[] = [];
  for (const [path, text] of Object.entries(files)) {
    const base = path
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    if (base.endsWith('.schema')) continue;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(text);
    } catch {
      continue;
    }
    const title = typeof raw.title === 'string' && raw.title.trim() ? raw.title.trim() : base;
    out.push({ name: base, file: `scenarios/${base}.json`, text, raw, title, description: typeof raw.description === 'string' ? raw.description : '', group: groupOf(base) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export const BUNDLED: readonly BundledScenario[] = load();

/** The scenario the studio opens on when the link names none. */
export const DEFAULT_SCENARIO = BUNDLED.find((s) => s.name === 'ic-small-world')?.name ?? BUNDLED[0]?.name ?? '';

export function bundled(name: string): BundledScenario | undefined {
  return BUNDLED.find((s) => s.name === name);
}

/**
 * The bundled scenarios as `<optgroup>`s of `<option>`s for a picker: each shown by title (its question as
 * the tooltip), its value the file's name so that links keep working; `exclude` leaves one out.
 */
export function scenarioOptionGroups(exclude?: string, prefix = ''): HTMLOptGroupElement[] {
  return SCENARIO_GROUPS.map((label) => {
    const members = BUNDLED.filter((s) => s.group === label && s.name !== exclude).sort((a, b) => a.title.localeCompare(b.title));
    return el('optgroup', { label }, ...members.map((s) => el('option', { value: s.name, text: `${prefix}${s.title}`, title: s.description || null })));
  }).filter((g) => g.children.length > 0);
}
