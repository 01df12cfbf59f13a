// Homophily without influence: each close circle shares a taste that scales its members' own chance to adopt.
import type { Graph } from '../network/graph';
import { createStream } from '../rng/rng';
import { standardNormal } from '../rng/distributions';

/**
 * One factor per member, shared by its circle (graph.community): exp(σ·z − σ²/2) with z ~ N(0, 1)
 * drawn per circle in id order, so the factors average 1 over circles and a model's background
 * rate is unchanged in expectation. Similar people are tied to each other (a circle), so their
 * adoptions correlate with closeness in the network though nobody influences anybody: the
 * confound Christakis and Fowler name beside influence. Drawn from its own stream, `taste`, so
 * that turning it on moves no network, seed or dynamics draw. Null when σ is 0 (everyone alike).
 */
export function circleTaste(seed: number, g: Graph, sigma: number): Float64Array | null {
  if (!(sigma > 0)) return null;
  const rng = createStream(seed, 'taste');
  const byCircle = new Float64Array(g.communities);
  for (let c = 0; c < g.communities; c++) byCircle[c] = Math.exp(sigma * standardNormal(rng) - (sigma * sigma) / 2);
  const out = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) out[i] = byCircle[g.community[i]];
  return out;
}
