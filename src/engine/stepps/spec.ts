// What a STEPPS scenario says: the model's coefficients, the population, the content, events and the organizer.
import type { Distribution } from '../rng/distributions';
import type { SeedingSpec } from '../seeding/strategies';

/**
 * The share decision is logistic: logit P = base + Σ_d drivers[d]·w_i,d·s_c,d (emotion decayed)
 * + proof·(visible sharers / neighbours) + trust·(trust_i − ½)·branded (sign flipped for complaints).
 * Each coefficient is a log odds ratio: exp(drivers[d]) is the odds ratio of an item with driver d
 * at 1 over one at 0, for a member fully moved by d.
 */
export interface SteppsSpec {
  model: 'stepps';
  base: number;
  /** Log odds ratios per driver, in STEPPS order. */
  drivers: number[];
  proof: number;
  trust: number;
  /** A member whose fraction of visibly sharing neighbours reaches its threshold shares without a draw. */
  complexContagion: boolean;
  /** Ticks for the emotion term to halve after first sight. */
  emotionHalfLife: number;
  /** Reminders come on ticks that are multiples of this (the cue schedule). */
  cueEvery: number;
  /** Chance a reminder reaches a member who saw but did not share, at trigger 1 and full sensitivity. */
  reminderRate: number;
  /** Ties below this strength are weak (bridging). */
  weakTie: number;
  /** Extra attention across weak ties for practical content: notice × (1 + weakTieBoost·s_pv). */
  weakTieBoost: number;
  /** Attention to a sharer grows with reputation: notice × (1 + reputationAttention·reputation). */
  reputationAttention: number;
  /** Chance the brand survives a hop at story strength 0 (at 1 it always survives). */
  storyFloor: number;
  currency: { status: number; information: number; affiliation: number; reputation: number; baitPenalty: number };
  trustEffects: { praise: number; complaint: number; bait: number; failure: number; response: number; help: number };
}

export interface PopulationSpec {
  activity: Distribution;
  /** Arrivals read per online tick; 0 means no limit. */
  attention: Distribution;
  /** One distribution per driver, or one for all. */
  drivers: Distribution | Distribution[];
  threshold: Distribution;
  trust: Distribution;
  /** Share of members who follow the organizer's community. */
  membership: number;
}

export interface ItemSpec {
  id: string;
  /** STEPPS vector in [0, 1]^6. */
  stepps: number[];
  valence: 'praise' | 'complaint';
  promotional: number;
  bait: boolean;
  origin: 'organizer' | 'member' | 'seeded';
  branded: boolean;
  /** Tick it enters the network (seeded items). */
  launch: number;
  /** Who gets it first; the scenario's `seeding` when absent. Complaint and organizer items need none. */
  seeding?: SeedingSpec;
}

export type EventSpec = { kind: 'service-failure'; tick: number; count: number; item: string } | { kind: 'launch'; tick: number; item: string; budget: number };

export interface ContentSpec {
  items: ItemSpec[];
  /** Expected service failures per tick, each starting a complaint (item `complaintItem`). */
  failureRate: number;
  complaintItem?: string;
  /** Chance per tick that a fellow member helps someone who shared a complaint (trust recovers). */
  help: number;
}
