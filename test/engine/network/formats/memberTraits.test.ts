// Node attributes as member traits: the threshold model's φ and STEPPS members' traits come from the file, exactly.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../../src/scenario/load';
import { toSimulationSpec } from '../../../../src/scenario/spec';
import { createSimulation } from '../../../../src/engine/simulation';
import { runToEnd } from '../../../../src/engine/measure';
import type { InputError } from '../../../../src/engine/problem';

/** A path 1–2–3–4 with a numeric `phi` and `trust` per node. */
const path = (phi: number[], trust: (number | string)[] = [0.1, 0.2, 0.3, 0.4]) =>
  `graph [\n${phi.map((p, i) => `  node [ id ${i + 1} label "m${i + 1}" phi ${p} trust ${typeof trust[i] === 'string' ? `"${trust[i]}"` : trust[i]} ]`).join('\n')}\n  edge [ source 1 target 2 ] edge [ source 2 target 3 ] edge [ source 3 target 4 ]\n]`;

const load = (text: string, network: object, sharing: object = { model: 'threshold' }) =>
  loadScenario(JSON.stringify({ ticks: 10, network: { kind: 'file', file: 'path.gml', ...network }, sharing, seeding: { strategy: 'explicit', members: [0] } }), {
    readText: () => text,
  });

const adopters = (text: string) => runToEnd(createSimulation(toSimulationSpec(load(text, { traits: { threshold: 'phi' } })))).summary.adopters;

describe('a node attribute as community ids', () => {
  it('numbers the values in order of first appearance, for community measures and circle taste', () => {
    const text = 'graph [ node [ id 1 club "x" ] node [ id 2 club "y" ] node [ id 3 club "x" ] node [ id 4 ] edge [ source 1 target 2 ] edge [ source 3 target 4 ] ]';
    const sim = createSimulation(toSimulationSpec(load(text, { community: 'club' }, { model: 'bass', circleTaste: 0.5 })));
    expect(Array.from(sim.graph.community)).toEqual([0, 1, 0, 2]);
    expect(sim.graph.communities).toBe(3);
  });
});

describe('traits from node attributes', () => {
  it("the threshold model adopts by the file's φ: member 3 at 0.6 stops the cascade that 0.5 lets through", () => {
    // m2 sees 1 of 2 neighbours adopted (0.5); m3 likewise; m4 then 1 of 1.
    expect(adopters(path([0, 0.5, 0.6, 1]))).toBe(2);
    expect(adopters(path([0, 0.5, 0.5, 1]))).toBe(4);
  });

  it('STEPPS members take their trust and threshold from the file; the other draws are unchanged', () => {
    const text = path([0, 0.5, 0.6, 1]);
    const withTraits = createSimulation(toSimulationSpec(load(text, { traits: { trust: 'trust', threshold: 'phi' } }, { model: 'stepps' })));
    const without = createSimulation(toSimulationSpec(load(text, {}, { model: 'stepps' })));
    for (let i = 0; i < 4; i++) {
      const a = withTraits.dynamics.memberValues!(i);
      const b = without.dynamics.memberValues!(i);
      expect(a.trust).toBe(Math.fround([0.1, 0.2, 0.3, 0.4][i]));
      expect(a.trustAtStart).toBe(a.trust);
      expect(a.threshold).toBe([0, 0.5, 0.6, 1][i]);
      expect(a.activity).toBe(b.activity);
      expect(a['driver.emotion']).toBe(b['driver.emotion']);
    }
  });

  it("an attribute that is missing, not a number, or out of the trait's range is refused in one line", () => {
    const problems = (text: string, traits: object) => {
      try {
        load(text, { traits });
      } catch (e) {
        return (e as InputError).problems.map((p) => `${p.path}: ${p.message}`);
      }
      return [];
    };
    expect(problems(path([0, 0.5, 0.6, 1]), { trust: 'age' })).toEqual(['network.traits.trust: path.gml: has no node attribute "age" (it has "phi", "trust")']);
    expect(problems(path([0, 0.5, 0.6, 1], [0.1, 'high', 0.3, 0.4]), { trust: 'trust' })).toEqual([
      'network.traits.trust: path.gml: node "m2" has a non-numeric ("high") "trust"; the trust trait needs a number for every member',
    ]);
    expect(problems(path([0, 0.5, 0.6, 1], [0.1, 1.5, 0.3, 0.4]), { trust: 'trust' })).toEqual([
      'network.traits.trust: path.gml: node "m2" has "trust" 1.5, outside the trust trait\'s range [0, 1]',
    ]);
  });
});
