import { describe, expect, it } from 'vitest';
import { keysAfter, isScenarioPath, overrideFor, overridesFor, sanitizeOverrides, valueText, withOverride, withoutOverride, defaultSettings } from '../../src/studio/settings';
import { validateScenario } from '../../src/scenario/load';
import { applyOverride } from '../../src/scenario/load';
import { rebuildOf, largestRebuild } from '../../src/studio/rebuilds';

const raw = {
  seed: 1,
  ticks: 50,
  network: { kind: 'watts-strogatz', n: 200, k: 6, p: 0.1 },
  sharing: { model: 'independent-cascade', p: 0.1 },
  seeding: { strategy: 'random', budget: 2 },
};

describe('settings', () => {
  it('writes values as `--set` reads them back', () => {
    expect(valueText(0.3)).toBe('0.3');
    expect(valueText('hubs')).toBe('hubs');
    expect(valueText('12')).toBe('"12"');
    expect(valueText(true)).toBe('true');
    expect(valueText({ a: 1 })).toBe('{"a":1}');
    for (const v of [0.3, 'hubs', '12', 'true', { a: [1, 'x'] }]) {
      const target: Record<string, unknown> = {};
      applyOverride(target, `name=${valueText(v)}`);
      expect(target.name).toEqual(v);
    }
  });

  it('replaces an override in place, drops what was set below it, and a variant drops its siblings', () => {
    let list = withOverride([], 'network.p', '0.2');
    list = withOverride(list, 'sharing.p', '0.3');
    list = withOverride(list, 'network.p', '0.4');
    expect(list).toEqual([
      ['network.p', '0.4'],
      ['sharing.p', '0.3'],
    ]);
    expect(withOverride([...list, ['network.n', '50']], 'network.kind', 'barabasi-albert', ['kind', 'n', 'm'])).toEqual([
      ['sharing.p', '0.3'],
      ['network.n', '50'],
      ['network.kind', 'barabasi-albert'],
    ]);
    list = withOverride(list, 'network.kind', 'barabasi-albert');
    expect(list).toEqual([
      ['sharing.p', '0.3'],
      ['network.kind', 'barabasi-albert'],
    ]);
    list = withOverride(list, 'sharing', '{"model":"sir"}');
    expect(list).toEqual([
      ['network.kind', 'barabasi-albert'],
      ['sharing', '{"model":"sir"}'],
    ]);
    expect(withoutOverride(list, 'network')).toEqual([['sharing', '{"model":"sir"}']]);
  });

  it('orders run A and B overrides as `murmur run` applies them, the seed last', () => {
    const s = { ...defaultSettings('x'), seed: 9, set: [['sharing.p', '0.2']] as const, compare: [['seeding.strategy', 'hubs']] as const };
    const settings = { ...s, set: [...s.set], compare: [...s.compare] };
    expect(overridesFor(settings, 'A')).toEqual(['sharing.p=0.2', 'seed=9']);
    expect(overridesFor(settings, 'B')).toEqual(['sharing.p=0.2', 'seeding.strategy=hubs', 'seed=9']);
  });

  it('keeps the overrides that validate and names the rest with the scenario messages', () => {
    const { kept, problems } = sanitizeOverrides(raw, [
      ['sharing.p', '0.2'],
      ['network.k', '7'],
      ['nope.x', '1'],
    ]);
    expect(kept).toEqual([['sharing.p', '0.2']]);
    expect(problems[0]).toMatch(/^network\.k=7: network\.k: /);
    expect(problems[1]).toMatch(/unknown scenario field "nope"/);
  });

  it('sets a field of a section the file leaves out as the whole section, so no holes appear', () => {
    const resolved = validateScenario(raw) as unknown as Record<string, unknown>;
    expect(overrideFor(resolved, 'sharing.p', 0.5)).toEqual(['sharing.p', '0.5']);
    const [path, value] = overrideFor({ ...resolved, extra: undefined }, 'seeding.budget', 3);
    expect([path, value]).toEqual(['seeding.budget', '3']);
    const deep = overrideFor({ seed: 1 }, 'network.p', 0.3);
    expect(deep[0]).toBe('network');
    expect(JSON.parse(deep[1]).p).toBe(0.3);
  });

  it('knows which keys a variant keeps', () => {
    const resolved = validateScenario(raw);
    expect(keysAfter(resolved, 'network.kind', 'barabasi-albert')).toEqual(expect.arrayContaining(['kind', 'n', 'm']));
    expect(keysAfter(resolved, 'network.kind', 'barabasi-albert')).not.toContain('p');
  });

  it('knows scenario paths', () => {
    expect(isScenarioPath(raw, 'network.p')).toBe(true);
    expect(isScenarioPath(raw, 'network.zzz')).toBe(false);
    expect(isScenarioPath(raw, '')).toBe(false);
  });

  it('says what a change rebuilds', () => {
    expect(rebuildOf('network.p')).toBe('network');
    expect(rebuildOf('seed')).toBe('network');
    expect(rebuildOf('seed', true)).toBe('members');
    expect(rebuildOf('population.activity')).toBe('members');
    expect(rebuildOf('sharing.p')).toBe('dynamics');
    expect(largestRebuild(['sharing.p', 'population.trust'])).toBe('members');
    expect(largestRebuild([])).toBeNull();
  });
});
