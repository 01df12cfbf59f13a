import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRecord, releaseRecord, adopt, expose, ROOT, NOT_ADOPTED, SEEN, ADOPTED, type CascadeRecord } from '../../../src/engine/cascade/record';
import { loadScenario } from '../../../src/scenario/load';
import { toSimulationSpec } from '../../../src/scenario/spec';
import { createSimulation, type SimulationSpec } from '../../../src/engine/simulation';
import { runToEnd } from '../../../src/engine/measure';
import { Workspace } from '../../../src/engine/workspace';

describe('cascade record', () => {
  it('a released record comes back cleared', () => {
    const ws = new Workspace();
    const r = createRecord(50, 1, ws);
    adopt(r, 3, ROOT, 0);
    adopt(r, 7, 3, 1);
    expose(r, 9, 1);
    releaseRecord(r, ws);
    expect(createRecord(50, 1, new Workspace())).not.toBe(r);
    const again = createRecord(50, 1, ws);
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
    const workspace = new Workspace();
    const first = createSimulation({ ...spec, seed: 4 }, { workspace });
    runToEnd(first);
    first.dispose();
    const reused = createSimulation(spec, { workspace });
    expect(reused.dynamics.records[0]).toBe(first.dynamics.records[0]);
    expect(runToEnd(reused, { series: true })).toEqual(fresh);
  });

  /** mark repeats seenAt ≥ 0 and parent ≠ NOT_ADOPTED member by member. */
  function expectMarksAgree(r: CascadeRecord): void {
    let wrong = 0;
    for (let i = 0; i < r.n; i++) {
      const want = (r.seenAt[i] >= 0 ? SEEN : 0) | (r.parent[i] !== NOT_ADOPTED ? ADOPTED : 0);
      if (r.mark[i] !== want) wrong++;
    }
    expect(wrong).toBe(0);
  }

  it.each([
    ['ic-small-world', []],
    ['ic-small-world', ['sharing.useTieStrength=true']],
    ['threshold-cascade', []],
    ['bass-adoption', []],
    ['bass-adoption', ['sharing.mixing=mean-field']],
    ['ic-small-world', ['sharing={"model":"sir","p":0.3,"recovery":0.5}']],
    ['complaint-crisis', []],
    ['stepps-drivers', []],
  ])('every model keeps mark in step with the columns it stands for (%s %s)', (name, overrides) => {
    const text = readFileSync(new URL(`../../../scenarios/${name}.json`, import.meta.url), 'utf8');
    const sim = createSimulation(toSimulationSpec(loadScenario(text, { source: name, overrides: ['seed=3', ...overrides] })));
    runToEnd(sim);
    const records = sim.dynamics.records;
    expect(records.some((r) => r.adopters > 1)).toBe(true);
    for (const r of records) expectMarksAgree(r);
    sim.dispose();
    for (const r of records) expect(r.mark.every((m) => m === 0)).toBe(true);
  });
});
