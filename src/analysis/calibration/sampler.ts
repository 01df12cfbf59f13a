// What every ABC sampler offers its host: propose a population, take its distances, report.

/** One population to simulate: parameter vectors (in the parameters' own units) and a run seed for each. */
export interface Proposal {
  population: number;
  thetas: number[][];
  seeds: number[];
}

export type StopReason = 'tolerance' | 'acceptance' | 'budget' | 'populations' | 'failed' | 'done';

/** What one population came to: the tolerance after it, and what it cost. */
export interface PopulationRecord {
  population: number;
  /** The tolerance this population set: the largest distance among the particles kept. */
  epsilon: number;
  /** Share of its simulations nearer than the previous tolerance (1 for the first population). */
  acceptance: number;
  /** Particles drawn, those outside the prior included (they are not simulated). */
  proposed: number;
  simulated: number;
  /** Simulations so far, this population's included. */
  simulations: number;
  /** Kish's effective sample size of the kept particles. */
  ess: number;
}

/** The weighted posterior sample: `thetas[i]` has weight `weights[i]` (they sum to 1). */
export interface Posterior {
  names: string[];
  thetas: number[][];
  weights: number[];
  distances: number[];
  epsilon: number;
}

/**
 * The loop a host runs: `for (let p; (p = s.propose()); ) s.accept(simulate(p))`. A proposal
 * depends only on the options and the distances accepted before it, so a host that replays the
 * same distances (read back from finished batches) gets the same proposals, run seeds included.
 */
export interface AbcSampler {
  /** The next population, the same one again until its distances are accepted; null once stopped. */
  propose(): Proposal | null;
  /** The distances of the proposal's particles, in its order; NaN for a failed run. */
  accept(distances: readonly number[]): void;
  readonly stopped: StopReason | undefined;
  readonly population: number;
  readonly history: readonly PopulationRecord[];
  posterior(): Posterior;
}
