// Files dropped on the page or opened with "Open file…": a lesson (a top-level `steps`) opens lesson mode, anything else opens as a scenario.
import { openScenarioFile } from '../dropScenario';
import type { Studio } from '../studio';
import { looksLikeLesson } from './bundledLessons';

/** Reads the file once to tell a lesson from a scenario; each is then checked by its own loader. */
export async function openDroppedFile(studio: Studio, file: File, openLesson: (text: string, name: string) => Promise<boolean>): Promise<void> {
  const text = await file.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined; // the scenario loader words the JSON error
  }
  if (looksLikeLesson(raw)) await openLesson(text, file.name);
  else await openScenarioFile(studio, file);
}

/** The page-wide drop zone and the Open button, routing each file by what it holds. */
export function attachFileDrop(studio: Studio, open: (file: File) => void): void {
  const zone = studio.shell.dropZone;
  zone.querySelector('div')!.textContent = 'Drop a scenario or lesson file (JSON) to open it';
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
    if (file) open(file);
  });
  studio.shell.openFile.addEventListener('change', () => {
    const file = studio.shell.openFile.files?.[0];
    if (file) open(file);
    studio.shell.openFile.value = '';
  });
}
