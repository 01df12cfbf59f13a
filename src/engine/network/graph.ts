// The network as compressed sparse rows: undirected, no self-loops, no duplicate ties, rows sorted.
import { Workspace } from '../workspace';

/**
 * Row i of the adjacency is `targets[offsets[i] .. offsets[i+1])`, sorted ascending; every tie
 * appears twice (once per end) with the same `strength`. Arrays are plain typed arrays so that a
 * graph can be transferred between threads or shared read-only.
 */
export interface Graph {
  readonly n: number;
  /** Number of undirected ties. */
  readonly m: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Tie strength in (0, 1] per arc, parallel to `targets`. */
  readonly strength: Float32Array;
  /** Close circle (bonding community) of each member; 0 when the generator has none. */
  readonly community: Int32Array;
  /** Number of distinct community ids (ids are 0 .. communities-1). */
  readonly communities: number;
  /** For a graph with ties removed by an intervention: the generated graph it was made from. */
  readonly generatedFrom?: Graph;
}

export interface GraphOptions {
  /** Per-edge strength (parallel to the edge arrays) or one value for all ties. Default 1. */
  strength?: Float32Array | number;
  community?: Int32Array;
  communities?: number;
}

/**
 * Builds a graph from `m` undirected edges (eu[e], ev[e]). The caller guarantees no self-loops
 * and no duplicates. Two counting-sort passes (by target, then by source) leave every row sorted
 * without a comparison sort: O(n + m) time, and one temporary array of 2m ids. Its temporaries and
 * the graph's arrays come from the workspace (a batch builds a graph per run), else are new.
 */
export function buildGraph(n: number, eu: Int32Array, ev: Int32Array, m: number, opts: GraphOptions = {}, ws: Workspace = new Workspace()): Graph {
  const { rowCursor, arcsByTarget, strengthByTarget } = ws;
  const offsets = takeInt32(n + 1, ws).fill(0);
  for (let e = 0; e < m; e++) {
    offsets[eu[e] + 1]++;
    offsets[ev[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const arcs = 2 * m;
  const perEdge = opts.strength instanceof Float32Array ? opts.strength : null;
  const cursor = rowCursor.take(n);
  cursor.set(offsets.subarray(0, n));
  const byTarget = arcsByTarget.take(arcs);
  const byTargetW = perEdge ? strengthByTarget.take(arcs) : null;
  for (let e = 0; e < m; e++) {
    const u = eu[e];
    const v = ev[e];
    const a = cursor[v]++;
    const b = cursor[u]++;
    byTarget[a] = u;
    byTarget[b] = v;
    if (byTargetW) {
      byTargetW[a] = perEdge![e];
      byTargetW[b] = perEdge![e];
    }
  }
  cursor.set(offsets.subarray(0, n));
  const targets = takeInt32(arcs, ws);
  const strength = takeFloat32(arcs, ws);
  if (!byTargetW) strength.fill(typeof opts.strength === 'number' ? opts.strength : 1);
  for (let t = 0; t < n; t++) {
    for (let j = offsets[t], end = offsets[t + 1]; j < end; j++) {
      const s = byTarget[j];
      const at = cursor[s]++;
      targets[at] = t;
      if (byTargetW) strength[at] = byTargetW[j];
    }
  }
  rowCursor.giveBack(cursor);
  arcsByTarget.giveBack(byTarget);
  if (byTargetW) strengthByTarget.giveBack(byTargetW);
  // A copy even when given one: every graph owns its arrays, so releasing one never frees another's.
  const community = takeInt32(n, ws);
  if (opts.community) community.set(opts.community.subarray(0, n));
  else community.fill(0);
  return { n, m, offsets, targets, strength, community, communities: opts.communities ?? 1 };
}

/*
 * Arrays of released graphs are kept in the workspace, by length, for the next graph of the same
 * size: a batch that builds a graph per run then allocates nothing large, which spares the page
 * faults and unmapping of fresh buffers (costly when two workers of one process do it at once).
 */
const SPARES_PER_LENGTH = 2;

/** An Int32Array of `length`, reused when the workspace has one spare: its contents are arbitrary, so the caller writes every entry. */
export function takeInt32(length: number, ws?: Workspace): Int32Array {
  return ws?.spareInt32.get(length)?.pop() ?? new Int32Array(length);
}

/** A Float32Array of `length`, reused when the workspace has one spare: its contents are arbitrary, so the caller writes every entry. */
export function takeFloat32(length: number, ws?: Workspace): Float32Array {
  return ws?.spareFloat32.get(length)?.pop() ?? new Float32Array(length);
}

function spare<T>(pool: Map<number, T[]>, a: T & { length: number }): void {
  let list = pool.get(a.length);
  if (!list) pool.set(a.length, (list = []));
  if (list.length < SPARES_PER_LENGTH && !list.includes(a)) list.push(a);
}

/**
 * Hands a graph's arrays to the workspace for the next graph of the same size. Only its owner may
 * call this, once nothing reads the graph any more (a batch run that built its own graph, at its end).
 */
export function releaseGraph(g: Graph, ws: Workspace): void {
  spare(ws.spareInt32, g.offsets);
  spare(ws.spareInt32, g.targets);
  spare(ws.spareFloat32, g.strength);
  spare(ws.spareInt32, g.community);
}

export function degree(g: Graph, i: number): number {
  return g.offsets[i + 1] - g.offsets[i];
}

/** Binary search in i's sorted row; -1 when there is no tie i–j. */
export function arcIndex(g: Graph, i: number, j: number): number {
  let lo = g.offsets[i];
  let hi = g.offsets[i + 1] - 1;
  const t = g.targets;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = t[mid];
    if (v === j) return mid;
    if (v < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function hasTie(g: Graph, i: number, j: number): boolean {
  return arcIndex(g, i, j) >= 0;
}

/** Bytes a graph of n members and m ties holds once built (excluding temporaries). */
export function graphBytes(n: number, m: number): number {
  return (n + 1) * 4 + 2 * m * 8 + n * 4;
}

/** Peak bytes while building: the graph, the edge arrays and the one temporary of buildGraph. */
export function buildPeakBytes(n: number, m: number): number {
  return graphBytes(n, m) + m * 8 + 2 * m * 4 + n * 4;
}
