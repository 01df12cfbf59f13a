// Compare's pieces without a browser: the paired table equals `murmur compare`'s, chips change the run, B as another scenario in the link.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { better, change, pairedDifferences } from '../../src/analysis/pairedDifferences';
import { changesRun, presets } from '../../src/studio/compare/presets';
import { scenarioFields } from '../../src/studio/controls/fields';
import { validateScenario } from '../../src/scenario/load';
import { defaultSettings, overridesFor } from '../../src/studio/settings';
import { fromQuery, toQuery } from '../../src/studio/urlState';
import type { Summary } from '../../src/engine/measure';

const scenario = (name: string, overrides: string[] = []) =>
  validateScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../scenarios/${name}.json`), 'utf8')), { overrides });
const summary = (reach: number, peakTick: number, extra: number): Summary =>
  ({ reach, reachFraction: reach / 100, peakTick, extra, influenceByDistance: [1] }) as unknown as Summary;

describe('Compare', () => {
  it('pairs measures exactly as murmur compare does', () => {
    const a = [summary(10, 5, NaN), summary(20, 4, 1), summary(15, 6, 2), summary(12, 5, 3)];
    const b = [summary(14, 4, 2), summary(22, 4, 1), summary(19, 5, 2), summary(15, 3, NaN)];
    const m = pairedDifferences(a, b);
    expect(m.reach.diff).toBe(3.25);
    expect(change(m.reach)).toBeCloseTo(3.25 / 14.25, 12);
    expect(better('reach', m.reach)).toBe('B');
    expect(better('peakTick', m.peakTick)).toBe(m.peakTick.high < 0 ? 'B' : null);
    expect(better('extra', m.extra)).toBeNull();
  });

  it('marks the better run by the direction the measure catalogue declares', () => {
    const m = { n: 4, a: 10, b: 14, diff: 4, sd: 1, low: 2, high: 6 };
    expect(better('brandedReach', m)).toBe('B');
    expect(better('complaintReach', m)).toBe('A'); // a wider complaint is worse
    expect(better('failures', { ...m, diff: -4, low: -6, high: -2 })).toBe('B');
    expect(better('adopters.offer', m)).toBe('B'); // a family's entry
    expect(better('tipped.proof', m)).toBeNull(); // neither way is better
    expect(better('brandedReach', { ...m, low: -1 })).toBeNull(); // the interval holds 0
  });

  it('offers no chip that leaves the run as it was: the first item is seeded by the scenario’s own seeding', () => {
    const micro = scenario('micro-vs-macro');
    expect(changesRun(micro, scenario('micro-vs-macro', ['content.items.0.seeding.strategy=hubs']))).toBe(false);
    expect(changesRun(micro, scenario('micro-vs-macro', ['seeding.strategy=hubs']))).toBe(true);
    const chips = presets(scenarioFields(micro as unknown as Record<string, unknown>), micro);
    expect(chips.some(([p]) => p.startsWith('content.items.0.seeding'))).toBe(false);
    expect(chips).toContainEqual(['seeding.strategy', 'hubs']);
    // Under a classic model, content is not read: its chips go too.
    const ic = scenario('ic-small-world');
    expect(presets(scenarioFields(ic as unknown as Record<string, unknown>), ic).every(([p]) => !p.startsWith('content.'))).toBe(true);
  });

  it('B as another scenario travels in the link and takes only its own differences', () => {
    const s = {
      ...defaultSettings('micro-vs-macro'),
      set: [['ticks', '30']] as [string, string][],
      compare: [['seeding.budget', '10']] as [string, string][],
      compareWith: 'ic-small-world',
    };
    const back = fromQuery(toQuery(s), ['micro-vs-macro', 'ic-small-world'], 'ic-small-world');
    expect(back.problems).toEqual([]);
    expect(back.settings).toMatchObject({ compareWith: 'ic-small-world', compare: [['seeding.budget', '10']] });
    expect(overridesFor(s, 'B')).toEqual(['seeding.budget=10']);
    expect(overridesFor({ ...s, compareWith: null }, 'B')).toEqual(['ticks=30', 'seeding.budget=10']);
    expect(fromQuery('scenario=micro-vs-macro&compareWith=nope', ['micro-vs-macro'], 'micro-vs-macro').problems[0]).toContain('compareWith "nope"');
  });
});
