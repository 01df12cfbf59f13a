// The share decision on a hand-built world: each logit term, what tipped it, and emotion's exact half-life.
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/engine/stepps/decide';
import { DRIVER_COUNT, EMOTION, PRACTICAL_VALUE, TIP_BASE, TIP_PROOF, TIP_TRUST } from '../../../src/engine/stepps/drivers';
import { handWorld } from './handWorld';
import type { World } from '../../../src/engine/stepps/world';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const SENS = [0.2, 0.4, 0.6, 0.8, 1, 0.5];
const BETA = [1, 0.8, 1.05, 0.4, 1.05, 0.5];
const S = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

/** Path 0 – 1 – 2: member 1 saw the item from member 0 (a branded sharer) at tick 0. */
function world(spec: Parameters<typeof handWorld>[0]['spec'] = {}, valence: 'praise' | 'complaint' = 'praise', trust = 0.9): World {
  const w = handWorld({
    n: 3,
    edges: [
      [0, 1],
      [1, 2],
    ],
    spec: { base: -2, drivers: BETA, proof: 2, trust: 1.5, complexContagion: false, emotionHalfLife: 1, ...spec },
    population: { drivers: SENS, trust, threshold: 2 },
    items: [{ stepps: S, valence }],
  });
  const item = w.items[0];
  item.brand[0] = 1;
  item.exposedBy[1] = 0;
  item.record.seenAt[1] = 0;
  return w;
}

/** The logit as decide sums it (same terms, same order), from the member's stored (Float32) traits. */
function expectedLogit(w: World, i: number, since: number): number {
  const item = w.items[0];
  let logit = w.spec.base;
  for (let d = 0; d < DRIVER_COUNT; d++) {
    let c = w.spec.drivers[d] * w.members.drivers[i * DRIVER_COUNT + d] * item.s[d];
    if (d === EMOTION && since > 0) c *= Math.pow(0.5, since / w.spec.emotionHalfLife);
    logit += c;
  }
  logit += w.spec.proof * (item.proof[i] / w.deg[i]);
  const sign = item.record.valence < 0 ? -1 : 1;
  logit += w.spec.trust * (w.members.trust[i] - 0.5) * sign;
  return logit;
}

describe('decide', () => {
  it('is the logistic of base + Σ β_d·w_i,d·s_c,d + β_proof·f + β_trust·(trust − ½), term by term', () => {
    const w = world();
    w.items[0].proof[1] = 1; // one of two neighbours seen sharing: f = 0.5
    const d = decide(w, w.items[0], 1, 0);
    expect(d.certain).toBe(false);
    expect(d.p).toBe(sigmoid(expectedLogit(w, 1, 0)));
    // By hand, with the Float32 traits rounded: −2 + (0.02 + 0.064 + 0.189 + 0.128 + 0.525 + 0.15) + 1 + 0.6.
    expect(Math.log(d.p / (1 - d.p))).toBeCloseTo(-2 + 0.02 + 0.064 + 0.189 + 0.128 + 0.525 + 0.15 + 1 + 0.6, 6);
    // The largest term is proof's (2·0.5 = 1), ahead of trust's 0.6 and practical value's 0.525.
    expect(d.tip).toBe(TIP_PROOF);
  });

  it('names the largest positive term as the tipping driver, base when none is positive', () => {
    const w = world({ proof: 0, trust: 0 });
    expect(decide(w, w.items[0], 1, 0).tip).toBe(PRACTICAL_VALUE); // 1.05·1·0.5 = 0.525, the largest driver term
    const t = world({ proof: 0, trust: 5 });
    expect(decide(t, t.items[0], 1, 0).tip).toBe(TIP_TRUST); // 5·0.4 = 2
    const none = world({ drivers: [0, 0, 0, 0, 0, 0], proof: 0, trust: 0 });
    const d = decide(none, none.items[0], 1, 0);
    expect(d.tip).toBe(TIP_BASE);
    expect(d.p).toBe(sigmoid(-2));
  });

  it('with complex contagion, proof at the threshold shares for certain (tipped by proof); below it only adds odds', () => {
    const w = world({ complexContagion: true });
    w.members.threshold[1] = 0.5;
    w.items[0].proof[1] = 1;
    const d = decide(w, w.items[0], 1, 0);
    expect([d.certain, d.p, d.tip]).toEqual([true, 1, TIP_PROOF]);
    w.members.threshold[1] = 0.51;
    const below = decide(w, w.items[0], 1, 0);
    expect(below.certain).toBe(false);
    expect(below.p).toBe(sigmoid(expectedLogit(w, 1, 0)));
    // No proof, no adoption, even at threshold 0.
    w.members.threshold[1] = 0;
    w.items[0].proof[1] = 0;
    expect(decide(w, w.items[0], 1, 0).certain).toBe(false);
  });

  it('turns the trust term around for complaints: distrust spreads them', () => {
    const trusting = world({ proof: 0 }, 'complaint', 0.9);
    const distrusting = world({ proof: 0 }, 'complaint', 0.1);
    expect(decide(trusting, trusting.items[0], 1, 0).p).toBe(sigmoid(expectedLogit(trusting, 1, 0)));
    expect(decide(distrusting, distrusting.items[0], 1, 0).p).toBeGreaterThan(decide(trusting, trusting.items[0], 1, 0).p);
    // An unbranded exposure carries no trust term at all.
    trusting.items[0].brand[0] = 0;
    const before = expectedLogit(trusting, 1, 0) - trusting.spec.trust * (trusting.members.trust[1] - 0.5) * -1;
    expect(decide(trusting, trusting.items[0], 1, 0).p).toBe(sigmoid(before));
  });

  it('halves the emotion term every emotionHalfLife ticks after first sight, exactly', () => {
    // Only emotion acts: logit = β·w·s·0.5^(t/h).
    const w = world({ base: 0, drivers: [0, 0, 4, 0, 0, 0], proof: 0, trust: 0, emotionHalfLife: 2 });
    const c0 = 4 * w.members.drivers[1 * DRIVER_COUNT + EMOTION] * 0.3;
    for (const since of [0, 1, 2, 3, 4, 10]) {
      const d = decide(w, w.items[0], 1, since);
      expect(d.p, `since ${since}`).toBe(sigmoid(since > 0 ? c0 * Math.pow(0.5, since / 2) : c0));
    }
    // One half-life: the log odds exactly halve.
    const lo = (t: number) => {
      const p = decide(w, w.items[0], 1, t).p;
      return Math.log(p / (1 - p));
    };
    expect(lo(2) / lo(0)).toBeCloseTo(0.5, 12);
    expect(lo(4) / lo(0)).toBeCloseTo(0.25, 12);
  });
});
