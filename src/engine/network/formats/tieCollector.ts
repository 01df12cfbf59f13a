// What every format parser fills as it reads: nodes by id in file order, raw ties, attributes; then merged into a NetworkFile.
import type { NetworkFile, NetworkFormat, NodeAttribute } from './networkFile';

/**
 * Ties are kept as growable typed columns and merged at the end with two counting sorts (as
 * buildGraph orders rows), so a million ties cost no Map or comparison sort.
 */
export class TieCollector {
  readonly ids: string[] = [];
  private readonly labels: (string | undefined)[] = [];
  private readonly index = new Map<string, number>();
  private readonly columns = new Map<string, NodeAttribute>();
  private u = new Int32Array(1024);
  private v = new Int32Array(1024);
  /** Weights, allocated at the first tie that gives one (a pattern file never does). */
  private w: Float64Array | null = null;
  private raw = 0;
  private selfLoops = 0;
  directed = false;
  /** Every node came from addNumberedNodes: ids are unique labels already. */
  private numbered = false;

  constructor(private readonly format: NetworkFormat) {}

  get n(): number {
    return this.ids.length;
  }

  /** Adds a node; returns its index, or -1 when the id is already taken. */
  addNode(id: string, label?: string): number {
    if (this.index.has(id)) return -1;
    const i = this.ids.length;
    this.index.set(id, i);
    this.ids.push(id);
    this.labels.push(label);
    return i;
  }

  /**
   * Nodes "1".."count" (Matrix Market, Pajek) without the id map: such files name nodes by number,
   * and a million map entries would cost more than the ties.
   */
  addNumberedNodes(count: number): void {
    if (this.ids.length === 0) this.numbered = true;
    for (let i = 1; i <= count; i++) {
      this.ids.push(String(i));
      this.labels.push(undefined);
    }
  }

  node(id: string): number | undefined {
    return this.index.get(id);
  }

  setLabel(i: number, label: string): void {
    this.labels[i] = label;
  }

  /** Declares a column (so a declared attribute that no node sets still exists) and returns it. */
  column(name: string, type: NodeAttribute['type'] = 'number'): NodeAttribute {
    let c = this.columns.get(name);
    if (!c) this.columns.set(name, (c = { name, type, values: [] }));
    return c;
  }

  setAttribute(i: number, name: string, value: number | string): void {
    const c = this.column(name, typeof value === 'number' ? 'number' : 'string');
    if (typeof value === 'string' && c.type === 'number') c.type = 'string';
    c.values[i] = value;
  }

  /** Room for `count` raw ties, when the file declares how many (no growing by doubling). */
  reserve(count: number): void {
    if (count <= this.u.length) return;
    const grow = <T extends Int32Array | Float64Array>(x: T, y: T): T => (y.set(x.subarray(0, this.raw)), y);
    this.u = grow(this.u, new Int32Array(count));
    this.v = grow(this.v, new Int32Array(count));
    if (this.w) this.w = grow(this.w, new Float64Array(count));
  }

  /** A tie between node indices; `weight` NaN when the file gives none. */
  addTie(a: number, b: number, weight: number): void {
    if (a === b) {
      this.selfLoops++;
      return;
    }
    if (this.raw === this.u.length) {
      const grow = <T extends Int32Array | Float64Array>(x: T, y: T): T => (y.set(x), y);
      this.u = grow(this.u, new Int32Array(this.raw * 2));
      this.v = grow(this.v, new Int32Array(this.raw * 2));
      if (this.w) this.w = grow(this.w, new Float64Array(this.raw * 2));
    }
    this.u[this.raw] = a < b ? a : b;
    this.v[this.raw] = a < b ? b : a;
    if (weight === weight && !this.w) this.w = new Float64Array(this.u.length).fill(NaN);
    if (this.w) this.w[this.raw] = weight;
    this.raw++;
  }

  finish(): NetworkFile {
    const n = this.ids.length;
    const { u, v, w, raw } = this;
    const byV = new Int32Array(raw);
    const count = new Int32Array(n + 1);
    for (let e = 0; e < raw; e++) count[v[e] + 1]++;
    for (let i = 0; i < n; i++) count[i + 1] += count[i];
    for (let e = 0; e < raw; e++) byV[count[v[e]]++] = e;
    const order = new Int32Array(raw);
    count.fill(0);
    for (let e = 0; e < raw; e++) count[u[e] + 1]++;
    for (let i = 0; i < n; i++) count[i + 1] += count[i];
    for (let k = 0; k < raw; k++) order[count[u[byV[k]]]++] = byV[k];
    const eu = new Int32Array(raw);
    const ev = new Int32Array(raw);
    const weights = w ? new Float64Array(raw) : null;
    let m = 0;
    for (let k = 0; k < raw; k++) {
      const e = order[k];
      const we = w && w[e] === w[e] ? w[e] : 1;
      if (m > 0 && eu[m - 1] === u[e] && ev[m - 1] === v[e]) {
        if (weights && we > weights[m - 1]) weights[m - 1] = we;
        continue;
      }
      eu[m] = u[e];
      ev[m] = v[e];
      if (weights) weights[m] = we;
      m++;
    }
    const given = this.numbered && this.labels.every((l) => l === undefined) ? this.ids : this.labels.map((l, i) => l ?? this.ids[i]);
    const labelsFromIds = given !== this.ids && new Set(given).size !== n;
    const attributes = [...this.columns.values()];
    for (const c of attributes) c.values.length = n;
    return {
      format: this.format,
      n,
      labels: labelsFromIds ? this.ids : given,
      m,
      eu: eu.slice(0, m),
      ev: ev.slice(0, m),
      weights: weights ? weights.slice(0, m) : null,
      attributes,
      directed: this.directed,
      selfLoops: this.selfLoops,
      merged: raw - m,
      labelsFromIds,
    };
  }
}
