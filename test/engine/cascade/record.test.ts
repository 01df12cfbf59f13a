import { describe, expect, it } from 'vitest';
import { createRecord, releaseRecord, adopt, expose, ROOT, NOT_ADOPTED } from '../../../src/engine/cascade/record';
import { createSimulation, type SimulationSpec } from '../../../src/engine/simulation';
import { runToEnd } from '../../../src/engine/measure';

describe('cascade record', () => {
  it('a released record comes back cleared', () => {
    const r = createRecord(50);
    adopt(r, 3, ROOT, 0);
    adopt(r, 7, 3, 1);
    expose(r, 9, 1);
    releaseRecord(r);
    const again = createRecord(50);
    expect(again).toBe(r);
    expect(again.adopters).toBe(0);
    expect(again.reach).toBe(0);
    for (const i of [3, 7, 9]) {
      expect(again.parent[i]).toBe(NOT_ADOPTED);
      expect(again.adoptedAt[i]).toBe(-1);
      expect(again.seenAt[i]).toBe(-1);
      expect(again.hop[i]).toBe(0);
    }
  });

  it('runs on reused records give the same results as on fresh ones', () => {
    const spec: SimulationSpec = {
      seed: 3,
      ticks: 50,
      network: { kind: 'watts-strogatz', n: 2000, k: 6, p: 0.1 },
      sharing: { model: 'independent-cascade', p: 0.2 },
      seeding: { strategy: 'random', budget: 3 },
    };
    const fresh = runToEnd(createSimulation(spec), { series: true });
    const first = createSimulation({ ...spec, seed: 4 });
    runToEnd(first);
    first.dispose();
    const reused = createSimulation(spec);
    expect(reused.dynamics.records[0]).toBe(first.dynamics.records[0]);
    expect(runToEnd(reused, { series: true })).toEqual(fresh);
  });
});
