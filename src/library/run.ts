// Runs for library users: create a run from a scenario and a seed, step it or run it to the end,
// and read what `murmur run` reports (summary, series, cascade table).
import { createSimulation, type Simulation } from '../engine/simulation';
import { seriesCollector, summarize, type SeriesRow, type Summary } from '../engine/measure';
import { toSimulationSpec } from '../scenario/spec';
import type { Scenario, ScenarioInput } from '../scenario/schema';
import { asScenario } from './scenario';

export type { SeriesRow, Summary };

export interface RunOptions {
  /** The run's seed; default the scenario's own `seed`. */
  seed?: number;
}

/** One row of the cascade table: who shared, who passed it to them, when, and how far from a seed. */
export interface CascadeRow {
  member: number;
  /** The member it came from; -1 for a seed (or an item the organizer put out). */
  parent: number;
  tick: number;
  hop: number;
  /** The STEPPS driver that tipped the share; '' for the classic models. */
  driver: string;
}

/** What `murmur run SCENARIO --json` prints: the same object, key for key. */
export interface RunOutput {
  scenario: string;
  seed: number;
  ticks: number;
  summary: Summary;
  series?: SeriesRow[];
}

/** A run in progress. Reading never advances it; `dispose` hands its memory back. */
export interface Run {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Members in the network. */
  readonly n: number;
  readonly tick: number;
  readonly done: boolean;
  /** Advances `ticks` ticks (default 1), or fewer if the run ends first. */
  step(ticks?: number): Run;
  /** Steps until the run ends (its `ticks`, or nothing left that can change). */
  runToEnd(): Run;
  summary(): Summary;
  /** One row per tick so far, tick 0 (the seeding) first. */
  series(): SeriesRow[];
  cascade(): CascadeRow[];
  dispose(): void;
}

/**
 * Creates a run of a scenario (an object as in a scenario file, validated here; throws
 * InputError with the problems `murmur validate` would print).
 */
export function createRun(scenario: Scenario | ScenarioInput | Record<string, unknown>, options: RunOptions = {}): Run {
  const s = asScenario(scenario, options.seed);
  const sim = createSimulation(toSimulationSpec(s));
  return new LibraryRun(s, sim);
}

/** Runs a scenario to the end: resolves to the object `murmur run --json` prints for the same scenario and seed. */
export async function runScenario(
  scenario: Scenario | ScenarioInput | Record<string, unknown>,
  options: RunOptions & { series?: boolean; name?: string } = {},
): Promise<RunOutput> {
  const run = createRun(scenario, options).runToEnd();
  try {
    const out: RunOutput = { scenario: options.name ?? run.scenario.name ?? 'scenario', seed: run.seed, ticks: run.tick, summary: run.summary() };
    if (options.series) out.series = run.series();
    return out;
  } finally {
    run.dispose();
  }
}

class LibraryRun implements Run {
  readonly #rows: SeriesRow[] = [];
  readonly #collect: () => SeriesRow;
  #disposed = false;

  constructor(
    readonly scenario: Scenario,
    private readonly sim: Simulation,
  ) {
    this.#collect = seriesCollector(sim);
    this.#rows.push(this.#collect());
  }

  get seed(): number {
    return this.scenario.seed;
  }
  get n(): number {
    return this.sim.graph.n;
  }
  get tick(): number {
    return this.sim.tick;
  }
  get done(): boolean {
    return this.sim.done;
  }

  step(ticks = 1): Run {
    this.#live();
    for (let t = 0; t < ticks && !this.sim.done; t++) {
      this.sim.step();
      this.#rows.push(this.#collect());
    }
    return this;
  }

  runToEnd(): Run {
    this.#live();
    while (!this.sim.done) this.step(1);
    return this;
  }

  summary(): Summary {
    this.#live();
    return summarize(this.sim);
  }

  series(): SeriesRow[] {
    return this.#rows.map((r) => ({ ...r }));
  }

  cascade(): CascadeRow[] {
    this.#live();
    const r = this.sim.dynamics.records[0];
    const tip = this.sim.dynamics.tipOf;
    const rows: CascadeRow[] = [];
    for (let k = 0; k < r.adopters; k++) {
      const i = r.order[k];
      rows.push({ member: i, parent: r.parent[i] < 0 ? -1 : r.parent[i], tick: r.adoptedAt[i], hop: r.hop[i], driver: tip?.(i) ?? '' });
    }
    return rows;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.sim.dispose();
  }

  #live(): void {
    if (this.#disposed) throw new Error('murmuration: this run was disposed');
  }
}
