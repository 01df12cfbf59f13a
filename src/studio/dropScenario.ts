// Opening a scenario file by dropping it on the page (or the Open button): valid files run, invalid ones list their problems.
import { InputError, formatProblem } from '../engine/problem';
import { parseJson, validateScenario } from '../scenario/load';
import { CUSTOM } from './settings';
import type { Studio } from './studio';

/** Checks a file's text as `murmur validate` does; returns the raw scenario, or the problem lines. */
export function checkScenarioText(text: string, name: string): { ok: true; raw: Record<string, unknown> } | { ok: false; lines: string[] } {
  try {
    const raw = parseJson(text, name) as Record<string, unknown>;
    validateScenario(raw);
    return { ok: true, raw };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { ok: false, lines: e.problems.map((p) => (p.message.startsWith(name) ? formatProblem(p) : `${name}: ${formatProblem(p)}`)) };
  }
}

export async function openScenarioFile(studio: Studio, file: File): Promise<void> {
  const text = await file.text();
  const checked = checkScenarioText(text, file.name);
  if (!checked.ok) {
    studio.messages.show('drop', 'error', `${file.name} is not a scenario the model can run:`, checked.lines);
    return;
  }
  studio.messages.dismiss('drop');
  if (!checked.raw.name) checked.raw.name = file.name.replace(/\.json$/i, '');
  await studio.setScenario(CUSTOM, checked.raw);
}
