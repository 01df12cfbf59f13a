// The contract every seeding strategy meets: a descriptor (parameters as data) plus how it chooses.
import type { Graph } from '../network/graph';
import type { Rng } from '../rng/rng';
import type { Problem } from '../problem';
import type { KindDescriptor, NumberParam } from '../params';
import type { SharingSpec } from '../sharing/models';

/** What of the run a strategy may read beyond the graph: the optimal strategy chooses for the run's model. */
export interface SeedingRun {
  readonly seed: number;
  readonly ticks: number;
  readonly sharing: SharingSpec;
}

export interface SeedingStrategyDef<S extends { strategy: string }> extends KindDescriptor<S> {
  readonly kind: S['strategy'];
  /**
   * Problems that need the population size n and the sharing model's smallest budget (paths
   * relative to the spec). Without it the budget must be a whole number from minBudget to n.
   */
  checkPopulation?(spec: S, n: number, minBudget: number): Problem[];
  /** Members it seeds (default: the budget). */
  budget?(spec: S): number;
  /** The seeds, in order; deterministic given the rng (and the run, for strategies that read it). */
  choose(rng: Rng, g: Graph, spec: S, run?: SeedingRun): Int32Array;
}

/** The budget every strategy that picks its own members declares alike, so it carries over a switch of strategy. */
export const BUDGET = { type: 'integer', min: 0, default: 1, unit: 'members', label: 'seeds', doc: 'Members who receive the item first' } as const satisfies NumberParam;
