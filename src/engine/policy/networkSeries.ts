// How the community's network changes: mean local clustering on a fixed sample, and member-to-member vs organizer ties.
import { arcIndex } from '../network/graph';
import type { World } from '../stepps/world';
import type { OrganizerState } from './state';

/** Members in the clustering sample, and how often it is measured. */
export const SAMPLE_SIZE = 200;
export const SAMPLE_EVERY = 10;

/**
 * A fixed sample of community members, evenly spaced through the followers (no draws: the same
 * members under every policy of a paired comparison). Falls back to all members when nobody follows.
 */
export function clusteringSample(w: World, s: OrganizerState): Int32Array {
  const pool = s.followers.length ? s.followers : Int32Array.from({ length: w.n }, (_, i) => i);
  const k = Math.min(SAMPLE_SIZE, pool.length);
  const out = new Int32Array(k);
  for (let j = 0; j < k; j++) out[j] = pool[Math.floor((j * pool.length) / k)];
  return out;
}

function tied(w: World, a: number, b: number): boolean {
  return arcIndex(w.graph, a, b) >= 0 || w.ties.find(a, b) >= 0;
}

/**
 * Mean local clustering over the sample, counting static ties and introduced ties but not ties to
 * the organizer (a hub tied to every follower would close a triangle on every pair of followers
 * and hide what members did among themselves). A member with fewer than two ties counts 0, as in
 * the network metrics. O(sample × degree² × log degree): every SAMPLE_EVERY ticks, about 10⁴ lookups.
 */
export function sampledClustering(w: World, sample: Int32Array): number {
  if (!sample.length) return 0;
  const { offsets, targets } = w.graph;
  const t = w.ties;
  // A member's neighbours, refilled for each member of the sample.
  const nb: number[] = [];
  let total = 0;
  for (let k = 0; k < sample.length; k++) {
    const i = sample[k];
    nb.length = 0;
    for (let a = offsets[i]; a < offsets[i + 1]; a++) nb.push(targets[a]);
    for (let sl = t.head[i]; sl >= 0; sl = t.next[sl]) if (t.to[sl] < w.n) nb.push(t.to[sl]);
    const d = nb.length;
    if (d < 2) continue;
    let tri = 0;
    for (let x = 0; x < d; x++) for (let y = x + 1; y < d; y++) if (tied(w, nb[x], nb[y])) tri++;
    total += tri / ((d * (d - 1)) / 2);
  }
  return total / sample.length;
}

/** Ties among community members (static and introduced) and ties to the organizer, and the members' share of them. */
export function tieShares(s: OrganizerState): { memberToMember: number; organizer: number; memberShare: number } {
  const mm = s.staticMemberTies + s.introLive;
  const org = s.org >= 0 ? s.followers.length : 0;
  return { memberToMember: mm, organizer: org, memberShare: mm + org > 0 ? mm / (mm + org) : 0 };
}
