// Neighbourhood overlap of each tie (Onnela et al. 2007): weak ties tend to bridge, strong ties to bond.
import { arcIndex, type Graph } from '../graph';

/**
 * O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij), n_ij the contacts i and j share; 0 when the
 * denominator is 0 (a tie whose ends have no other contacts). One value per arc, parallel to
 * `targets`: computed once per tie (i < j) by merging the two sorted rows, then copied to the
 * reverse arc found by binary search.
 */
export function tieOverlap(g: Graph): Float32Array {
  const { n, offsets, targets } = g;
  const out = new Float32Array(targets.length);
  for (let i = 0; i < n; i++) {
    const startI = offsets[i];
    const endI = offsets[i + 1];
    for (let a = startI; a < endI; a++) {
      const j = targets[a];
      if (j < i) continue;
      let p = startI;
      let q = offsets[j];
      const endJ = offsets[j + 1];
      let shared = 0;
      while (p < endI && q < endJ) {
        const x = targets[p];
        const y = targets[q];
        if (x < y) p++;
        else if (x > y) q++;
        else {
          shared++;
          p++;
          q++;
        }
      }
      const denominator = endI - startI - 1 + (endJ - offsets[j] - 1) - shared;
      const o = denominator > 0 ? shared / denominator : 0;
      out[a] = o;
      out[arcIndex(g, j, i)] = o;
    }
  }
  return out;
}

export interface OverlapByStrength {
  /** Mean overlap of ties with strength < 0.5; NaN when there are none. */
  weak: number;
  /** Mean overlap of ties with strength ≥ 0.5; NaN when there are none. */
  strong: number;
  weakTies: number;
  strongTies: number;
}

/** Granovetter's hypothesis as a number: weak ties should overlap less than strong ones. */
export function overlapByStrength(g: Graph, overlap: Float32Array = tieOverlap(g)): OverlapByStrength {
  let weakSum = 0;
  let strongSum = 0;
  let weakArcs = 0;
  let strongArcs = 0;
  const { strength } = g;
  // Both arcs of a tie carry the same strength and overlap, so means over arcs equal means over ties.
  for (let a = 0; a < overlap.length; a++) {
    if (strength[a] < 0.5) {
      weakSum += overlap[a];
      weakArcs++;
    } else {
      strongSum += overlap[a];
      strongArcs++;
    }
  }
  return {
    weak: weakArcs > 0 ? weakSum / weakArcs : NaN,
    strong: strongArcs > 0 ? strongSum / strongArcs : NaN,
    weakTies: weakArcs / 2,
    strongTies: strongArcs / 2,
  };
}
