// Settings on the page: the controls, the scenario picker and its note once a restart has taken them,
// and a setting refused before any run was touched.
import { formatProblem } from '../engine/problem';
import type { Scenario } from '../scenario/schema';
import type { ControlPanel } from './controls/controlPanel';
import type { Field } from './controls/fields';
import type { Resolved } from './resolveSettings';
import { CUSTOM, type Settings } from './settings';
import type { Shell } from './shell';
import type { Messages } from './ui/messages';

export function showSettings(shell: Shell, panel: ControlPanel, fields: Field[], next: Settings, resolved: Scenario): void {
  panel.render(fields, new Set([...next.set.map((o) => o[0]), ...(next.seed !== null ? ['seed'] : [])]));
  const select = shell.scenarioSelect;
  // An opened file is named in the picker (as "file: its title", else its name), not left blank.
  select.querySelector('option[value="custom"]')?.remove();
  if (next.scenario === CUSTOM) {
    const name = [resolved.title, resolved.name].find((t): t is string => typeof t === 'string' && t.trim() !== '') ?? 'scenario';
    const option = document.createElement('option');
    option.value = CUSTOM;
    option.textContent = `file: ${name}`;
    select.append(option);
  }
  select.value = next.scenario;
  shell.scenarioNote.textContent = (resolved.description as string | undefined) ?? '';
}

/** A setting that cannot run: its problems at the fields and in a message, or the size the browser cannot hold. */
export function reportRefused(r: Extract<Resolved, { ok: false }>, panel: ControlPanel, messages: Messages): void {
  if (r.why === 'invalid') {
    panel.showProblems(r.problems);
    messages.show('settings', 'error', 'That setting is not valid; the run is unchanged:', r.problems.map(formatProblem));
  } else messages.show('too-large', 'error', 'Too large for the browser', [r.message]);
}
