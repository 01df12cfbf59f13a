// Interactive runs for the studio: create, step and read what changed since the last read, by session id.
import { transfer } from 'comlink';
import { createSimulation, type Simulation } from '../engine/simulation';
import { seriesCollector, summarize, type SeriesRow, type Summary } from '../engine/measure';
import { InputError, type Problem } from '../engine/problem';
import { NOT_ADOPTED, ROOT, type CascadeRecord } from '../engine/cascade/record';
import type { Graph } from '../engine/network/graph';
import { networkGenerator } from '../engine/network/networks';
import { validateScenario } from '../scenario/load';
import { toSimulationSpec } from '../scenario/spec';
import type { Scenario } from '../scenario/schema';
import type { LoadedLesson } from '../lesson/load';
import { runStep } from '../lesson/run';
import { numbersOf, type StepNumbers } from '../lesson/numbers';

/** What a member shows on the canvas, worst news first: a shared complaint outranks praise. */
export const STATE = { UNAWARE: 0, EXPOSED: 1, SHARED: 2, COMPLAINT: 3 } as const;
export const STATE_NAMES = ['unaware', 'exposed', 'shared', 'complaint'] as const;
export type StateCode = (typeof STATE)[keyof typeof STATE];

/** How the studio lays the graph out before (or instead of) a force layout; it never reaches the model. */
export type LayoutHint = { kind: 'ring' } | { kind: 'circles'; communities: number } | { kind: 'disc' };

export interface GraphArrays {
  offsets: Int32Array;
  targets: Int32Array;
  strength: Float32Array;
  community: Int32Array;
}

export interface SessionDelta {
  tick: number;
  done: boolean;
  /** Members whose state changed since the last read, with their new codes (parallel arrays). */
  changed: Int32Array;
  states: Uint8Array;
  /** (sharer, receiver) pairs of the shares since the last read, newest kept when capped. */
  pulses: Int32Array;
  /** Shares since the last read, including any left out of `pulses`. */
  shares: number;
  /** One series row per tick advanced (and the tick-0 row on the first read). */
  rows: SeriesRow[];
  /** Members per state code after this read. */
  counts: Int32Array;
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
      layout: LayoutHint;
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
  /** Most pulses returned per read (default 4096). */
  maxPulses?: number;
}

export interface MemberInfo {
  id: number;
  degree: number;
  community: number;
  seed: boolean;
  state: StateCode;
  items: { valence: 1 | -1; seenAt: number; adoptedAt: number; parent: number; hop: number }[];
  /** Model-specific values (traits, trust, social currency) when the sharing model offers them. */
  values: Record<string, number | number[]>;
  /** What tipped the member into sharing the first item, when the model says. */
  driver?: string;
  /** The organizer's node id (an item's `parent` when it came from the organizer), or -1. */
  organizer: number;
}

export interface CascadeTable {
  item: Int32Array;
  member: Int32Array;
  parent: Int32Array;
  tick: Int32Array;
  hop: Int32Array;
  /** What tipped each share of the first item (a STEPPS driver, proof, trust…); empty for the classic models. */
  driver: string[];
}

/** A sharing model may describe one member; the STEPPS model's traits, trust and currency come through here. */
type Inspectable = { memberValues?(i: number): Record<string, number | number[]> };

interface Session {
  scenario: Scenario;
  sim: Simulation;
  collect: () => SeriesRow;
  shown: Uint8Array;
  counts: Int32Array;
  seenCursor: number[];
  orderCursor: number[];
  firstRead: boolean;
  maxPulses: number;
  networkKey: string;
}

const sessions = new Map<string, Session>();
let nextId = 1;

/** Two scenarios with equal keys build the same graph (the network stream follows the network seed). */
function networkKey(s: Scenario): string {
  return JSON.stringify([s.network, s.network.seed ?? s.seed]);
}

export function layoutHint(s: Scenario, g: Graph): LayoutHint {
  if (networkGenerator(s.network.kind).shape === 'ring') return { kind: 'ring' };
  if (g.communities > 1) return { kind: 'circles', communities: g.communities };
  return { kind: 'disc' };
}

/** The state a member shows, over every item of the run. */
export function memberState(records: readonly CascadeRecord[], i: number): StateCode {
  let s: StateCode = STATE.UNAWARE;
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    if (rec.parent[i] !== NOT_ADOPTED) {
      if (rec.valence < 0) return STATE.COMPLAINT;
      s = STATE.SHARED;
    } else if (s === STATE.UNAWARE && rec.seenAt[i] >= 0) s = STATE.EXPOSED;
  }
  return s;
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
  // Records of a led run have a row more than the graph: the organizer (node n), who is not drawn.
  const n = s.sim.graph.n;
  const changed: number[] = [];
  const states: number[] = [];
  const touch = (i: number) => {
    if (i >= n) return;
    const st = memberState(records, i);
    if (st === s.shown[i]) return;
    s.counts[s.shown[i]]--;
    s.counts[st]++;
    s.shown[i] = st;
    changed.push(i);
    states.push(st);
  };
  let shares = 0;
  const pulses: number[] = [];
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    if (s.seenCursor.length <= r) s.seenCursor.push(0), s.orderCursor.push(0);
    for (let k = s.seenCursor[r]; k < rec.reach; k++) touch(rec.seenOrder[k]);
    for (let k = s.orderCursor[r]; k < rec.adopters; k++) {
      const i = rec.order[k];
      touch(i);
      const p = rec.parent[i];
      if (p === ROOT) continue;
      shares++;
      if (p < n && i < n) pulses.push(p, i);
    }
    s.seenCursor[r] = rec.reach;
    s.orderCursor[r] = rec.adopters;
  }
  const keep = Math.min(pulses.length, 2 * s.maxPulses);
  const delta: SessionDelta = {
    tick: s.sim.tick,
    done: s.sim.done,
    changed: Int32Array.from(changed),
    states: Uint8Array.from(states),
    pulses: Int32Array.from(pulses.slice(pulses.length - keep)),
    shares,
    rows,
    counts: s.counts.slice(),
    ties: s.sim.dynamics.tieChanges?.() ?? new Int32Array(0),
  };
  return transfer(delta, [delta.changed.buffer, delta.states.buffer, delta.pulses.buffer, delta.counts.buffer, delta.ties.buffer]);
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
      const counts = new Int32Array(4);
      counts[STATE.UNAWARE] = n;
      sessions.set(id, {
        scenario,
        sim,
        collect: seriesCollector(sim),
        shown: new Uint8Array(n),
        counts,
        seenCursor: [],
        orderCursor: [],
        firstRead: true,
        maxPulses: opts.maxPulses ?? 4096,
        networkKey: key,
      });
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
        layout: layoutHint(scenario, sim.graph),
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
    const { sim } = get(id);
    const g = sim.graph;
    if (!Number.isInteger(i) || i < 0 || i >= g.n) return null;
    const records = sim.dynamics.records;
    const inspect = (sim.dynamics as Inspectable).memberValues;
    return {
      id: i,
      degree: g.offsets[i + 1] - g.offsets[i],
      community: g.community[i],
      seed: sim.seeds.includes(i),
      state: memberState(records, i),
      items: records.map((r) => ({ valence: r.valence, seenAt: r.seenAt[i], adoptedAt: r.adoptedAt[i], parent: r.parent[i], hop: r.hop[i] })),
      values: inspect ? inspect.call(sim.dynamics, i) : {},
      driver: records[0].parent[i] !== NOT_ADOPTED ? sim.dynamics.tipOf?.(i) : undefined,
      organizer: sim.dynamics.organizer ?? -1,
    };
  },

  /**
   * The cascade through member i, in the first item i shared: the path back to its root (i first,
   * members only) and the (parent, child) ties of everything i set off. One pass over the adoption order.
   */
  sessionCascade(id: string, i: number): { item: number; path: Int32Array; below: Int32Array } {
    const { sim } = get(id);
    const records = sim.dynamics.records;
    const n = sim.graph.n;
    const item = records.findIndex((r) => i >= 0 && i < n && r.parent[i] !== NOT_ADOPTED);
    if (item < 0) return { item: -1, path: new Int32Array(0), below: new Int32Array(0) };
    const r = records[item];
    const path: number[] = [];
    // Members only: a path that reaches the organizer (node n, not drawn) ends at the member it reached.
    for (let v = i; v >= 0 && v < n; v = r.parent[v]) path.push(v);
    const inside = new Uint8Array(r.n);
    inside[i] = 1;
    const below: number[] = [];
    for (let k = 0; k < r.adopters; k++) {
      const v = r.order[k];
      const p = r.parent[v];
      if (p >= 0 && inside[p]) {
        inside[v] = 1;
        below.push(p, v);
      }
    }
    const out = { item, path: Int32Array.from(path), below: Int32Array.from(below) };
    return transfer(out, [out.path.buffer, out.below.buffer]);
  },

  /** Every adoption of every item, in order: the rows of cascade.csv. */
  sessionCascadeTable(id: string): CascadeTable {
    const { dynamics } = get(id).sim;
    const records = dynamics.records;
    const total = records.reduce((a, r) => a + r.adopters, 0);
    const t: CascadeTable = { item: new Int32Array(total), member: new Int32Array(total), parent: new Int32Array(total), tick: new Int32Array(total), hop: new Int32Array(total), driver: [] };
    let row = 0;
    records.forEach((r, item) => {
      for (let k = 0; k < r.adopters; k++, row++) {
        const v = r.order[k];
        t.item[row] = item;
        t.member[row] = v;
        t.parent[row] = r.parent[v];
        t.tick[row] = r.adoptedAt[v];
        t.hop[row] = r.hop[v];
        t.driver.push(item === 0 ? (dynamics.tipOf?.(v) ?? '') : '');
      }
    });
    return transfer(t, [t.item.buffer, t.member.buffer, t.parent.buffer, t.tick.buffer, t.hop.buffer]);
  },

  /** A lesson step run headlessly, as `runStep` runs it for the claim tests, reduced to the numbers the page shows. */
  lessonNumbers(lesson: LoadedLesson, index: number): StepNumbers {
    const result = runStep(lesson, index);
    const numbers = numbersOf(result);
    result.run.sim.dispose();
    result.compare?.sim.dispose();
    return numbers;
  },

  sessionDispose(id: string): boolean {
    return sessions.delete(id);
  },

  sessionIds(): string[] {
    return [...sessions.keys()];
  },
};
