// Clustering: how often two of a member's contacts know each other, per member and overall.
import type { Graph } from '../graph';

/**
 * Triangles through each member. Each triangle i < j < w is found once, from its tie (i, j), by
 * merging the parts of rows i and j above j (rows are sorted, so those parts are suffixes), and
 * credited to all three corners. `above[v]` is where v's row passes v. O(Σ over ties of the two
 * suffix lengths), allocation-free inside the loops.
 */
export function trianglesPerMember(g: Graph): Float64Array {
  const { n, offsets, targets } = g;
  const above = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let lo = offsets[v];
    let hi = offsets[v + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (targets[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    above[v] = lo;
  }
  const tri = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const endI = offsets[i + 1];
    for (let a = above[i]; a < endI; a++) {
      const j = targets[a];
      let p = a + 1;
      let q = above[j];
      const endJ = offsets[j + 1];
      while (p < endI && q < endJ) {
        const x = targets[p];
        const y = targets[q];
        if (x < y) p++;
        else if (x > y) q++;
        else {
          tri[i]++;
          tri[j]++;
          tri[x]++;
          p++;
          q++;
        }
      }
    }
  }
  return tri;
}

export interface Clustering {
  /** Watts & Strogatz 1998: the mean over all members of C_i = t_i / (k_i(k_i-1)/2), 0 when k_i < 2. */
  meanLocal: number;
  /** 3 × triangles / connected triples (Newman's global clustering); 0 without triples. */
  transitivity: number;
}

/** Both measures from one triangle count. */
export function clustering(g: Graph): Clustering {
  const { n, offsets } = g;
  const tri = trianglesPerMember(g);
  let local = 0;
  let triangles3 = 0;
  let triples = 0;
  for (let i = 0; i < n; i++) {
    const k = offsets[i + 1] - offsets[i];
    if (k < 2) continue;
    const pairs = (k * (k - 1)) / 2;
    local += tri[i] / pairs;
    triangles3 += tri[i];
    triples += pairs;
  }
  return { meanLocal: n > 0 ? local / n : 0, transitivity: triples > 0 ? triangles3 / triples : 0 };
}

export function meanLocalClustering(g: Graph): number {
  return clustering(g).meanLocal;
}

export function transitivity(g: Graph): number {
  return clustering(g).transitivity;
}
