// What the GEXF and GraphML writers take: a graph with labels, node and edge columns, and (for GEXF) a timeline.
import type { Graph } from '../graph';
import type { CascadeRecord } from '../../cascade/record';
import { NOT_ADOPTED, ROOT } from '../../cascade/record';
import type { NetworkFile, NodeAttribute } from './networkFile';

/** A column per node or per tie; `undefined` where an element has no value. */
export interface Column {
  name: string;
  type: 'number' | 'string';
  values: (number | string | undefined)[];
}

/** A value from `start` (a tick) on; a node's or tie's changes in time order. */
export interface Change {
  value: string;
  start: number;
}

export interface ExportNetwork {
  n: number;
  labels: string[];
  /** Ties, each once with eu < ev. */
  m: number;
  eu: Int32Array;
  ev: Int32Array;
  /** Per tie; null writes no weights. */
  weights: Float64Array | ArrayLike<number> | null;
  nodes: Column[];
  edges: Column[];
  /** A node column that changes in time (GEXF writes it as a dynamic attribute); the last change is its final value. */
  timeline?: { name: string; changes: (i: number) => Change[] };
  /** The same for ties, by tie index. */
  edgeTimeline?: { name: string; changes: (e: number) => Change[] };
}

/** A file's network as it was read: labels, ties, weights, node attributes. */
export function fileExport(f: NetworkFile): ExportNetwork {
  return { n: f.n, labels: f.labels, m: f.m, eu: f.eu, ev: f.ev, weights: f.weights, nodes: f.attributes.map((a: NodeAttribute) => ({ ...a })), edges: [] };
}

/** A built graph's ties (each once, i < j, in row order) with their strengths as weights. */
export function graphExport(g: Graph, labels?: string[], nodes: Column[] = []): ExportNetwork {
  const eu = new Int32Array(g.m);
  const ev = new Int32Array(g.m);
  const weights = new Float64Array(g.m);
  let e = 0;
  for (let i = 0; i < g.n; i++) {
    for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) {
      const j = g.targets[a];
      if (j <= i) continue;
      eu[e] = i;
      ev[e] = j;
      weights[e++] = g.strength[a];
    }
  }
  return { n: g.n, labels: labels ?? Array.from({ length: g.n }, (_, i) => String(i)), m: g.m, eu, ev, weights, nodes, edges: [] };
}

/**
 * Adds a run's cascade to an export: per member its final state, the tick it first saw and first
 * shared the item, its hop and parent (by label) and what tipped it; per tie the tick the item
 * passed along it and from whom; and timelines of both for Gephi. A parent beyond the members
 * (the organizer) is named "organizer".
 */
export function withCascade(x: ExportNetwork, r: CascadeRecord, tipOf?: (member: number) => string): ExportNetwork {
  const n = x.n;
  const name = (i: number) => (i < n ? x.labels[i] : 'organizer');
  const shared = r.valence < 0 ? 'complaint' : 'shared';
  const state = (i: number) => (r.parent[i] !== NOT_ADOPTED ? shared : r.seenAt[i] >= 0 ? 'seen' : 'unaware');
  const col = (cname: string, type: Column['type'], f: (i: number) => number | string): Column => ({ name: cname, type, values: Array.from({ length: n }, (_, i) => f(i)) });
  const adopted = (i: number) => r.parent[i] !== NOT_ADOPTED;
  const nodes = [
    ...x.nodes,
    col('state', 'string', state),
    col('seenTick', 'number', (i) => r.seenAt[i]),
    col('firstTick', 'number', (i) => r.adoptedAt[i]),
    col('hop', 'number', (i) => (adopted(i) ? r.hop[i] : -1)),
    col('parent', 'string', (i) => (adopted(i) && r.parent[i] !== ROOT ? name(r.parent[i]) : '')),
    col('driver', 'string', (i) => (adopted(i) ? (tipOf?.(i) ?? '') : '')),
  ];
  // The tie an item passed along: from the parent to the member, at the member's adoption tick.
  const passedAt = new Array<number>(x.m).fill(-1);
  const from = new Array<string>(x.m).fill('');
  const tie = new Map<number, number>();
  for (let e = 0; e < x.m; e++) tie.set(x.eu[e] * n + x.ev[e], e);
  for (let i = 0; i < n; i++) {
    const p = r.parent[i];
    if (p < 0 || p >= n) continue;
    const e = tie.get(Math.min(i, p) * n + Math.max(i, p));
    if (e === undefined) continue;
    passedAt[e] = r.adoptedAt[i];
    from[e] = name(p);
  }
  const edges = [...x.edges, { name: 'passedAt', type: 'number' as const, values: passedAt }, { name: 'passedFrom', type: 'string' as const, values: from }];
  const timeline = {
    name: 'state',
    changes: (i: number): Change[] => {
      const out: Change[] = [{ value: 'unaware', start: 0 }];
      if (r.seenAt[i] >= 0 && (!adopted(i) || r.seenAt[i] < r.adoptedAt[i])) out.push({ value: 'seen', start: r.seenAt[i] });
      if (adopted(i)) out.push({ value: shared, start: r.adoptedAt[i] });
      return out.filter((c, k) => k === out.length - 1 || out[k + 1].start > c.start);
    },
  };
  const edgeTimeline = {
    name: 'passed',
    changes: (e: number): Change[] =>
      passedAt[e] < 0
        ? [{ value: 'false', start: 0 }]
        : passedAt[e] === 0
          ? [{ value: 'true', start: 0 }]
          : [
              { value: 'false', start: 0 },
              { value: 'true', start: passedAt[e] },
            ],
  };
  return { ...x, nodes, edges, timeline, edgeTimeline };
}
