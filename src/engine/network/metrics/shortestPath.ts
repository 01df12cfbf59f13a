// One shortest path between two members: the chain of friends of friends a lesson points at.
import type { Graph } from '../graph';

/**
 * The members on a shortest path from `from` to `to`, both ends included ([from] when they are the
 * same member), or null when no path joins them. A BFS from `from` that stops once `to` is
 * reached; rows are sorted, so among equally short paths the one through lower ids at each step
 * from `from`'s side is found, the same path every time. O(n + m) at worst, and a study of two
 * members close together touches only their neighbourhood.
 */
export function shortestPath(g: Graph, from: number, to: number): number[] | null {
  const { n, offsets, targets } = g;
  if (!(Number.isInteger(from) && from >= 0 && from < n) || !(Number.isInteger(to) && to >= 0 && to < n)) {
    throw new RangeError(`network/shortestPath: members must be ids from 0 to ${n - 1} (got ${from} and ${to})`);
  }
  if (from === to) return [from];
  const previous = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  previous[from] = from;
  queue[0] = from;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    for (let a = offsets[u], end = offsets[u + 1]; a < end; a++) {
      const v = targets[a];
      if (previous[v] >= 0) continue;
      previous[v] = u;
      if (v === to) return walkBack(previous, from, to);
      queue[tail++] = v;
    }
  }
  return null;
}

function walkBack(previous: Int32Array, from: number, to: number): number[] {
  const path = [to];
  for (let v = to; v !== from; ) {
    v = previous[v];
    path.push(v);
  }
  return path.reverse();
}
