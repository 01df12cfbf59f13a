// Taking ties out of a built network: the weak bridges between circles, or as many strong ties inside them.
import { sampleDistinct, type Rng } from '../rng/rng';
import { buildGraph, type Graph } from './graph';
import type { Workspace } from '../workspace';

/** Weak ties bridge two circles (their ends' communities differ); strong ties bond members of one circle. */
export type TieKind = 'weak' | 'strong';

export interface RemoveTiesSpec {
  which: TieKind;
  /**
   * How many ties of that kind to remove, drawn uniformly without replacement. Default: every weak
   * tie (`weak`), or as many strong ties as the network has weak ones (`strong`), the fair
   * comparison of the strength-of-weak-ties argument. A count above what there is removes them all.
   */
  count?: number;
}

const isWeak = (g: Graph, i: number, j: number) => g.community[i] !== g.community[j];

/** Number of ties of a kind (each undirected tie once). */
export function tiesOfKind(g: Graph, which: TieKind): number {
  let count = 0;
  for (let i = 0; i < g.n; i++) {
    for (let a = g.offsets[i], end = g.offsets[i + 1]; a < end; a++) {
      const j = g.targets[a];
      if (j > i && isWeak(g, i, j) === (which === 'weak')) count++;
    }
  }
  return count;
}

/** How many ties `spec` removes from `g`. */
export function removalCount(g: Graph, spec: RemoveTiesSpec): number {
  const available = tiesOfKind(g, spec.which);
  const wanted = spec.count ?? (spec.which === 'weak' ? available : tiesOfKind(g, 'weak'));
  return Math.min(available, Math.max(0, wanted));
}

/**
 * A new graph without the removed ties (the one given is shared read-only and left as it was);
 * strengths and circles carry over. Draws only when it removes some but not all ties of the kind,
 * with a partial Fisher–Yates over the kind's ties in id order.
 */
export function removeTies(rng: Rng, g: Graph, spec: RemoveTiesSpec, ws?: Workspace): Graph {
  const weak = spec.which === 'weak';
  const available = tiesOfKind(g, spec.which);
  const remove = removalCount(g, spec);
  if (remove === 0) return g;
  const drop = new Uint8Array(available);
  if (remove === available) drop.fill(1);
  else for (const k of sampleDistinct(rng, available, remove)) drop[k] = 1;
  const m = g.m - remove;
  const eu = new Int32Array(m);
  const ev = new Int32Array(m);
  const strength = new Float32Array(m);
  let e = 0;
  let k = 0;
  for (let i = 0; i < g.n; i++) {
    for (let a = g.offsets[i], end = g.offsets[i + 1]; a < end; a++) {
      const j = g.targets[a];
      if (j <= i) continue;
      if (isWeak(g, i, j) === weak && drop[k++] === 1) continue;
      eu[e] = i;
      ev[e] = j;
      strength[e] = g.strength[a];
      e++;
    }
  }
  return buildGraph(g.n, eu, ev, m, { strength, community: g.community, communities: g.communities }, ws);
}
