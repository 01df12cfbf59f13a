// What a strategist is paid for, as logistic hazards: their coefficients, defaults, and where the defaults come from.

/**
 * logit h = intercept + trust·(trust_i − ½) + value·V_i/(V_i + valueHalf) + ties·M_i/(M_i + tiesHalf)
 *           + callToAction·[read a call to action this tick]
 * where V_i is the practical value of the useful content member i has read (bait counts 0) and M_i
 * the number of i's ties to community members (the organizer's own tie not counted). Each
 * coefficient is a log odds ratio over the covariate's range. The hazard is per tick and is
 * multiplied by the member's activity (the chance of being online that tick).
 */
export interface OutcomeCoefficients {
  intercept: number;
  trust: number;
  value: number;
  ties: number;
  callToAction: number;
}

export interface OutcomeSpec {
  /** A visit counts as a return when another visit came within about this many ticks before it. */
  window: number;
  /** Practical value read at which the value covariate reaches ½. */
  valueHalf: number;
  /** Ties to other members at which the ties covariate reaches ½. */
  tiesHalf: number;
  /** First form submission. */
  form: OutcomeCoefficients;
  /** A visit to the organisation (its page, its form); a visit within `window` of the previous one is a return. */
  visit: OutcomeCoefficients;
  /** First payment, once a form has been submitted (a funnel). */
  payment: OutcomeCoefficients;
}

/**
 * Priors, not fits: a tick is a day, and the seed article's figures (members 179% more likely to
 * submit a form, 680% stronger return, 217% more likely to pay) were *not* used to set them. A
 * neutral stranger (trust ½, nothing useful read, no ties to members) submits a form with chance
 * about 2·10⁻⁴ a day (7% a year), visits with about 1.5·10⁻³ a day, and pays within about two
 * months of a form (1.8% a day). Trust moves each hazard most (odds ×20 between no trust and full
 * trust for forms and payments: asking a debt-relief organisation for help is an act of trust);
 * useful content read and ties to fellow members each multiply the odds by up to e² ≈ 7.4 (peer
 * support and practical help, the two things the seed article says its community exchanged). A
 * call to action read that day multiplies the day's odds by e^1.5 ≈ 4.5 for a form, e ≈ 2.7 for
 * a visit or a payment. Membership itself has no term: whatever members gain must come from
 * what following the organizer does to their trust, reading and ties.
 */
export const OUTCOME_DEFAULTS: OutcomeSpec = {
  window: 30,
  valueHalf: 2,
  tiesHalf: 5,
  form: { intercept: -8.5, trust: 3, value: 2, ties: 2, callToAction: 1.5 },
  visit: { intercept: -6.5, trust: 2, value: 2, ties: 2, callToAction: 1 },
  payment: { intercept: -4, trust: 3, value: 1, ties: 1, callToAction: 1 },
};

export const OUTCOMES = ['form', 'visit', 'payment'] as const;
