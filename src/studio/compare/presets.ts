// One-click what-ifs for Compare, offered only when they change the run (a field the scenario overrides elsewhere is not offered).
import { leafFields, type Field } from '../controls/fields';
import { overrideText, type Override } from '../settings';
import { validateScenario } from '../../scenario/load';
import { toSimulationSpec } from '../../scenario/spec';
import type { Scenario } from '../../scenario/schema';

/** Fields whose other options make the classic what-ifs (a seeding strategy, a policy, a model). */
const PRESET_PATHS = [/^seeding\.strategy$/, /^organizer\.policy$/, /\.seeding\.strategy$/];

/**
 * What the engine acts on: the simulation spec, less what it ignores (names, and content under a
 * classic model). The first item is seeded by
 * the run's own seeding (engine/stepps/stepps.ts: later items alone use their `seeding`), so the
 * first item's seeding is dropped: "item 1 seeding strategy → hubs" changes nothing.
 */
function runShape(s: Scenario): string {
  const spec = structuredClone(toSimulationSpec(s)) as unknown as Record<string, any>;
  for (const key of ['$schema', 'name', 'title', 'description']) delete spec[key];
  // The classic models (independent cascade, threshold, Bass, SIR) spread one item and read no content.
  if (spec.sharing?.model !== 'stepps') delete spec.content;
  for (const content of [spec.content, spec.sharing?.content]) if (content?.items?.[0]) delete content.items[0].seeding;
  return JSON.stringify(spec);
}

/** Whether two scenarios make different runs (what the engine acts on differs), whatever their files say. */
export function changesRun(a: Scenario, b: Scenario): boolean {
  return runShape(a) !== runShape(b);
}

/** Whether B = A's resolved scenario with `o` changes the run. */
function effective(resolved: Scenario, o: Override): boolean {
  try {
    return changesRun(resolved, validateScenario(resolved, { overrides: [overrideText(o)] }));
  } catch {
    return false;
  }
}

export function presets(fields: readonly Field[], resolved: Scenario | null = null): Override[] {
  const out: Override[] = [];
  for (const f of leafFields(fields)) {
    if (f.type !== 'choice' || !PRESET_PATHS.some((r) => r.test(f.path))) continue;
    for (const o of f.options) if (o !== f.value && o !== 'explicit') out.push([f.path, o]);
  }
  for (const f of leafFields(fields)) {
    if (f.type === 'number' && f.slider && /(^|\.)p$|probability|rate/i.test(f.path) && typeof f.value === 'number' && out.length < 12) {
      const doubled = Math.min(f.max ?? 1, Number((f.value * 2).toPrecision(3)));
      if (doubled !== f.value) out.push([f.path, String(doubled)]);
    }
  }
  return (resolved ? out.filter((o) => effective(resolved, o)) : out).slice(0, 6);
}
