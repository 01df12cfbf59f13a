import { describe, expect, it } from 'vitest';
import { createSimulation, type SimulationSpec } from '../../../src/engine/simulation';
import { DRIVERS, CURRENCIES } from '../../../src/engine/stepps/drivers';

describe('STEPPS member values (the studio inspector)', () => {
  it('names every trait, driver and currency of a member, and tracks trust as it changes', () => {
    const spec = {
      seed: 2,
      ticks: 20,
      network: { kind: 'watts-strogatz', n: 200, k: 6, p: 0.1 },
      sharing: {
        model: 'stepps',
        base: 0,
        drivers: [1, 1, 1, 1, 1, 1],
        proof: 1,
        trust: 1,
        complexContagion: true,
        emotionHalfLife: 1,
        cueEvery: 7,
        reminderRate: 0.5,
        weakTie: 0.5,
        weakTieBoost: 1,
        reputationAttention: 0,
        storyFloor: 0.3,
        currency: { status: 1, information: 1, affiliation: 0.5, reputation: 1, baitPenalty: 2 },
        trustEffects: { praise: 0.05, complaint: 0.05, bait: 0.08, failure: 0.3, response: 0.15, help: 0.1 },
      },
      seeding: { strategy: 'explicit', members: [0] },
    } as SimulationSpec;
    const sim = createSimulation(spec);
    while (!sim.done) sim.step();
    const v = sim.dynamics.memberValues!(0);
    for (const k of ['trust', 'trustAtStart', 'activity', 'attention', 'threshold', 'member', 'shares']) expect(typeof v[k]).toBe('number');
    for (const d of DRIVERS) expect(v[`driver.${d}`]).toBeGreaterThanOrEqual(0);
    for (const c of CURRENCIES) expect(typeof v[`currency.${c}`]).toBe('number');
    expect(v.shares).toBe(1);
    // The seed shared a branded item and was reshared: it earned reputation and status.
    expect(v['currency.status']).toBeGreaterThan(0);
    const r = sim.dynamics.records[0];
    const changed = Array.from({ length: 200 }, (_, i) => i).filter((i) => r.seenAt[i] > 0);
    expect(changed.some((i) => sim.dynamics.memberValues!(i).trust !== sim.dynamics.memberValues!(i).trustAtStart)).toBe(true);
    expect(sim.dynamics.memberValues!(-1)).toEqual({});
  });
});
