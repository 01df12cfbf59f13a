// The studio's edits as settings arithmetic: a control changed, a member seeded by click, another scenario
// opened. Pure, so what each does to the link is plain to read and test; the studio loads what they return.
import { keysAfter, overrideFor, valueAt, valueText, withOverride, withoutOverride, type Settings } from './settings';
import { baseScenario, validateOrNull } from './resolveSettings';
import type { Scenario } from '../scenario/schema';

/** A control set `path` to `value`: the override is recorded, or dropped when it equals the file's own value. */
export function fieldEdit(settings: Settings, resolved: Scenario | null, path: string, value: unknown): Settings {
  if (path === 'seed') return { ...settings, seed: Number(value) };
  const baseline = validateOrNull(baseScenario(settings), []);
  const same = baseline !== null && JSON.stringify(valueAt(baseline, path)) === JSON.stringify(value);
  const override = overrideFor(resolved, path, value);
  const set = same ? withoutOverride(settings.set, path) : withOverride(settings.set, override[0], override[1], keysAfter(resolved, path, value));
  return { ...settings, set, at: 0 };
}

/** Seeds the run's item at a member: the seeding becomes an explicit list (added to it with `add`). */
export function seedEdit(settings: Settings, resolved: Scenario | null, member: number, add: boolean): Settings {
  const current = resolved?.seeding;
  const members = add && current?.strategy === 'explicit' ? [...new Set([...current.members, member])] : [member];
  return { ...settings, set: withOverride(settings.set, 'seeding', valueText({ strategy: 'explicit', members })), at: 0 };
}

/** Another scenario opened: its own settings, the speed kept, compare kept on (with no differences yet). */
export function scenarioSwitch(settings: Settings, name: string, custom: unknown): Settings {
  return { scenario: name, custom, seed: null, set: [], compare: settings.compare ? [] : null, speed: settings.speed, at: 0 };
}
