// Default coefficients of the STEPPS model, and where each comes from.
import type { ItemSpec, PopulationSpec, SteppsSpec } from './spec';

/**
 * Scale: item scores s and member sensitivities w lie in [0, 1]. Berger & Milkman (2012) report
 * odds ratios per standard deviation of an article's score: awe ×1.30, practical value ×1.30,
 * anger ×1.34, sadness ×0.84 for reaching the most-emailed list. Taking [0, 1] to span about four
 * standard deviations of their scores, a log odds ratio of ln(1.3)·4 ≈ 1.05 per unit follows for
 * high-arousal emotion and for practical value. Social currency and triggers have no such
 * estimate in that study; they get the same order (1.0, 0.8) as a neutral prior, to be swept.
 * The base −3.5 makes an unremarkable item's share chance about 3% per read, the order of
 * reshare rates on social platforms; proof 2.0 means a member all of whose neighbours share
 * visibly is e² ≈ 7 times as likely to share (Centola 2010 found clustered reinforcement about
 * doubling adoption; this is a stronger prior, sweepable).
 */
export const STEPPS_DEFAULTS: Omit<SteppsSpec, 'model'> = {
  base: -3.5,
  drivers: [1.0, 0.8, 1.05, 0.4, 1.05, 0.5],
  proof: 2.0,
  trust: 1.5,
  complexContagion: true,
  emotionHalfLife: 1,
  cueEvery: 7,
  reminderRate: 0.5,
  weakTie: 0.5,
  weakTieBoost: 1.0,
  reputationAttention: 0.05,
  storyFloor: 0.3,
  currency: { status: 1, information: 1, affiliation: 0.5, reputation: 1, baitPenalty: 2 },
  trustEffects: { praise: 0.01, complaint: 0.05, bait: 0.08, failure: 0.3, response: 0.15, help: 0.1 },
};

/** Defaults for members: everyone online most days, a feed of 20, thresholds spread over [0.2, 0.8]. */
export const POPULATION_DEFAULTS: PopulationSpec = {
  activity: 0.8,
  attention: 20,
  drivers: { kind: 'beta', a: 2, b: 2 },
  threshold: { kind: 'uniform', min: 0.2, max: 0.8 },
  trust: { kind: 'beta', a: 5, b: 5 },
  membership: 0.3,
};

export const ITEM_DEFAULTS: Omit<ItemSpec, 'id'> = {
  stepps: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
  valence: 'praise',
  promotional: 0,
  bait: false,
  origin: 'seeded',
  branded: true,
  launch: 0,
};
