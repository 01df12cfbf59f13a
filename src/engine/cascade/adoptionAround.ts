// Adoption around an adopter, by distance: the "three degrees of influence" curve measured as Christakis and Fowler did.
import type { Graph } from '../network/graph';
import { NOT_ADOPTED, type CascadeRecord } from './record';

export interface AdoptionAround {
  /** Fraction adopted among members at distance d from an adopter (index d ≥ 1; index 0 is 1, the ego), pooled over egos. */
  adopted: number[];
  /** Members at each distance, summed over egos. */
  members: number[];
  /** Fraction of all members who adopted: what chance alone gives at any distance. */
  background: number;
  /** adopted[d] / background: 1 means no more than chance. */
  lift: number[];
  egos: number;
}

export interface AdoptionAroundOptions {
  /** Adopters used as egos, spread evenly over the adoption order (all when fewer); default 200. */
  egos?: number;
  /** Farthest distance measured; default 6. */
  maxDistance?: number;
}

/**
 * Unlike influenceByDistance (distance from the seeds), this asks how much more likely an
 * adopter's friends, friends of friends, and so on, are to have adopted than anyone at all: a
 * correlation that influence produces, and that homophily or a shared setting can produce with no
 * influence at all. Egos are chosen without randomness, so measuring draws from no stream. One BFS
 * cut off at maxDistance per ego.
 */
export function adoptionAround(g: Graph, r: CascadeRecord, opts: AdoptionAroundOptions = {}): AdoptionAround {
  const maxD = opts.maxDistance ?? 6;
  const egos = Math.min(r.adopters, opts.egos ?? 200);
  const members = new Array<number>(maxD + 1).fill(0);
  const adopters = new Array<number>(maxD + 1).fill(0);
  const dist = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  const { offsets, targets } = g;
  for (let e = 0; e < egos; e++) {
    const ego = r.order[Math.floor((e * r.adopters) / egos)];
    if (ego >= g.n) continue; // an organizer node has no row in the graph
    dist[ego] = 0;
    queue[0] = ego;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const u = queue[head];
      const du = dist[u] + 1;
      if (du > maxD) continue;
      for (let a = offsets[u], end = offsets[u + 1]; a < end; a++) {
        const v = targets[a];
        if (dist[v] >= 0) continue;
        dist[v] = du;
        queue[tail++] = v;
        members[du]++;
        if (r.parent[v] !== NOT_ADOPTED) adopters[du]++;
      }
    }
    for (let k = 0; k < tail; k++) dist[queue[k]] = -1;
  }
  let all = 0;
  for (let i = 0; i < g.n; i++) if (r.parent[i] !== NOT_ADOPTED) all++;
  const background = g.n > 0 ? all / g.n : 0;
  const adopted = members.map((m, d) => (d === 0 ? 1 : m > 0 ? adopters[d] / m : 0));
  return { adopted, members, background, lift: adopted.map((a) => (background > 0 ? a / background : 0)), egos };
}
