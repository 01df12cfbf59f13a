// What an influence-maximisation method returns: the seeds, how good they are said to be, and the work done.

export type InfluenceMethod = 'imm' | 'opim-c' | 'celf';

export interface InfluenceResult {
  method: InfluenceMethod;
  /** Member ids in the order the method chose them. */
  seeds: Int32Array;
  /** The method's own estimate of the expected reach (adopters, seeds included). */
  estimate: number;
  /** Where `estimate` comes from, in words (an in-sample estimate is biased upward). */
  estimateFrom: string;
  /** The guarantee in words, or "none". */
  guarantee: string;
  /** The approximation ratio guaranteed (IMM), certified (OPIM-C), or null (CELF). */
  ratio: number | null;
  /** OPIM-C's certified ratio from its last round's bounds. */
  certified?: number;
  /** RR sets drawn in all (0 for CELF). */
  rrSets: number;
  /** Entries in all RR sets drawn. */
  rrEntries: number;
  meanSize: number;
  /** RR sets greedy chose from (IMM's θ; OPIM-C's last round, per collection). */
  theta: number;
  /** IMM's lower bound on OPT, when it has one. */
  lowerBound?: number;
  /** Simulated runs (CELF). */
  simulations?: number;
  /** Most bytes of RR sets held at once (for the bench's memory figure). */
  bytes: number;
  /** OPIM-C's rounds, each with its RR sets per collection and certified ratio. */
  rounds?: { rrSets: number; ratio: number }[];
}
