// Complaints: service failures start them; organizer answers and members' help recover trust.
import { NOT_ADOPTED, ROOT } from '../cascade/record';
import type { World, ItemState } from './world';
import { adjustTrust } from './exposure';
import { share } from './share';
import { TIP_SEED } from './drivers';

/** Poisson(λ) by inversion; λ is small (failures per tick). */
export function poisson(rng: () => number, lambda: number): number {
  if (lambda <= 0) return 0;
  const l = Math.exp(-lambda);
  let k = 0;
  let p = rng();
  while (p > l) {
    k++;
    p *= rng();
  }
  return k;
}

/** A member the organizer failed: trust drops, and they start (or restart) the complaint. */
export function failMember(w: World, complaint: ItemState, i: number, tick: number): void {
  w.now.failures++;
  adjustTrust(w, i, -w.spec.trustEffects.failure);
  const r = complaint.record;
  if (r.parent[i] !== NOT_ADOPTED) return;
  // Sharing records the first sight too (adopt), so the failed member is exposed and counted once.
  share(w, complaint, i, ROOT, tick, TIP_SEED);
}

export interface WordOfMouthState {
  complaint: ItemState | undefined;
  failureRate: number;
  /** Chance per tick that the organizer answers a member who shared a complaint. */
  response: number;
  /** Chance per tick that a fellow member helps someone who shared a complaint. */
  help: number;
  answered: Uint8Array;
  answeredCount: number;
  helpedCount: number;
}

/**
 * Each tick: Poisson(failureRate) failures among members; then each complaint sharer not yet
 * answered is answered with probability `response` (their trust recovers by trustEffects.response,
 * and neighbours who saw the complaint see the answer and recover half as much), and each one not
 * yet helped is helped by a fellow member with probability `help` (trust + trustEffects.help).
 */
export function wordOfMouth(w: World, s: WordOfMouthState, tick: number): void {
  const c = s.complaint;
  if (!c) return;
  const rng = w.rng;
  const failures = poisson(rng, s.failureRate);
  for (let f = 0; f < failures; f++) failMember(w, c, Math.floor(rng() * w.n), tick);
  if (s.response <= 0 && s.help <= 0) return;
  const r = c.record;
  const t = w.spec.trustEffects;
  const { offsets, targets } = w.graph;
  for (let k = 0; k < r.adopters; k++) {
    const i = r.order[k];
    if (i >= w.n) continue;
    const flags = s.answered[i];
    if (s.response > 0 && (flags & 1) === 0 && rng() < s.response) {
      s.answered[i] |= 1;
      s.answeredCount++;
      adjustTrust(w, i, t.response);
      for (let a = offsets[i]; a < offsets[i + 1]; a++) {
        const v = targets[a];
        if (r.seenAt[v] >= 0) adjustTrust(w, v, t.response / 2);
      }
    }
    if (s.help > 0 && (flags & 2) === 0 && rng() < s.help) {
      s.answered[i] |= 2;
      s.helpedCount++;
      adjustTrust(w, i, t.help);
    }
  }
}
