import { describe, expect, it } from 'vitest';
import { createSimulation, type SimulationSpec } from '../../../src/engine/simulation';
import { runToEnd } from '../../../src/engine/measure';
import { bridgingTies } from '../../../src/engine/network/metrics/bridging';

const base: SimulationSpec = {
  seed: 3,
  ticks: 50,
  network: { kind: 'community-small-world', n: 600, communities: 6, k: 6, p: 0.05, bridges: 0.5 },
  sharing: { model: 'independent-cascade', p: 0.5, useTieStrength: true },
  seeding: { strategy: 'random', budget: 1 },
};

describe('interventions in a run', () => {
  it('removeTies applies after the graph is built and moves no other stream: same seeds, same generated graph', () => {
    const plain = createSimulation(base);
    const cut = createSimulation({ ...base, interventions: { removeTies: { which: 'weak' } } });
    expect(bridgingTies(plain.graph)).toBe(150);
    expect(bridgingTies(cut.graph)).toBe(0);
    expect(plain.graph.m - cut.graph.m).toBe(150);
    expect(Array.from(cut.seeds)).toEqual(Array.from(plain.seeds));
    const r = runToEnd(cut).summary;
    const circles = new Set<number>();
    const rec = cut.dynamics.records[0];
    for (let k = 0; k < rec.adopters; k++) circles.add(cut.graph.community[rec.order[k]]);
    expect(circles.size).toBe(1);
    expect(r.adopters).toBeLessThanOrEqual(100);
  });

  it('a fixed network loses the same ties in every run; a run seed alone changes which strong ties go', () => {
    const spec = (seed: number, fixed?: number): SimulationSpec => ({
      ...base,
      seed,
      network: { ...base.network, ...(fixed === undefined ? {} : { seed: fixed }) },
      interventions: { removeTies: { which: 'strong', count: 40 } },
    });
    const a = createSimulation(spec(1, 9)).graph;
    const b = createSimulation(spec(2, 9)).graph;
    expect(Array.from(a.targets)).toEqual(Array.from(b.targets));
    expect(a.m).toBe(createSimulation(spec(1)).graph.m);
  });

  it("handing a run's graph to the next run never applies an intervention twice, nor keeps one the new run lacks", () => {
    const strong: SimulationSpec = { ...base, interventions: { removeTies: { which: 'strong' } } };
    const first = createSimulation(strong);
    const again = createSimulation(strong, { graph: first.graph });
    expect(again.graph.m).toBe(first.graph.m);
    expect(Array.from(again.graph.targets)).toEqual(Array.from(first.graph.targets));
    const none = createSimulation(base, { graph: first.graph });
    expect(none.graph.m).toBe(createSimulation(base).graph.m);
  });
});
