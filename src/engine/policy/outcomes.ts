// Outcomes for members and non-members: form submissions, returns, first payments, as expectations over a run.
import type { World } from '../stepps/world';
import type { OutcomeSpec } from './outcomeSpec';
import type { OrganizerState } from './state';

/**
 * Per member, the probability of each outcome given the run so far. The run's trajectory (trust,
 * what was read, ties) is simulated; outcomes are not drawn from it but computed as their exact
 * expectation given it: they read the run and never change it, and take no draws from the
 * dynamics stream, so measuring them moves no other number, and the member/non-member ratios
 * carry no sampling noise of their own. Each is a small Markov chain per member:
 * - form: P(no form yet) shrinks by (1 − h_form) each tick;
 * - payment: only after a form — P(formed, unpaid) moves to P(paid) at h_payment;
 * - return: a visit (hazard h_visit) makes a member "recent"; being recent lapses at 1/window a
 *   tick (after `window` ticks on average); a visit while recent is a return. States: not
 *   returned and not recent (A), not returned and recent (B), returned (1 − A − B); `recent`
 *   tracks P(recent) over everyone, so that the tick's expected return visits are h_visit·recent.
 */
export interface Outcomes {
  readonly noForm: Float64Array;
  readonly formed: Float64Array;
  readonly paid: Float64Array;
  readonly quiet: Float64Array;
  readonly waiting: Float64Array;
  readonly recent: Float64Array;
  /** Hazards of the latest computation and the covariates they were computed from (recomputed only when these change). */
  readonly hazard: Float64Array;
  readonly keyTrust: Float32Array;
  readonly keyValue: Float64Array;
  readonly keyTies: Int32Array;
  readonly keyCta: Uint8Array;
  /** Expected new forms, return visits and first payments of the latest tick: [members, non-members]. */
  readonly tick: { forms: Float64Array; returns: Float64Array; payments: Float64Array };
}

export function createOutcomes(n: number): Outcomes {
  return {
    noForm: new Float64Array(n).fill(1),
    formed: new Float64Array(n),
    paid: new Float64Array(n),
    quiet: new Float64Array(n).fill(1),
    waiting: new Float64Array(n),
    recent: new Float64Array(n),
    hazard: new Float64Array(3 * n),
    keyTrust: new Float32Array(n).fill(NaN),
    keyValue: new Float64Array(n),
    keyTies: new Int32Array(n),
    keyCta: new Uint8Array(n),
    tick: { forms: new Float64Array(2), returns: new Float64Array(2), payments: new Float64Array(2) },
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * One tick of every member's outcome chains: O(n), the one step that is not frontier-driven. The
 * three logistic hazards of a member are recomputed only when its trust, value read, ties or call
 * to action changed since they were last computed; most members on most ticks reuse them, so a
 * tick costs a few loads and stores a member (about 10⁸ member-ticks a second), not three exponentials.
 */
export function stepOutcomes(w: World, s: OrganizerState, o: Outcomes, spec: OutcomeSpec, tick: number): void {
  const { activity, trust, isMember } = w.members;
  const { noForm, formed, paid, quiet, waiting, recent, hazard, keyTrust, keyValue, keyTies, keyCta } = o;
  const { valueSeen, memberTies, ctaAt } = s;
  const lapse = 1 / spec.window;
  const vh = spec.valueHalf;
  const th = spec.tiesHalf;
  const F = spec.form;
  const V = spec.visit;
  const P = spec.payment;
  // Sums over everyone and over members (non-members are the difference): no branch on membership.
  let forms = 0;
  let formsM = 0;
  let returns = 0;
  let returnsM = 0;
  let pays = 0;
  let paysM = 0;
  for (let i = 0; i < w.n; i++) {
    const a = activity[i];
    if (a <= 0) continue;
    const t = trust[i];
    const v = valueSeen[i];
    const m = memberTies[i];
    const cta = ctaAt[i] === tick ? 1 : 0;
    const h = 3 * i;
    if (t !== keyTrust[i] || v !== keyValue[i] || m !== keyTies[i] || cta !== keyCta[i]) {
      keyTrust[i] = t;
      keyValue[i] = v;
      keyTies[i] = m;
      keyCta[i] = cta;
      const xt = t - 0.5;
      const xv = v / (v + vh);
      const xu = m / (m + th);
      hazard[h] = a * sigmoid(F.intercept + F.trust * xt + F.value * xv + F.ties * xu + F.callToAction * cta);
      hazard[h + 1] = a * sigmoid(V.intercept + V.trust * xt + V.value * xv + V.ties * xu + V.callToAction * cta);
      hazard[h + 2] = a * sigmoid(P.intercept + P.trust * xt + P.value * xv + P.ties * xu + P.callToAction * cta);
    }
    const hf = hazard[h];
    const hv = hazard[h + 1];
    const hp = hazard[h + 2];
    const newForm = noForm[i] * hf;
    const newPay = formed[i] * hp;
    noForm[i] -= newForm;
    formed[i] += newForm - newPay;
    paid[i] += newPay;
    const A = quiet[i];
    const B = waiting[i];
    const stay = (1 - hv) * lapse;
    quiet[i] = A * (1 - hv) + B * stay;
    waiting[i] = A * hv + B * (1 - hv - stay);
    const ret = hv * recent[i];
    recent[i] = hv + (1 - hv) * (1 - lapse) * recent[i];
    const g = isMember[i];
    forms += newForm;
    formsM += g * newForm;
    returns += ret;
    returnsM += g * ret;
    pays += newPay;
    paysM += g * newPay;
  }
  const o2 = o.tick;
  o2.forms[0] = formsM;
  o2.forms[1] = forms - formsM;
  o2.returns[0] = returnsM;
  o2.returns[1] = returns - returnsM;
  o2.payments[0] = paysM;
  o2.payments[1] = pays - paysM;
}

export interface OutcomeRates {
  form: [number, number];
  return: [number, number];
  payment: [number, number];
}

/** Share of members and of non-members who submitted a form, returned at least once, paid: [members, non-members]. */
export function outcomeRates(w: World, o: Outcomes): OutcomeRates {
  const sum = [new Float64Array(2), new Float64Array(2), new Float64Array(2)];
  const count = new Float64Array(2);
  const { isMember } = w.members;
  for (let i = 0; i < w.n; i++) {
    const g = isMember[i] ? 0 : 1;
    count[g]++;
    sum[0][g] += 1 - o.noForm[i];
    sum[1][g] += 1 - o.quiet[i] - o.waiting[i];
    sum[2][g] += o.paid[i];
  }
  const rate = (k: number): [number, number] => [count[0] ? sum[k][0] / count[0] : 0, count[1] ? sum[k][1] / count[1] : 0];
  return { form: rate(0), return: rate(1), payment: rate(2) };
}
