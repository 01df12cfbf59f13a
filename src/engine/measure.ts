// Reading a simulation: one series row per tick, and the run summary. Reading never advances it.
import type { Simulation } from './simulation';
import { treeStats } from './cascade/trees';
import { influenceByDistance } from './cascade/influence';

export type SeriesRow = Record<string, number> & { tick: number; newAdopters: number; adopters: number; newReach: number; reach: number };

/** Returns a function that reads the latest tick's row; call it after creation and after each step. */
export function seriesCollector(sim: Simulation): () => SeriesRow {
  let lastAdopters = 0;
  let lastReach = 0;
  return () => {
    const r = sim.dynamics.records[0];
    const row: SeriesRow = {
      tick: sim.tick,
      newAdopters: r.adopters - lastAdopters,
      adopters: r.adopters,
      newReach: r.reach - lastReach,
      reach: r.reach,
      ...sim.dynamics.tickValues?.(),
    };
    lastAdopters = r.adopters;
    lastReach = r.reach;
    return row;
  };
}

export interface Summary {
  adopters: number;
  adoptersFraction: number;
  reach: number;
  reachFraction: number;
  /** Tick with the most new adopters after seeding (the earliest of equals); 0 if none came after the seeds. */
  peakTick: number;
  peakAdopters: number;
  cascades: number;
  largestCascade: number;
  maxDepth: number;
  structuralVirality: number;
  meanStructuralVirality: number;
  /** Fraction adopted at each distance from the nearest seed. */
  influenceByDistance: number[];
  [extra: string]: number | number[];
}

/** `distances: false` leaves influenceByDistance empty, saving a breadth-first search of the whole graph. */
export function summarize(sim: Simulation, opts: { distances?: boolean } = {}): Summary {
  const r = sim.dynamics.records[0];
  const n = sim.graph.n;
  const perTick = new Int32Array(sim.tick + 1);
  for (let k = 0; k < r.adopters; k++) perTick[r.adoptedAt[r.order[k]]]++;
  let peakTick = 0;
  let peak = 0;
  for (let t = 1; t <= sim.tick; t++) {
    if (perTick[t] > peak) {
      peak = perTick[t];
      peakTick = t;
    }
  }
  const trees = treeStats(r, sim.workspace);
  return {
    adopters: r.adopters,
    adoptersFraction: r.adopters / n,
    reach: r.reach,
    reachFraction: r.reach / n,
    peakTick,
    peakAdopters: peak,
    cascades: trees.cascades,
    largestCascade: trees.largestCascade,
    maxDepth: trees.maxDepth,
    structuralVirality: trees.structuralVirality,
    meanStructuralVirality: trees.meanStructuralVirality,
    influenceByDistance: opts.distances === false ? [] : influenceByDistance(sim.graph, sim.seeds, r).adopted,
    ...sim.dynamics.summaryValues?.(),
  };
}

export interface RunResult {
  ticks: number;
  summary: Summary;
  series?: SeriesRow[];
}

/** Steps to the end, collecting after each step (Mesa's lesson: the model never calls the collector). */
export function runToEnd(sim: Simulation, opts: { series?: boolean; onTick?: (row: SeriesRow) => void; distances?: boolean } = {}): RunResult {
  const collect = seriesCollector(sim);
  const wantRows = opts.series === true || opts.onTick !== undefined;
  const series: SeriesRow[] = [];
  const take = () => {
    if (!wantRows) return;
    const row = collect();
    if (opts.series) series.push(row);
    opts.onTick?.(row);
  };
  take();
  while (!sim.done) {
    sim.step();
    take();
  }
  return { ticks: sim.tick, summary: summarize(sim, opts), ...(opts.series ? { series } : {}) };
}
