// Exact expected spread on tiny graphs, by enumerating every live-edge graph (the tests' ground truth).
import type { Graph } from '../../../src/engine/network/graph';
import type { Diffusion } from '../../../src/engine/seeding/influence/diffusion';

/**
 * Each arc (u → v, the tie seen from v's row) is live with its chance: p, p × strength, or
 * 1/deg(v); for the linear threshold each member keeps exactly one of its row's ties, each with
 * chance 1/deg. Returns a function giving σ(S) = Σ over worlds of Pr(world) · |members within
 * `horizon` live hops of S|.
 */
export function exactSpread(g: Graph, d: Diffusion): (seeds: number[]) => number {
  const worlds: { prob: number; live: Uint8Array }[] = [];
  const arcs = g.targets.length;
  // live[a] = 1 when the tie of arc a carries the item from targets[a] into the row's owner.
  const owner = new Int32Array(arcs);
  for (let v = 0; v < g.n; v++) for (let a = g.offsets[v]; a < g.offsets[v + 1]; a++) owner[a] = v;
  if (d.kind === 'linear-threshold') {
    const pick = new Int32Array(g.n);
    const rec = (v: number, prob: number) => {
      if (v === g.n) {
        const live = new Uint8Array(arcs);
        for (let u = 0; u < g.n; u++) if (pick[u] >= 0) live[pick[u]] = 1;
        worlds.push({ prob, live });
        return;
      }
      const deg = g.offsets[v + 1] - g.offsets[v];
      if (deg === 0) {
        pick[v] = -1;
        rec(v + 1, prob);
      }
      for (let a = g.offsets[v]; a < g.offsets[v + 1]; a++) {
        pick[v] = a;
        rec(v + 1, prob / deg);
      }
    };
    rec(0, 1);
  } else {
    const chance = (a: number) => {
      const v = owner[a];
      if (d.kind === 'weighted') return 1 / (g.offsets[v + 1] - g.offsets[v]);
      if (d.kind === 'strength') return d.p * g.strength[a];
      return d.p;
    };
    for (let mask = 0; mask < 2 ** arcs; mask++) {
      let prob = 1;
      const live = new Uint8Array(arcs);
      for (let a = 0; a < arcs; a++) {
        const on = (mask >> a) & 1;
        live[a] = on;
        prob *= on ? chance(a) : 1 - chance(a);
      }
      if (prob > 0) worlds.push({ prob, live });
    }
  }
  return (seeds) => {
    let total = 0;
    for (const w of worlds) total += w.prob * reached(g, w.live, seeds, d.horizon);
    return total;
  };
}

/** Members within `horizon` live hops of the seeds; an arc a in v's row, live, carries targets[a] → v. */
function reached(g: Graph, live: Uint8Array, seeds: number[], horizon: number): number {
  const dist = new Int32Array(g.n).fill(-1);
  const queue: number[] = [];
  for (const s of seeds)
    if (dist[s] < 0) {
      dist[s] = 0;
      queue.push(s);
    }
  for (let q = 0; q < queue.length; q++) {
    const u = queue[q];
    if (dist[u] >= horizon) continue;
    // u passes to v when the arc of v's row pointing at u is live.
    for (let a = g.offsets[u]; a < g.offsets[u + 1]; a++) {
      const v = g.targets[a];
      if (dist[v] >= 0) continue;
      let back = -1;
      for (let b = g.offsets[v]; b < g.offsets[v + 1]; b++) if (g.targets[b] === u) back = b;
      if (live[back]) {
        dist[v] = dist[u] + 1;
        queue.push(v);
      }
    }
  }
  return queue.length;
}

/** Every k-subset of 0..n-1. */
export function subsets(n: number, k: number): number[][] {
  const out: number[][] = [];
  const rec = (from: number, acc: number[]) => {
    if (acc.length === k) return void out.push([...acc]);
    for (let i = from; i < n; i++) rec(i + 1, [...acc, i]);
  };
  rec(0, []);
  return out;
}
