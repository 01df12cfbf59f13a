// The share decision: a logistic model whose terms are log odds ratios, and what tipped it.
import type { World, ItemState } from './world';
import { DRIVER_COUNT, EMOTION, TIP_BASE, TIP_PROOF, TIP_TRUST } from './drivers';

export interface Decision {
  /** Probability of sharing now. */
  p: number;
  /** The largest positive term of the logit (TIP_BASE when none is positive). */
  tip: number;
  /** Threshold reached: shares without a draw (complex contagion). */
  certain: boolean;
}

/** A decision to reuse, and the logit's terms: one of each per world. */
export function newDecision(): Decision {
  return { p: 0, tip: TIP_BASE, certain: false };
}
export const newContributions = (): Float64Array => new Float64Array(DRIVER_COUNT + 2);

/**
 * logit P = base + Σ_d β_d·w_i,d·s_c,d·(emotion decays by half every `emotionHalfLife` ticks since
 * first sight) + β_proof·f + β_trust·(trust − ½)·branded, where f is the fraction of the member's
 * neighbours seen sharing the item visibly; for complaints the trust term changes sign (distrust
 * spreads them). With complex contagion, f ≥ threshold decides at once. The returned object is
 * the world's, reused: read it before the next call.
 */
export function decide(w: World, item: ItemState, i: number, tick: number): Decision {
  const { decision, contributions } = w;
  const spec = w.spec;
  const deg = w.deg[i];
  const f = deg > 0 ? item.proof[i] / deg : 0;
  if (spec.complexContagion && item.proof[i] > 0 && f >= w.members.threshold[i]) {
    decision.p = 1;
    decision.tip = TIP_PROOF;
    decision.certain = true;
    return decision;
  }
  const wi = i * DRIVER_COUNT;
  const drivers = w.members.drivers;
  let logit = spec.base;
  for (let d = 0; d < DRIVER_COUNT; d++) {
    let c = spec.drivers[d] * drivers[wi + d] * item.s[d];
    if (d === EMOTION && c !== 0) {
      const since = tick - item.record.seenAt[i];
      if (since > 0) c *= Math.pow(0.5, since / spec.emotionHalfLife);
    }
    contributions[d] = c;
    logit += c;
  }
  contributions[DRIVER_COUNT] = spec.proof * f;
  logit += contributions[DRIVER_COUNT];
  const from = item.exposedBy[i];
  const branded = from >= 0 ? item.brand[from] === 1 : item.spec.branded;
  const trustTerm = branded ? spec.trust * (w.members.trust[i] - 0.5) * (item.record.valence < 0 ? -1 : 1) : 0;
  contributions[DRIVER_COUNT + 1] = trustTerm;
  logit += trustTerm;
  let tip = TIP_BASE;
  let best = 0;
  for (let k = 0; k < DRIVER_COUNT + 2; k++) {
    if (contributions[k] > best) {
      best = contributions[k];
      tip = k < DRIVER_COUNT ? k : k === DRIVER_COUNT ? TIP_PROOF : TIP_TRUST;
    }
  }
  decision.p = 1 / (1 + Math.exp(-logit));
  decision.tip = tip;
  decision.certain = false;
  return decision;
}
