// Cascade trees of a record: sizes, depth and structural virality, all in linear time.
import { ROOT, type CascadeRecord } from './record';
import { Workspace } from '../workspace';

export interface TreeStats {
  /** Number of cascade trees (roots: seeds and spontaneous adopters). */
  cascades: number;
  /** Size of each tree, in root order. */
  sizes: Int32Array;
  largestCascade: number;
  maxDepth: number;
  /** Structural virality of the largest tree (0 for a single member). */
  structuralVirality: number;
  /** Mean structural virality over trees of two or more members (0 if none). */
  meanStructuralVirality: number;
}

/**
 * Structural virality (Goel et al. 2016) is the mean distance between pairs of members of a tree:
 * W / C(N, 2), where the Wiener index W of a tree is Σ over its edges of s·(N − s), s being the
 * size of the subtree below the edge. Parents adopt before their children, so one backward pass
 * over the adoption order accumulates subtree sizes and one forward pass finds roots: O(N), with no
 * per-member array allocated or cleared when the workspace kept the last call's. Every entry of
 * those temporaries read was written earlier in the same call (adopters only, parents before
 * children), so they need no clearing: a call costs O(adopters).
 */
export function treeStats(r: CascadeRecord, ws: Workspace = new Workspace()): TreeStats {
  const N = r.adopters;
  const { order, parent, hop } = r;
  const { subtreeSize, rootOf, treeOfRoot } = ws;
  const size = subtreeSize.take(r.n);
  const root = rootOf.take(r.n);
  const rootIndex = treeOfRoot.take(r.n);
  let cascades = 0;
  let maxDepth = 0;
  for (let k = 0; k < N; k++) {
    const i = order[k];
    size[i] = 1;
    if (parent[i] === ROOT) {
      root[i] = i;
      rootIndex[i] = cascades++;
    } else root[i] = root[parent[i]];
    if (hop[i] > maxDepth) maxDepth = hop[i];
  }
  for (let k = N - 1; k >= 0; k--) {
    const i = order[k];
    if (parent[i] !== ROOT) size[parent[i]] += size[i];
  }
  const sizes = new Int32Array(cascades);
  const wiener = new Float64Array(cascades);
  for (let k = 0; k < N; k++) {
    const i = order[k];
    const t = rootIndex[root[i]];
    if (parent[i] === ROOT) sizes[t] = size[i];
  }
  for (let k = 0; k < N; k++) {
    const i = order[k];
    if (parent[i] === ROOT) continue;
    const t = rootIndex[root[i]];
    wiener[t] += size[i] * (sizes[t] - size[i]);
  }
  subtreeSize.giveBack(size);
  rootOf.giveBack(root);
  treeOfRoot.giveBack(rootIndex);
  let largest = 0;
  let largestAt = -1;
  let svSum = 0;
  let svCount = 0;
  for (let t = 0; t < cascades; t++) {
    if (sizes[t] > largest) {
      largest = sizes[t];
      largestAt = t;
    }
    if (sizes[t] >= 2) {
      svSum += sv(wiener[t], sizes[t]);
      svCount++;
    }
  }
  return {
    cascades,
    sizes,
    largestCascade: largest,
    maxDepth,
    structuralVirality: largestAt >= 0 ? sv(wiener[largestAt], largest) : 0,
    meanStructuralVirality: svCount ? svSum / svCount : 0,
  };
}

function sv(w: number, n: number): number {
  return n < 2 ? 0 : (2 * w) / (n * (n - 1));
}
