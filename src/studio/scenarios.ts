// The ready scenarios in `scenarios/`, bundled into the page as text (a new file there appears in the picker).
const files = import.meta.glob('../../scenarios/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

export interface BundledScenario {
  name: string;
  /** Path as the CLI takes it, relative to the project root. */
  file: string;
  text: string;
  raw: Record<string, unknown>;
  description: string;
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
    out.push({ name: base, file: `scenarios/${base}.json`, text, raw, description: typeof raw.description === 'string' ? raw.description : '' });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export const BUNDLED: readonly BundledScenario[] = load();

/** The scenario the studio opens on when the link names none. */
export const DEFAULT_SCENARIO = BUNDLED.find((s) => s.name === 'ic-small-world')?.name ?? BUNDLED[0]?.name ?? '';

export function bundled(name: string): BundledScenario | undefined {
  return BUNDLED.find((s) => s.name === name);
}
