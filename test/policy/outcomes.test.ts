// Outcomes as expectations: exact for constant hazards, checked against simulated members; monotone in what drives them.
import { describe, expect, it } from 'vitest';
import { createOutcomes, outcomeRates, stepOutcomes } from '../../src/engine/policy/outcomes';
import { OUTCOME_DEFAULTS, type OutcomeSpec } from '../../src/engine/policy/outcomeSpec';
import { createOrganizerState } from '../../src/engine/policy/state';
import { resolveKnobs } from '../../src/engine/policy/organizer';
import { createStream } from '../../src/engine/rng/rng';
import { orgWorld } from './orgWorld';

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

/** Four unconnected members: 0 and 1 follow the organizer, 2 and 3 do not. */
function world() {
  const w = orgWorld({ n: 4, edges: [], followers: [0, 1] });
  (w as { rng: () => number }).rng = () => {
    throw new Error('outcomes must not draw');
  };
  const s = createOrganizerState(w, resolveKnobs({ policy: 'none' }));
  w.members.trust.set([0.5, 0.9, 0.5, 0.1]);
  w.members.activity.set([1, 1, 1, 0.5]);
  return { w, s };
}

/** Hazards big enough to show in a few dozen ticks. */
const spec: OutcomeSpec = {
  ...OUTCOME_DEFAULTS,
  window: 5,
  form: { intercept: -3, trust: 2, value: 1, ties: 1, callToAction: 2 },
  visit: { intercept: -2, trust: 1, value: 1, ties: 1, callToAction: 0 },
  payment: { intercept: -1.5, trust: 2, value: 0, ties: 0, callToAction: 0 },
};

describe('outcomes', () => {
  it('are exact expectations for constant hazards (form and payment funnel), taking no draws', () => {
    const { w, s } = world();
    const o = createOutcomes(w.n);
    const T = 40;
    for (let t = 1; t <= T; t++) stepOutcomes(w, s, o, spec, t);
    for (let i = 0; i < 4; i++) {
      const a = w.members.activity[i];
      const xt = w.members.trust[i] - 0.5;
      const hf = a * logistic(spec.form.intercept + spec.form.trust * xt);
      const hp = a * logistic(spec.payment.intercept + spec.payment.trust * xt);
      expect(o.noForm[i]).toBeCloseTo((1 - hf) ** T, 12);
      // P(paid by T) = Σ_t P(form at t) · (1 − (1 − hp)^(T − t)).
      let paid = 0;
      for (let t = 1; t <= T; t++) paid += (1 - hf) ** (t - 1) * hf * (1 - (1 - hp) ** (T - t));
      expect(o.paid[i]).toBeCloseTo(paid, 12);
    }
  });

  it('agree with simulated members for returns (a visit while still recent), within 3 standard errors', () => {
    const { w, s } = world();
    const o = createOutcomes(w.n);
    const T = 30;
    for (let t = 1; t <= T; t++) stepOutcomes(w, s, o, spec, t);
    const rng = createStream(7, 'test');
    const trials = 20000;
    const lapse = 1 / spec.window;
    for (const i of [0, 3]) {
      const hv = w.members.activity[i] * logistic(spec.visit.intercept + spec.visit.trust * (w.members.trust[i] - 0.5));
      let returned = 0;
      for (let k = 0; k < trials; k++) {
        let recent = false;
        for (let t = 1; t <= T; t++) {
          if (rng() < hv) {
            if (recent) {
              returned++;
              break;
            }
            recent = true;
          } else if (recent && rng() < lapse) recent = false;
        }
      }
      const p = 1 - o.quiet[i] - o.waiting[i];
      const se = Math.sqrt((p * (1 - p)) / trials);
      expect(Math.abs(returned / trials - p), `member ${i}`).toBeLessThan(3 * se);
    }
  });

  it('rise with trust, useful content read, ties to members and a call to action read that tick', () => {
    const { w, s } = world();
    const o = createOutcomes(w.n);
    for (let t = 1; t <= 20; t++) stepOutcomes(w, s, o, spec, t);
    expect(o.noForm[1]).toBeLessThan(o.noForm[0]);
    expect(o.noForm[0]).toBeLessThan(o.noForm[3]);
    const before = Array.from(o.noForm);
    s.valueSeen[2] = 5;
    s.memberTies[2] = 5;
    s.ctaAt[0] = 21;
    stepOutcomes(w, s, o, spec, 21);
    const drop = (i: number) => before[i] - o.noForm[i];
    expect(drop(2)).toBeGreaterThan(drop(3) * 2);
    expect(drop(0)).toBeGreaterThan(drop(1));
    // The call to action lasts its tick only.
    const mid = Array.from(o.noForm);
    stepOutcomes(w, s, o, spec, 22);
    expect((mid[0] - o.noForm[0]) / mid[0]).toBeCloseTo(logistic(spec.form.intercept), 12);
  });

  it('are reported for members and non-members apart', () => {
    const { w, s } = world();
    const o = createOutcomes(w.n);
    for (let t = 1; t <= 10; t++) stepOutcomes(w, s, o, spec, t);
    const r = outcomeRates(w, o);
    expect(r.form[0]).toBeCloseTo((2 - o.noForm[0] - o.noForm[1]) / 2, 12);
    expect(r.form[1]).toBeCloseTo((2 - o.noForm[2] - o.noForm[3]) / 2, 12);
    expect(r.payment[0]).toBeCloseTo((o.paid[0] + o.paid[1]) / 2, 12);
    const f = o.tick.forms;
    expect(f[0]).toBeGreaterThan(0);
    expect(f[1]).toBeGreaterThan(0);
  });
});
