// The CSR rows of a ring lattice with some of its ties taken out and a few others added: the
// shared core of the Watts–Strogatz, Newman–Watts and ring-lattice generators.
import { takeFloat32, takeInt32, type Graph } from '../graph';
import type { Workspace } from '../../workspace';

/**
 * The graph of a ring lattice — lattice tie e = (j−1)·n + i joins i and (i+j) mod n, j = 1..half,
 * the order in which Watts and Strogatz visit them — less the lattice ties flagged in `removed`
 * (listed, too, in the first `removedCount` of `removedIds`), plus the ties (xu[t], xv[t]) for
 * t < extras. Lattice ties have strength `strong`, the others `weak`. Rows are written directly,
 * each member's lattice neighbours in ring order, which is ascending except in the k/2 rows at
 * each end of the ring; extra ties are appended, and only the rows out of order are then sorted,
 * by insertion. No edge list, no counting sort, and memory is mostly read and written in order.
 * The caller guarantees that no extra tie is a self-loop or a duplicate.
 */
export function latticeGraph(
  n: number,
  half: number,
  removed: Uint8Array | null,
  removedIds: Int32Array,
  removedCount: number,
  xu: Int32Array,
  xv: Int32Array,
  extras: number,
  strong: number,
  weak: number,
  ws: Workspace,
): Graph {
  const deg = ws.rowLength.take(n).fill(2 * half);
  countRows(n, deg, removedIds, removedCount, xu, xv, extras);
  const m = n * half - removedCount + extras;
  const offsets = takeInt32(n + 1, ws);
  offsets[0] = 0;
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + deg[i];
  const targets = takeInt32(2 * m, ws);
  const strength = takeFloat32(2 * m, ws).fill(strong);
  const cursor = deg; // reused: where each row's next entry goes
  if (removed === null) writeWholeLattice(n, half, offsets, targets, cursor);
  else writeLattice(n, half, removed, offsets, targets, cursor);
  appendExtras(xu, xv, extras, weak, targets, strength, cursor);
  // Rows that wrap round the ring, and rows that gained a tie (a sorted row costs one pass to check).
  sortRows(offsets, targets, strength, 0, Math.min(half, n));
  sortRows(offsets, targets, strength, Math.max(half, n - half), n);
  sortRowsOf(offsets, targets, strength, xu, extras);
  sortRowsOf(offsets, targets, strength, xv, extras);
  ws.rowLength.giveBack(deg);
  return { n, m, offsets, targets, strength, community: takeInt32(n, ws).fill(0), communities: 1 };
}

// latticeGraph's loops, each a function of its own. A function that runs once per graph enters its
// loops through on-stack replacement; code compiled that way before the lines after a loop had
// ever run was found to bail out there on every later call, for hundreds of graphs.

/** Row lengths: 2·half, less the removed lattice ties, plus the extra ties. */
function countRows(n: number, deg: Int32Array, removedIds: Int32Array, removedCount: number, xu: Int32Array, xv: Int32Array, extras: number): void {
  for (let r = 0; r < removedCount; r++) {
    const e = removedIds[r];
    const i = e % n;
    const v = i + Math.floor(e / n) + 1;
    deg[i]--;
    deg[v < n ? v : v - n]--;
  }
  for (let t = 0; t < extras; t++) {
    deg[xu[t]]++;
    deg[xv[t]]++;
  }
}

/** Every lattice tie: row t is t − half .. t + half (mod n) without t. */
function writeWholeLattice(n: number, half: number, offsets: Int32Array, targets: Int32Array, cursor: Int32Array): void {
  for (let t = 0; t < n; t++) {
    let at = offsets[t];
    for (let j = half; j >= 1; j--) targets[at++] = t - j < 0 ? t - j + n : t - j;
    for (let j = 1; j <= half; j++) targets[at++] = t + j < n ? t + j : t + j - n;
    cursor[t] = at;
  }
}

/** The lattice ties whose flag in `removed` is clear (tie e = (j−1)·n + i joins i and i + j). */
function writeLattice(n: number, half: number, removed: Uint8Array, offsets: Int32Array, targets: Int32Array, cursor: Int32Array): void {
  for (let t = 0; t < n; t++) {
    let at = offsets[t];
    for (let j = half; j >= 1; j--) {
      const s = t - j < 0 ? t - j + n : t - j;
      if (removed[(j - 1) * n + s] === 0) targets[at++] = s;
    }
    for (let j = 1; j <= half; j++) {
      if (removed[(j - 1) * n + t] === 0) targets[at++] = t + j < n ? t + j : t + j - n;
    }
    cursor[t] = at;
  }
}

function appendExtras(xu: Int32Array, xv: Int32Array, extras: number, weak: number, targets: Int32Array, strength: Float32Array, cursor: Int32Array): void {
  for (let t = 0; t < extras; t++) {
    const u = xu[t];
    const v = xv[t];
    targets[cursor[u]] = v;
    strength[cursor[u]++] = weak;
    targets[cursor[v]] = u;
    strength[cursor[v]++] = weak;
  }
}

/** Sorts rows from .. to−1 by insertion (a sorted row costs one pass). */
function sortRows(offsets: Int32Array, targets: Int32Array, strength: Float32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) sortRow(offsets, targets, strength, i);
}

/** Sorts the rows named by the first `count` entries of `rows`. */
function sortRowsOf(offsets: Int32Array, targets: Int32Array, strength: Float32Array, rows: Int32Array, count: number): void {
  for (let t = 0; t < count; t++) sortRow(offsets, targets, strength, rows[t]);
}

function sortRow(offsets: Int32Array, targets: Int32Array, strength: Float32Array, i: number): void {
  const a0 = offsets[i];
  const a1 = offsets[i + 1];
  for (let a = a0 + 1; a < a1; a++) {
    const x = targets[a];
    if (targets[a - 1] < x) continue;
    const w = strength[a];
    let b = a - 1;
    for (; b >= a0 && targets[b] > x; b--) {
      targets[b + 1] = targets[b];
      strength[b + 1] = strength[b];
    }
    targets[b + 1] = x;
    strength[b + 1] = w;
  }
}
