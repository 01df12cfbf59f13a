import { describe, expect, it } from 'vitest';
import { circleTaste } from '../../../src/engine/sharing/circleTaste';
import { createSimulation, type SimulationSpec } from '../../../src/engine/simulation';
import { runToEnd } from '../../../src/engine/measure';
import { adoptionAround } from '../../../src/engine/cascade/adoptionAround';
import { graphOf } from '../network/graphInvariants';

const bass = (circleTaste?: number): SimulationSpec => ({
  seed: 5,
  ticks: 10,
  network: { kind: 'community-small-world', n: 1000, communities: 20, k: 8, p: 0.05, bridges: 0.5 },
  sharing: { model: 'bass', innovation: 0.005, imitation: 0, ...(circleTaste === undefined ? {} : { circleTaste }) },
  seeding: { strategy: 'random', budget: 0 },
});

describe('circleTaste', () => {
  it('gives every member of a circle the same factor, and nothing at σ = 0', () => {
    const g = graphOf(
      6,
      [
        [0, 1],
        [2, 3],
        [4, 5],
      ],
      { community: [0, 0, 1, 1, 2, 2] },
    );
    const t = circleTaste(1, g, 1)!;
    expect(t[0]).toBe(t[1]);
    expect(t[2]).toBe(t[3]);
    expect(t[0]).not.toBe(t[2]);
    expect(circleTaste(1, g, 0)).toBeNull();
    expect(Array.from(circleTaste(1, g, 1)!)).toEqual(Array.from(t));
  });

  it('factors average 1 over many circles (lognormal with mean 1): within 5% over 20 000 circles', () => {
    const n = 20000;
    const g = graphOf(n, [], { community: Array.from({ length: n }, (_, i) => i) });
    const t = circleTaste(3, g, 1)!;
    let sum = 0;
    for (const x of t) sum += x;
    expect(sum / n).toBeGreaterThan(0.95);
    expect(sum / n).toBeLessThan(1.05);
  });

  it('in Bass: absent or 0 is the classic model draw for draw', () => {
    const a = runToEnd(createSimulation(bass())).summary;
    const b = runToEnd(createSimulation(bass(0))).summary;
    expect(b).toEqual(a);
  });

  it('in Bass with influence off: adopters cluster by circle (over twice background one step from an adopter), with none at σ = 0', () => {
    const lift = (sigma: number) => {
      let sum = 0;
      for (let seed = 1; seed <= 6; seed++) {
        const sim = createSimulation({ ...bass(sigma), seed });
        runToEnd(sim);
        sum += adoptionAround(sim.graph, sim.dynamics.records[0]).lift[1];
      }
      return sum / 6;
    };
    expect(lift(1.5)).toBeGreaterThan(2);
    expect(Math.abs(lift(0) - 1)).toBeLessThan(0.3);
  });
});
