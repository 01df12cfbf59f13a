// A run of the model: the graph, its seeds and a sharing model's dynamics, advanced tick by tick.
import { createStreams, type Streams } from './rng/rng';
import type { Graph } from './network/graph';
import { generateNetwork, type NetworkSpec } from './network/networks';
import { sharingModel, type SharingSpec } from './sharing/models';
import { chooseSeeds, checkSeeding, type SeedingSpec } from './seeding/strategies';
import type { Dynamics } from './sharing/model';
import { throwIfAny } from './problem';
import { releaseRecord } from './cascade/record';
import type { ContentSpec, EventSpec, PopulationSpec } from './stepps/spec';
import type { OrganizerSpec } from './policy/organizer';
import { applyInterventions, type InterventionsSpec } from './interventions/interventions';
import { Workspace } from './workspace';
import type { Participants } from './stepps/participants';

/** What the engine needs to run; the scenario floor produces it from a file, with defaults applied. */
export interface SimulationSpec {
  seed: number;
  /** Most ticks to run after tick 0 (the seeding). */
  ticks: number;
  /** `seed`, when set, fixes the network whatever the run seed, so that runs can share one graph. */
  network: NetworkSpec & { seed?: number };
  sharing: SharingSpec;
  seeding: SeedingSpec;
  /** Sections the STEPPS model reads; the classic models ignore them. */
  population?: PopulationSpec;
  content?: ContentSpec;
  organizer?: OrganizerSpec;
  events?: EventSpec[];
  /** Changes to the world before the run: ties removed after the graph is generated (or given). */
  interventions?: InterventionsSpec;
}

export interface Simulation {
  readonly spec: SimulationSpec;
  readonly graph: Graph;
  readonly streams: Streams;
  readonly seeds: Int32Array;
  readonly dynamics: Dynamics;
  /** The run's memory (pools and scratch); shared only with runs that follow this one, never alongside. */
  readonly workspace: Workspace;
  /** The latest tick completed; 0 after creation (seeding). */
  readonly tick: number;
  /** True at `ticks` or once nothing can change any more. */
  readonly done: boolean;
  /** Advances one tick; does nothing once done. */
  step(): void;
  /** Releases the run's records to its workspace for later runs; the simulation must not be read after. */
  dispose(): void;
}

export interface SimulationOptions {
  /** A graph built from the same network spec and network seed, shared read-only between runs. */
  graph?: Graph;
  /**
   * The memory the run takes its records, tables and scratch from: a batch worker passes the same
   * workspace to run after run (disposing each before the next) and allocates nothing large. A new
   * one when absent.
   */
  workspace?: Workspace;
  /** Members whose share decisions are handed to the driver (a classroom); STEPPS only. */
  participants?: Participants;
}

/**
 * Streams are drawn in a fixed order of purpose: the graph from `network`, member traits from
 * `traits` (inside the model), seeds from `seeding`, everything that happens from `dynamics`.
 * Interventions (ties removed) draw from their own `interventions` stream once the graph exists.
 */
export function createSimulation(spec: SimulationSpec, options: SimulationOptions = {}): Simulation {
  const streams = createStreams(spec.seed, spec.network.seed);
  const workspace = options.workspace ?? new Workspace();
  const graph = applyInterventions(options.graph ?? generateNetwork(streams.network, spec.network, workspace), spec.interventions, spec.network.seed ?? spec.seed, workspace);
  const model = sharingModel(spec.sharing.model);
  throwIfAny(checkSeeding(spec.seeding, graph.n, model.minBudget));
  const seeds = chooseSeeds(streams.seeding, graph, spec.seeding, spec);
  return new Run(spec, graph, streams, seeds, model.create({ graph, streams, seeds, scenario: spec, participants: options.participants, workspace }, spec.sharing), workspace);
}

/** A class, not an object literal with getters: such literals are slow to create and to read. */
class Run implements Simulation {
  #tick = 0;

  constructor(
    readonly spec: SimulationSpec,
    readonly graph: Graph,
    readonly streams: Streams,
    readonly seeds: Int32Array,
    readonly dynamics: Dynamics,
    readonly workspace: Workspace,
  ) {}

  get tick(): number {
    return this.#tick;
  }

  get done(): boolean {
    return this.#tick >= this.spec.ticks || !this.dynamics.active();
  }

  step(): void {
    if (this.done) return;
    this.#tick++;
    this.dynamics.step(this.#tick);
  }

  dispose(): void {
    for (const r of this.dynamics.records) releaseRecord(r, this.workspace);
  }
}
