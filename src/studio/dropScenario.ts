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

export function attachDrop(studio: Studio): void {
  const zone = studio.shell.dropZone;
  let depth = 0;
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    zone.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.hidden = true;
  });
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    zone.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) void openScenarioFile(studio, file);
  });
  studio.shell.openFile.addEventListener('change', () => {
    const file = studio.shell.openFile.files?.[0];
    if (file) void openScenarioFile(studio, file);
    studio.shell.openFile.value = '';
  });
}
