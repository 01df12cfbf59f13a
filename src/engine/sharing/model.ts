// The contract every sharing model meets: created over a graph and seeds, advanced one tick at a time.
import type { Graph } from '../network/graph';
import type { Streams } from '../rng/rng';
import type { Problem } from '../problem';
import type { Params } from '../params';
import type { CascadeRecord } from '../cascade/record';
import type { SimulationSpec } from '../simulation';
import type { Workspace } from '../workspace';
import type { Answer, Participants } from '../stepps/participants';

export interface ModelContext {
  readonly graph: Graph;
  readonly streams: Streams;
  /** First adopters, in the order the seeding strategy chose them; they adopt at tick 0. */
  readonly seeds: Int32Array;
  /** The whole run spec: richer models read their sections (population, content, organizer, events). */
  readonly scenario: SimulationSpec;
  /** The run's memory: records, tables and scratch come from here (and go back when the run is disposed). */
  readonly workspace: Workspace;
  /** Members who decide for themselves (STEPPS only; the classic models ignore it). */
  readonly participants?: Participants;
}

/** A model's running state. `step` only advances; whoever drives it reads the state afterwards. */
export interface Dynamics {
  /** One record per item; records[0] is the item the run summary describes. */
  readonly records: readonly CascadeRecord[];
  /** Advances to `tick` (the previous tick + 1). */
  step(tick: number): void;
  /** False once nothing can change any more. */
  active(): boolean;
  /** Model-specific values of the latest tick, added to the series. */
  tickValues?(): Record<string, number>;
  /** Model-specific values for the run summary. */
  summaryValues?(): Record<string, number | number[]>;
  /** The organizer's node id (records then have one row more than the graph), or -1. */
  readonly organizer?: number;
  /** What tipped each adopter's share of records[0] (a name per adopter), for the cascade table. */
  tipOf?(member: number): string;
  /** A member's traits and balances by name (for the studio's inspector); absent for the classic models. */
  memberValues?(member: number): Record<string, number>;
  /**
   * Ties between members made (+1) or faded (−1) during the run since the last call, as (a, b,
   * sign) triples, for drawing; the first call starts the record. Absent when ties never change.
   */
  tieChanges?(): Int32Array;
  /**
   * Between ticks: applies participants' shares (credited to the tick they were asked at) and adds
   * ties (a, b pairs); STEPPS only.
   */
  settle?(answers: readonly Answer[], ties?: readonly number[]): void;
}

/** A sharing model, declared once: its parameters as data (engine/params.ts) and how it runs. */
export interface SharingModel<S extends { model: string }> {
  readonly model: S['model'];
  readonly summary: string;
  /** Every field of the spec but `model`: type, range, default, doc (the schema and range checks derive from them). */
  readonly params: Params;
  /** Rules the declared ranges cannot say; paths relative to the spec. */
  check?(spec: S): Problem[];
  /** Smallest seeding budget the model runs with (Bass may start from nobody). */
  readonly minBudget: number;
  create(ctx: ModelContext, spec: S): Dynamics;
}
