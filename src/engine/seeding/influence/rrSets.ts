// Reverse-reachable sets: who reaches a random member over live ties, stored flat in typed arrays.
import type { Graph } from '../../network/graph';
import { createStream, type Rng } from '../../rng/rng';
import { gapByLog, gapTable, geometricGapWithin, type GapTable } from '../../sharing/geometricGaps';
import type { Diffusion } from './diffusion';

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
    if (this.size + more * 2 > this.nodes.length) this.growNodes(this.size + more * 2, this.size);
    while (this.count < end) {
      if (this.count % BLOCK === 0 || this.rng === null) this.rng = createStream(this.seed, `influence/${this.name}/${Math.floor(this.count / BLOCK)}`);
      this.drawOne(this.rng);
      this.offsets[++this.count] = this.size;
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

  private drawOne(rng: Rng): void {
    const { n, offsets, targets, strength } = this.graph;
    const d = this.diffusion;
    const mark = this.mark;
    const stamp = ++this.stamp;
    const start = this.size;
    let top = start;
    const target = Math.floor(rng() * n);
    this.push(target, top++);
    mark[target] = stamp;
    let levelEnd = top;
    let depth = 0;
    let examined = 0;
    for (let q = start; q < top && depth < d.horizon; q++) {
      const u = this.nodes[q];
      const a0 = offsets[u];
      const a1 = offsets[u + 1];
      if (d.kind === 'linear-threshold') {
        // One live incoming tie, each neighbour with weight 1 / degree: the walk stops at a member
        // already in the set (its own live tie is already drawn) or one with no ties.
        if (a1 > a0) {
          examined++;
          const w = targets[a0 + Math.floor(rng() * (a1 - a0))];
          if (mark[w] !== stamp) {
            mark[w] = stamp;
            this.push(w, top++);
          }
        }
      } else if (d.kind === 'strength') {
        examined += a1 - a0;
        for (let a = a0; a < a1; a++) {
          if (rng() < d.p * strength[a]) {
            const w = targets[a];
            if (mark[w] !== stamp) {
              mark[w] = stamp;
              this.push(w, top++);
            }
          }
        }
      } else {
        // Geometric skipping over the row: one draw per live tie (uniform p, or 1 / degree of u).
        let a = a0;
        examined += a1 - a0;
        if (d.kind === 'weighted') {
          const lf = this.logFail![a1 - a0];
          if (lf === -Infinity) a = a0;
          else a += gapByLog(rng(), lf);
          for (; a < a1; a += lf === -Infinity ? 1 : 1 + gapByLog(rng(), lf)) {
            const w = targets[a];
            if (mark[w] !== stamp) {
              mark[w] = stamp;
              this.push(w, top++);
            }
          }
        } else if (d.p >= 1 || this.gaps !== null) {
          const gaps = this.gaps!;
          const all = d.p >= 1;
          for (a += all ? 0 : geometricGapWithin(rng(), gaps, a1 - a0); a < a1; a += all ? 1 : 1 + geometricGapWithin(rng(), gaps, a1 - a - 1)) {
            const w = targets[a];
            if (mark[w] !== stamp) {
              mark[w] = stamp;
              this.push(w, top++);
            }
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

  private push(v: number, at: number): void {
    if (at === this.nodes.length) this.growNodes(at + 1, at);
    this.nodes[at] = v;
  }

  /** A larger array for the entries, keeping the first `keep` (the set being drawn included). */
  private growNodes(atLeast: number, keep: number): void {
    const next = new Uint32Array(Math.max(atLeast, Math.ceil(this.nodes.length * 1.5)));
    next.set(this.nodes.subarray(0, keep));
    this.nodes = next;
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
