// Introductions: the organizer closes triads between members, and introduced ties that carry nothing fade.
import { arcIndex } from '../network/graph';
import type { World } from '../stepps/world';
import { poisson } from '../stepps/wordOfMouth';
import { pick, type OrganizerState } from './state';

/** Overlay kind of an introduced tie (1 is the organizer's follow tie). */
export const INTRODUCED = 2;
/** Tries per introduction before giving up (members whose neighbours' neighbours are all tied to them already). */
const TRIES = 4;

/** Ties waiting to be checked for fading, by the tick they are due: pairs (a, b). */
export interface FadeQueue {
  due: Map<number, number[]>;
}

export function newFadeQueue(): FadeQueue {
  return { due: new Map() };
}

function schedule(q: FadeQueue, tick: number, a: number, b: number): void {
  let list = q.due.get(tick);
  if (!list) q.due.set(tick, (list = []));
  list.push(a, b);
}

/**
 * One introduction: a random follower a, a random neighbour b of a, and among b's neighbours one
 * community member c not yet tied to a, chosen uniformly (reservoir sampling over b's row); a–c
 * becomes an overlay tie of strength introStrength. Only static ties are walked (who shares a
 * neighbour is a fact of the network). Returns false when every try hit a dead end (an a whose
 * neighbours' neighbours are all tied to a already). O(degree · log degree) a try.
 */
export function introduce(w: World, s: OrganizerState, q: FadeQueue, tick: number): boolean {
  const { offsets, targets } = w.graph;
  const isMember = w.members.isMember;
  const f = s.followers;
  if (f.length < 2) return false;
  for (let t = 0; t < TRIES; t++) {
    const a = f[pick(w, f.length)];
    const da = offsets[a + 1] - offsets[a];
    if (da === 0) continue;
    const b = targets[offsets[a] + pick(w, da)];
    let c = -1;
    let seen = 0;
    for (let e = offsets[b]; e < offsets[b + 1]; e++) {
      const x = targets[e];
      if (x === a || !isMember[x] || arcIndex(w.graph, a, x) >= 0 || w.ties.find(a, x) >= 0) continue;
      if (pick(w, ++seen) === 0) c = x;
    }
    if (c < 0) continue;
    w.ties.add(a, c, s.knobs.introStrength, tick, INTRODUCED);
    w.deg[a]++;
    w.deg[c]++;
    s.memberTies[a]++;
    s.memberTies[c]++;
    s.introLive++;
    w.now.tiesAdded++;
    schedule(q, tick + s.knobs.fadeAfter, a, c);
    return true;
  }
  return false;
}

/** Poisson(introductions) introductions this tick. */
export function introduceAll(w: World, s: OrganizerState, q: FadeQueue, tick: number): void {
  const k = poisson(w.rng, s.knobs.introductions);
  for (let j = 0; j < k; j++) if (introduce(w, s, q, tick)) s.now.introductions++;
}

/**
 * Ties due at `tick` are checked: one last used fadeAfter or more ticks ago is removed (counted in
 * tiesFaded); one used since is due again fadeAfter ticks after that use. Each tie is looked at
 * about once per fadeAfter ticks at most, so the cost follows the number of introduced ties, not n.
 */
export function fadeTies(w: World, s: OrganizerState, q: FadeQueue, tick: number): void {
  const list = q.due.get(tick);
  if (!list) return;
  q.due.delete(tick);
  const after = s.knobs.fadeAfter;
  const t = w.ties;
  for (let k = 0; k < list.length; k += 2) {
    const a = list[k];
    const b = list[k + 1];
    const slot = t.find(a, b);
    if (slot < 0) continue;
    const last = t.lastUsed[slot];
    if (tick - last < after) {
      schedule(q, last + after, a, b);
      continue;
    }
    t.remove(a, b);
    w.deg[a]--;
    w.deg[b]--;
    s.memberTies[a]--;
    s.memberTies[b]--;
    s.introLive--;
    w.now.tiesFaded++;
  }
}
