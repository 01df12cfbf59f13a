// seeding.strategy "optimal" in a scenario: chosen inside the run, for the run's model, the same whatever else the run does.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine/simulation';
import { runToEnd } from '../../../src/engine/measure';
import { loadScenario } from '../../../src/scenario/load';
import { toSimulationSpec } from '../../../src/scenario/spec';
import { opimC } from '../../../src/engine/seeding/influence/opimC';
import { imm } from '../../../src/engine/seeding/influence/imm';

const base = { seed: 4, ticks: 40, network: { kind: 'community-small-world', n: 300, communities: 6, k: 6, p: 0.1, bridges: 0.4 } };

function scenario(extra: object) {
  return toSimulationSpec(loadScenario(JSON.stringify({ ...base, ...extra })));
}

describe('seeding.strategy: optimal', () => {
  it("seeds a run with OPIM-C's answer for the run's model, graph and seed", () => {
    const spec = scenario({ sharing: { model: 'independent-cascade', p: 0.08 }, seeding: { strategy: 'optimal', budget: 4, epsilon: 0.3 } });
    const sim = createSimulation(spec);
    const expected = opimC(sim.graph, { kind: 'uniform', p: 0.08, horizon: 40 }, { k: 4, epsilon: 0.3, seed: 4 }).seeds;
    expect(Array.from(sim.seeds)).toEqual(Array.from(expected));
    expect(runToEnd(sim).summary.adopters).toBeGreaterThanOrEqual(4);
    expect(Array.from(createSimulation(spec).seeds)).toEqual(Array.from(sim.seeds));
  });

  it('method imm, and the weighted cascade', () => {
    const spec = scenario({ sharing: { model: 'independent-cascade', p: 0.1, weighted: true }, seeding: { strategy: 'optimal', budget: 3, method: 'imm', epsilon: 0.5 } });
    const sim = createSimulation(spec);
    expect(Array.from(sim.seeds)).toEqual(Array.from(imm(sim.graph, { kind: 'weighted', horizon: 40 }, { k: 3, epsilon: 0.5, seed: 4 }).seeds));
  });

  it("the STEPPS model: the nearest classic model's answer (the weighted cascade)", () => {
    const spec = scenario({ ticks: 10, seeding: { strategy: 'optimal', budget: 3, epsilon: 0.5 } });
    const sim = createSimulation(spec);
    expect(Array.from(sim.seeds)).toEqual(Array.from(opimC(sim.graph, { kind: 'weighted', horizon: 10 }, { k: 3, epsilon: 0.5, seed: 4 }).seeds));
  });

  it('refuses ε outside (0, 1), an unknown method and a budget above the population', () => {
    expect(() => scenario({ sharing: { model: 'independent-cascade', p: 0.1 }, seeding: { strategy: 'optimal', budget: 3, epsilon: 1 } })).toThrow(/seeding\.epsilon/);
    expect(() => scenario({ sharing: { model: 'independent-cascade', p: 0.1 }, seeding: { strategy: 'optimal', budget: 3, method: 'celf' } })).toThrow(/seeding\.method/);
    expect(() => scenario({ sharing: { model: 'independent-cascade', p: 0.1 }, seeding: { strategy: 'optimal', budget: 301 } })).toThrow(
      /seeding\.budget: must be a whole number from 1 to the population size 300/,
    );
  });
});
