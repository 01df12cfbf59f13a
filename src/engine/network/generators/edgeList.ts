// A real network imported from an edge-list text (CSV, TSV or whitespace); the caller reads the file.
import type { Rng } from '../../rng/rng';
import { InputError, type Problem } from '../../problem';
import { buildGraph, buildPeakBytes, type Graph } from '../graph';
import type { Workspace } from '../../workspace';
import { memoryProblem, TIE_STRENGTH, type NetworkGenerator } from '../generator';

export interface EdgeListSpec {
  kind: 'edge-list';
  /** Where the text came from, for messages. */
  file: string;
  /** The file's contents, loaded by the caller (the engine does no I/O). */
  text?: string;
  /** Strength of ties whose line gives no weight (default 1). */
  strength?: number;
}

export interface ParsedEdgeList {
  n: number;
  m: number;
  /** Ties as dense ids, each pair once with eu < ev, sorted by (eu, ev). */
  eu: Int32Array;
  ev: Int32Array;
  /** Per-tie weight, or null when no line gave one. */
  weights: Float32Array | null;
  /** Original label of each dense id, in order of first appearance. */
  ids: string[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** A comma or tab (with any spaces round it) or a run of spaces separates fields. */
const SEPARATOR = /\s*[,\t]\s*|\s+/;
/** Usual first-column names; a non-numeric first line using one of them is a header. */
const HEADER_WORDS = new Set(['source', 'src', 'from', 'node1', 'node_1', 'u', 'i', 'start', 'head', 'tail', 'sender', 'ego', 'id1']);

function lineError(source: string, line: number, message: string): InputError {
  return new InputError([{ path: 'network.file', message: `${source}:${line}: ${message}` }]);
}

function quoted(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The first data line is a header when its first two fields are not numbers and it looks like
 * column names: a third field that is not a number either (`source,target,weight`), a usual name
 * such as `source`/`from`, or numeric labels on the next line. So `alice,bob` opening a list of
 * named members stays a tie.
 */
function isHeader(fields: string[], next: string[] | null): boolean {
  if (fields.length < 2 || fields.length > 3 || NUMBER.test(fields[0]) || NUMBER.test(fields[1])) return false;
  if (fields.length === 3) return !NUMBER.test(fields[2]);
  if (HEADER_WORDS.has(fields[0].toLowerCase())) return true;
  return next !== null && next.length >= 2 && NUMBER.test(next[0]) && NUMBER.test(next[1]);
}

/** Growable columns of raw ties, in file order, before duplicates are merged. */
class RawTies {
  u = new Int32Array(1024);
  v = new Int32Array(1024);
  w = new Float32Array(1024);
  m = 0;
  push(a: number, b: number, weight: number): void {
    if (this.m === this.u.length) {
      const grow = <T extends Int32Array | Float32Array>(x: T, make: (len: number) => T): T => {
        const y = make(x.length * 2);
        y.set(x);
        return y;
      };
      this.u = grow(this.u, (l) => new Int32Array(l));
      this.v = grow(this.v, (l) => new Int32Array(l));
      this.w = grow(this.w, (l) => new Float32Array(l));
    }
    this.u[this.m] = a < b ? a : b;
    this.v[this.m] = a < b ? b : a;
    this.w[this.m] = weight;
    this.m++;
  }
}

/**
 * Orders raw ties by (u, v) with two stable counting sorts (by v, then by u), as buildGraph does,
 * then keeps one tie per pair with the largest weight: O(n + m), no comparison sort, no Map.
 */
function mergeDuplicates(n: number, raw: RawTies, weighted: boolean): Omit<ParsedEdgeList, 'n' | 'ids'> {
  const byV = new Int32Array(raw.m);
  const order = new Int32Array(raw.m);
  const count = new Int32Array(n + 1);
  for (let e = 0; e < raw.m; e++) count[raw.v[e] + 1]++;
  for (let i = 0; i < n; i++) count[i + 1] += count[i];
  for (let e = 0; e < raw.m; e++) byV[count[raw.v[e]]++] = e;
  count.fill(0);
  for (let e = 0; e < raw.m; e++) count[raw.u[e] + 1]++;
  for (let i = 0; i < n; i++) count[i + 1] += count[i];
  for (let k = 0; k < raw.m; k++) order[count[raw.u[byV[k]]]++] = byV[k];
  const eu = new Int32Array(raw.m);
  const ev = new Int32Array(raw.m);
  const w = new Float32Array(raw.m);
  let m = 0;
  for (let k = 0; k < raw.m; k++) {
    const e = order[k];
    if (m > 0 && eu[m - 1] === raw.u[e] && ev[m - 1] === raw.v[e]) {
      if (raw.w[e] > w[m - 1]) w[m - 1] = raw.w[e];
      continue;
    }
    eu[m] = raw.u[e];
    ev[m] = raw.v[e];
    w[m] = raw.w[e];
    m++;
  }
  return { m, eu: eu.slice(0, m), ev: ev.slice(0, m), weights: weighted ? w.slice(0, m) : null };
}

/**
 * Parses `a b [weight]` lines. Blank lines and lines starting with `#` or `%` are skipped; labels
 * are any tokens, numbered in order of first appearance (a member seen only in a self-loop stays,
 * without ties). Self-loops are dropped, duplicates (either direction) merged keeping the largest
 * weight; a line without a weight counts as `defaultWeight`. Throws InputError naming
 * `source:line` at the first malformed line or weight outside (0, 1].
 */
export function parseEdgeList(text: string, source: string, defaultWeight = 1): ParsedEdgeList {
  const lines = text.split(/\r?\n|\r/);
  const ids: string[] = [];
  const idOf = new Map<string, number>();
  const label = (token: string): number => {
    let id = idOf.get(token);
    if (id === undefined) {
      id = ids.length;
      idOf.set(token, id);
      ids.push(token);
    }
    return id;
  };
  const raw = new RawTies();
  let weighted = false;
  let first = true;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l].trim();
    if (line === '' || line[0] === '#' || line[0] === '%') continue;
    const fields = line.split(SEPARATOR);
    if (first) {
      first = false;
      let next: string[] | null = null;
      for (let k = l + 1; k < lines.length && next === null; k++) {
        const t = lines[k].trim();
        if (t !== '' && t[0] !== '#' && t[0] !== '%') next = t.split(SEPARATOR);
      }
      if (isHeader(fields, next)) continue;
    }
    if (fields.length < 2 || fields.length > 3 || fields[0] === '' || fields[1] === '' || (fields.length === 3 && !NUMBER.test(fields[2]))) {
      throw lineError(source, l + 1, `expected "source target [weight]" (got "${quoted(line)}")`);
    }
    let weight = defaultWeight;
    if (fields.length === 3) {
      weight = Number(fields[2]);
      if (!(weight > 0 && weight <= 1)) throw lineError(source, l + 1, `weight must be in (0, 1] (got ${fields[2]})`);
      weighted = true;
    }
    const a = label(fields[0]);
    const b = label(fields[1]);
    if (a !== b) raw.push(a, b, weight);
  }
  return { n: ids.length, ids, ...mergeDuplicates(ids.length, raw, weighted) };
}

/** Lines in the text: an upper bound on ties, and twice that on members, for the memory check. */
function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

export const edgeList: NetworkGenerator<EdgeListSpec> = {
  kind: 'edge-list',
  summary: 'a real network read from an edge list: lines "source target [weight]" (CSV, TSV or spaces; # and % comments)',
  params: {
    file: { type: 'text', required: true, minLength: 1, label: 'edge list file', doc: 'The edge list, relative to the scenario: lines "source target [weight]"' },
    text: { type: 'text', label: 'file contents', doc: 'The file contents, filled in by the loader' },
    strength: TIE_STRENGTH,
  },
  check(spec: EdgeListSpec): Problem[] {
    return typeof spec.text === 'string' ? [] : [{ path: 'file', message: `no edge-list text was loaded for "${spec.file}"` }];
  },
  memory(spec: EdgeListSpec): Problem[] {
    const lines = lineCount(spec.text ?? '');
    return memoryProblem('file', `"${spec.file}" (${lines} lines)`, edgeList.peakBytes(spec), 2 * lines);
  },
  // One tie per line at most: counting lines is enough to refuse a file before parsing it.
  estimateTies: (spec) => (spec.text ? lineCount(spec.text) : 0),
  peakBytes(spec: EdgeListSpec): number {
    const lines = spec.text === undefined ? 0 : lineCount(spec.text);
    // Raw columns (grown by doubling), the two sort orders, and the label map at ~60 bytes a label.
    return buildPeakBytes(2 * lines, lines) + lines * 40 + 2 * lines * 60;
  },
  generate(_rng: Rng, spec: EdgeListSpec, ws?: Workspace): Graph {
    if (spec.text === undefined) throw new InputError([{ path: 'network.file', message: `no edge-list text was loaded for "${spec.file}"` }]);
    const parsed = parseEdgeList(spec.text, spec.file, spec.strength ?? 1);
    return buildGraph(parsed.n, parsed.eu, parsed.ev, parsed.m, { strength: parsed.weights ?? spec.strength ?? 1 }, ws);
  },
};
