// Reverse-reachable sets: who reaches a random member over live ties, stored flat in typed arrays.
import type { Graph } from '../../network/graph';
import { createStream, type Rng } from '../../rng/rng';
import { gapByLog, gapTable, geometricGapWithin, type GapTable } from '../../sharing/geometricGaps';
import type { Diffusion } from './diffusion';

// How a member's row is read in reverse (drawOne): small integers, so the loop branches on a number.
const UNIFORM = 0;
const ALL = 1;
const NONE = 2;
const WEIGHTED = 3;
const STRENGTH = 4;
const THRESHOLD = 5;

/** RR sets drawn from one stream before the next: set i's draws depend only on (seed, name, i). */
export const BLOCK = 4096;

/**
 * A collection of RR sets: set j is `nodes[offsets[j] .. offsets[j+1])`, its first entry the target.
 * Set i of a collection is drawn from stream `influence/<name>/<⌊i / BLOCK⌋>` of the seed, after the
 * sets before it in its block, so the same seed and name give the same sets however the sampling
 * is split into calls (and would give the same sets if blocks were drawn on several workers).
 */
export class RRSets {
  nodes: Uint32Array;
  offsets: Uint32Array;
  count = 0;
  /** Entries in all sets (the sum of their sizes). */
  size = 0;
  /** Ties whose chance was looked at (a measure of the work done). */
  examined = 0;
  private rng: Rng | null = null;
  private readonly mark: Uint32Array;
  private stamp = 0;
  private readonly logFail: Float64Array | null;
  private readonly gaps: GapTable | null;

  constructor(
    readonly graph: Graph,
    readonly diffusion: Diffusion,
    readonly seed: number | string,
    readonly name: string,
  ) {
    this.nodes = new Uint32Array(1024);
    this.offsets = new Uint32Array(1024);
    this.mark = new Uint32Array(graph.n);
    const p = diffusion.kind === 'uniform' ? diffusion.p : 0;
    this.gaps = diffusion.kind === 'uniform' && p > 0 && p < 1 && 1 - p !== 1 ? gapTable(p) : null;
    this.logFail = diffusion.kind === 'weighted' ? weightedLogFail(graph) : null;
  }

  /** Draws `more` sets after those already held. */
  sample(more: number): void {
    const end = this.count + more;
    this.reserveSets(end + 1);
    while (this.count < end) {
      if (this.count % BLOCK === 0 || this.rng === null) this.rng = createStream(this.seed, `influence/${this.name}/${Math.floor(this.count / BLOCK)}`);
      this.drawOne(this.rng);
      this.offsets[++this.count] = this.size;
    }
  }

  /**
   * Room for `sets` more sets of `entries` entries in all, made at once: growing by steps copies the
   * entries and holds old and new arrays together, a peak this avoids when the sizes are foreseen.
   */
  reserve(sets: number, entries: number): void {
    this.reserveSets(this.count + sets + 1);
    if (this.size + entries > this.nodes.length) {
      const next = new Uint32Array(Math.ceil(this.size + entries));
      next.set(this.nodes.subarray(0, this.size));
      this.nodes = next;
    }
  }

  /** Mean entries per set. */
  meanSize(): number {
    return this.count ? this.size / this.count : 0;
  }

  /** Bytes held by the sets. */
  bytes(): number {
    return this.nodes.byteLength + this.offsets.byteLength + this.mark.byteLength;
  }

  /**
   * One RR set, breadth first from a uniform target, appended to `nodes` (the queue is the set
   * itself). Members are added only once per set (`mark` holds the set's stamp), and a level past
   * `horizon` hops is not expanded. Locals rather than fields in the loop: it runs per entry.
   */
  private drawOne(rng: Rng): void {
    const { n, offsets, targets, strength } = this.graph;
    const d = this.diffusion;
    const mode = d.kind === 'uniform' ? (this.gaps !== null ? UNIFORM : d.p >= 1 ? ALL : NONE) : d.kind === 'weighted' ? WEIGHTED : d.kind === 'strength' ? STRENGTH : THRESHOLD;
    const p = d.kind === 'uniform' || d.kind === 'strength' ? d.p : 0;
    const gaps = this.gaps;
    const logFail = this.logFail;
    const horizon = d.horizon;
    const mark = this.mark;
    const stamp = ++this.stamp;
    const start = this.size;
    let nodes = this.nodes;
    let top = start;
    const target = Math.floor(rng() * n);
    if (top === nodes.length) nodes = this.growNodes(top + 1, top);
    nodes[top++] = target;
    mark[target] = stamp;
    let levelEnd = top;
    let depth = 0;
    let examined = 0;
    for (let q = start; q < top && depth < horizon; q++) {
      const u = nodes[q];
      const a0 = offsets[u];
      const a1 = offsets[u + 1];
      // The ties found live from u: their far ends join the set (at most a row's worth).
      if (top + (a1 - a0) > nodes.length) nodes = this.growNodes(top + (a1 - a0), top);
      if (mode === THRESHOLD) {
        // One live incoming tie, each neighbour with weight 1 / degree: the walk stops at a member
        // already in the set (its own live tie is already drawn) or one with no ties.
        if (a1 > a0) {
          examined++;
          const w = targets[a0 + Math.floor(rng() * (a1 - a0))];
          if (mark[w] !== stamp) {
            mark[w] = stamp;
            nodes[top++] = w;
          }
        }
      } else if (mode === STRENGTH) {
        examined += a1 - a0;
        for (let a = a0; a < a1; a++) {
          if (rng() < p * strength[a]) {
            const w = targets[a];
            if (mark[w] !== stamp) {
              mark[w] = stamp;
              nodes[top++] = w;
            }
          }
        }
      } else if (mode === WEIGHTED) {
        // Geometric skipping with u's own chance 1 / degree: one draw per live tie.
        examined += a1 - a0;
        const lf = logFail![a1 - a0];
        const every = lf === -Infinity;
        for (let a = a0 + (every ? 0 : gapByLog(rng(), lf)); a < a1; a += every ? 1 : 1 + gapByLog(rng(), lf)) {
          const w = targets[a];
          if (mark[w] !== stamp) {
            mark[w] = stamp;
            nodes[top++] = w;
          }
        }
      } else if (mode === UNIFORM) {
        examined += a1 - a0;
        for (let a = a0 + geometricGapWithin(rng(), gaps!, a1 - a0); a < a1; a += 1 + geometricGapWithin(rng(), gaps!, a1 - a - 1)) {
          const w = targets[a];
          if (mark[w] !== stamp) {
            mark[w] = stamp;
            nodes[top++] = w;
          }
        }
      } else if (mode === ALL) {
        examined += a1 - a0;
        for (let a = a0; a < a1; a++) {
          const w = targets[a];
          if (mark[w] !== stamp) {
            mark[w] = stamp;
            nodes[top++] = w;
          }
        }
      }
      if (q + 1 === levelEnd) {
        depth++;
        levelEnd = top;
      }
    }
    this.size = top;
    this.examined += examined;
  }

  /** A larger array for the entries, keeping the first `keep` (the set being drawn included). */
  private growNodes(atLeast: number, keep: number): Uint32Array {
    const next = new Uint32Array(Math.max(atLeast, Math.ceil(this.nodes.length * 1.5)));
    next.set(this.nodes.subarray(0, keep));
    return (this.nodes = next);
  }

  private reserveSets(atLeast: number): void {
    if (atLeast <= this.offsets.length) return;
    const next = new Uint32Array(Math.max(atLeast, Math.ceil(this.offsets.length * 1.5)));
    next.set(this.offsets.subarray(0, this.count + 1));
    this.offsets = next;
  }
}

/** ln(1 − 1/d) for each degree d: the weighted cascade's chance per tie into a member of degree d. */
function weightedLogFail(g: Graph): Float64Array {
  let max = 0;
  for (let i = 0; i < g.n; i++) max = Math.max(max, g.offsets[i + 1] - g.offsets[i]);
  const out = new Float64Array(max + 1);
  for (let d = 1; d <= max; d++) out[d] = Math.log(1 - 1 / d);
  return out;
}
