// Interactive runs for the studio: create, step and read what changed since the last read, by session id.
import { transfer } from 'comlink';
import { createSimulation, type Simulation } from '../engine/simulation';
import { seriesCollector, summarize, type SeriesRow, type Summary } from '../engine/measure';
import { InputError, type Problem } from '../engine/problem';
import type { Graph } from '../engine/network/graph';
import { writeGexf } from '../engine/network/formats/writeGexf';
import { runExport } from '../scenario/networkFile';
import { validateScenario } from '../scenario/load';
import { toSimulationSpec } from '../scenario/spec';
import type { Scenario } from '../scenario/schema';
import type { LoadedLesson } from '../lesson/load';
import { runStep } from '../lesson/run';
import { numbersOf, type StepNumbers } from '../lesson/numbers';
import { cascadeThrough, memberInfo, type MemberInfo } from './memberInfo';
import { cascadeTable, type CascadeTable } from './cascadeTable';

export interface GraphArrays {
  offsets: Int32Array;
  targets: Int32Array;
  strength: Float32Array;
  community: Int32Array;
}

/** What happened to one item since the last read: the model's own record, sliced; what it looks like is the studio's business. */
export interface ItemDelta {
  valence: 1 | -1;
  /** Members who saw the item since the last read, in the order they saw it. */
  seen: Int32Array;
  /** Members who passed it on since the last read, in order, and from whom (ROOT for a seed); a led run's organizer is node n. */
  adopted: Int32Array;
  parents: Int32Array;
}

export interface SessionDelta {
  tick: number;
  done: boolean;
  items: ItemDelta[];
  /** One series row per tick advanced (and the tick-0 row on the first read). */
  rows: SeriesRow[];
  /** Ties between members made (+1) or faded (−1) since the last read: (a, b, sign) triples, in order. */
  ties: Int32Array;
}

export type SessionCreated =
  | {
      ok: true;
      id: string;
      n: number;
      m: number;
      communities: number;
      /** Omitted when the graph of `keepGraphOf` was reused whole (same network, seed and interventions). */
      graph?: GraphArrays;
      sameGraph: boolean;
      /**
       * The same members as `keepGraphOf` (same network and network seed), though interventions may
       * have taken different ties out: the studio keeps their positions and draws the new ties.
       */
      sameMembers: boolean;
      seeds: Int32Array;
      ticks: number;
      items: number;
      /** The validated scenario with defaults, as the run uses it. */
      scenario: Scenario;
    }
  | { ok: false; problems: Problem[] };

export interface SessionOptions {
  id?: string;
  /** Reuse this session's graph when the network (and its seed) did not change. */
  keepGraphOf?: string;
}

interface Session {
  scenario: Scenario;
  sim: Simulation;
  collect: () => SeriesRow;
  seenCursor: number[];
  orderCursor: number[];
  firstRead: boolean;
  networkKey: string;
}

const sessions = new Map<string, Session>();
let nextId = 1;

/** Two scenarios with equal keys build the same graph (the network stream follows the network seed). */
function networkKey(s: Scenario): string {
  return JSON.stringify([s.network, s.network.seed ?? s.seed]);
}

function get(id: string): Session {
  const s = sessions.get(id);
  if (!s) throw new Error(`session: no session "${id}" (it was disposed or never created)`);
  return s;
}

function copyGraph(g: Graph): GraphArrays {
  return { offsets: g.offsets.slice(), targets: g.targets.slice(), strength: g.strength.slice(), community: g.community.slice() };
}

/** Reads what changed since the last read: cost follows the new slices of each record, not n. */
function readDelta(s: Session, rows: SeriesRow[]): SessionDelta {
  const records = s.sim.dynamics.records;
  const items = records.map((rec, r) => {
    if (s.seenCursor.length <= r) s.seenCursor.push(0), s.orderCursor.push(0);
    const seen = rec.seenOrder.slice(s.seenCursor[r], rec.reach);
    const adopted = rec.order.slice(s.orderCursor[r], rec.adopters);
    const parents = new Int32Array(adopted.length);
    for (let k = 0; k < adopted.length; k++) parents[k] = rec.parent[adopted[k]];
    s.seenCursor[r] = rec.reach;
    s.orderCursor[r] = rec.adopters;
    return { valence: rec.valence, seen: Int32Array.from(seen), adopted: Int32Array.from(adopted), parents };
  });
  const delta: SessionDelta = { tick: s.sim.tick, done: s.sim.done, items, rows, ties: s.sim.dynamics.tieChanges?.() ?? new Int32Array(0) };
  return transfer(delta, [
    ...items.flatMap((it) => [it.seen.buffer as ArrayBuffer, it.adopted.buffer as ArrayBuffer, it.parents.buffer as ArrayBuffer]),
    delta.ties.buffer as ArrayBuffer,
  ]);
}

export const sessionApi = {
  /** Validates the scenario (with `path=value` overrides) and builds a run at tick 0; bad input comes back as problems. */
  sessionCreate(raw: unknown, overrides: readonly string[] = [], opts: SessionOptions = {}): SessionCreated {
    let scenario: Scenario;
    let sim: Simulation;
    try {
      scenario = validateScenario(raw, { overrides });
      const key = networkKey(scenario);
      const previous = opts.keepGraphOf ? sessions.get(opts.keepGraphOf) : undefined;
      const reuse = previous && previous.networkKey === key ? previous.sim.graph : undefined;
      sim = createSimulation(toSimulationSpec(scenario), { graph: reuse });
      // Interventions may hand back another graph from the one reused: then its ties must be sent.
      const same = reuse !== undefined && sim.graph === reuse;
      // Ties made during the run are recorded from here on, for the canvas.
      sim.dynamics.tieChanges?.();
      const id = opts.id ?? `s${nextId++}`;
      if (sessions.has(id)) sessionApi.sessionDispose(id);
      const n = sim.graph.n;
      sessions.set(id, { scenario, sim, collect: seriesCollector(sim), seenCursor: [], orderCursor: [], firstRead: true, networkKey: key });
      const graph = same ? undefined : copyGraph(sim.graph);
      const seeds = sim.seeds.slice();
      const created: SessionCreated = {
        ok: true,
        id,
        n,
        m: sim.graph.m,
        communities: sim.graph.communities,
        graph,
        sameGraph: same,
        sameMembers: reuse !== undefined,
        seeds,
        ticks: scenario.ticks,
        items: sim.dynamics.records.length,
        scenario,
      };
      const buffers = [seeds.buffer as ArrayBuffer];
      if (graph) buffers.push(...[graph.offsets, graph.targets, graph.strength, graph.community].map((a) => a.buffer as ArrayBuffer));
      return transfer(created, buffers);
    } catch (e) {
      if (e instanceof InputError) return { ok: false, problems: e.problems };
      throw e;
    }
  },

  /** Advances up to `k` ticks (0 only reads) and returns the changes since the last read. */
  sessionStep(id: string, k = 1): SessionDelta {
    const s = get(id);
    const rows: SeriesRow[] = [];
    if (s.firstRead) {
      rows.push(s.collect());
      s.firstRead = false;
    }
    for (let t = 0; t < k && !s.sim.done; t++) {
      s.sim.step();
      rows.push(s.collect());
    }
    return readDelta(s, rows);
  },

  /** Runs to the end (as `murmur run` does) and returns the changes since the last read. */
  sessionRunToEnd(id: string): SessionDelta {
    return sessionApi.sessionStep(id, Number.MAX_SAFE_INTEGER);
  },

  sessionSummary(id: string): Summary {
    return summarize(get(id).sim);
  },

  sessionTick(id: string): { tick: number; done: boolean } {
    const { sim } = get(id);
    return { tick: sim.tick, done: sim.done };
  },

  sessionMember(id: string, i: number): MemberInfo | null {
    return memberInfo(get(id).sim, i);
  },

  /** The cascade through member i: the path back to its root and the ties of everything i set off. */
  sessionCascade(id: string, i: number): { item: number; path: Int32Array; below: Int32Array } {
    return cascadeThrough(get(id).sim, i);
  },

  /** Every adoption of every item, in order: the rows of cascade.csv. */
  sessionCascadeTable(id: string): CascadeTable {
    return cascadeTable(get(id).sim);
  },

  /** A lesson step run headlessly, as `runStep` runs it for the claim tests, reduced to the numbers the page shows. */
  lessonNumbers(lesson: LoadedLesson, index: number): StepNumbers {
    const result = runStep(lesson, index);
    const numbers = numbersOf(result);
    result.run.sim.dispose();
    result.compare?.sim.dispose();
    return numbers;
  },

  /** The run's network and cascade as GEXF, with Gephi's timeline: the file `murmur run --graph gexf` writes for the same run. */
  sessionGexf(id: string): string {
    const { sim } = get(id);
    return writeGexf(runExport(sim.spec.network, sim.graph, sim.dynamics.records[0], sim.dynamics.tipOf));
  },

  sessionDispose(id: string): boolean {
    return sessions.delete(id);
  },

  sessionIds(): string[] {
    return [...sessions.keys()];
  },
};
