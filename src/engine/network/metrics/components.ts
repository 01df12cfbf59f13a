// Connected components by breadth-first labelling over typed arrays.
import type { Graph } from '../graph';

export interface Components {
  count: number;
  /** Members in the largest component (0 when n = 0). */
  largest: number;
  /** Component id of each member, 0 .. count-1 in order of each component's lowest member. */
  label: Int32Array;
  /** Sizes in descending order, when asked for. */
  sizes?: number[];
}

export function components(g: Graph, opts: { sizes?: boolean } = {}): Components {
  const { n, offsets, targets } = g;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  let count = 0;
  let largest = 0;
  for (let root = 0; root < n; root++) {
    if (label[root] >= 0) continue;
    label[root] = count;
    queue[0] = root;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const u = queue[head];
      for (let a = offsets[u], end = offsets[u + 1]; a < end; a++) {
        const w = targets[a];
        if (label[w] < 0) {
          label[w] = count;
          queue[tail++] = w;
        }
      }
    }
    if (tail > largest) largest = tail;
    if (opts.sizes) sizes.push(tail);
    count++;
  }
  const result: Components = { count, largest, label };
  if (opts.sizes) result.sizes = sizes.sort((a, b) => b - a);
  return result;
}
