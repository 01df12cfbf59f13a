// Delivering shares: each sharer's neighbours notice, read within their attention, and decide.
import { NOT_ADOPTED } from '../cascade/record';
import type { World } from './world';
import { isOnline, takeRead } from './world';
import { decide } from './decide';
import { share } from './share';
import { expose } from './exposure';
import { handOver } from './participants';
import { CURRENCY_COUNT, PRACTICAL_VALUE, REPUTATION } from './drivers';

/**
 * Every member who shared before this tick and has not shown the item yet (and every re-sender of
 * this tick) shows it to each neighbour. A visible share first adds to the neighbours' social
 * proof, for all senders, so that decisions within a tick see the same proof (synchronous, as in
 * Watts 2002). A neighbour notices with probability strength × (1 + reputationAttention ·
 * reputation of the sender) × (1 + weakTieBoost·practical value, across a weak tie), capped at 1
 * (no draw when certain).
 * Arrivals are then read newest first, each member reading at most `attention` per tick if online;
 * each read is one exposure and one decision. The arrival buffers are the world's (arrivals.ts).
 */
export function deliverShares(w: World, tick: number): void {
  const arrivals = w.arrivals;
  arrivals.count = 0;
  const { offsets, targets } = w.graph;
  const { head, next, to, strength: oStrength } = w.ties;
  const rep = w.members.currency;
  const spec = w.spec;
  for (const item of w.items) {
    const r = item.record;
    // Shares made earlier this tick (launches, events, the organizer's lead) go out next tick, so a
    // parent always shared before its child; `resend` is the one same-tick delivery.
    let end = r.adopters;
    while (end > item.frontier && r.adoptedAt[r.order[end - 1]] === tick) end--;
    const senders = end - item.frontier + item.resend.length;
    if (senders === 0) continue;
    const boost = 1 + spec.weakTieBoost * item.s[PRACTICAL_VALUE];
    for (let k = 0; k < senders; k++) {
      const u = k < end - item.frontier ? r.order[item.frontier + k] : item.resend[k - (end - item.frontier)];
      const attn = 1 + spec.reputationAttention * Math.max(0, rep[u * CURRENCY_COUNT + REPUTATION]);
      const visible = item.visible[u] === 1;
      if (u < w.n) {
        for (let a = offsets[u], a1 = offsets[u + 1]; a < a1; a++) {
          const v = targets[a];
          if (r.parent[v] !== NOT_ADOPTED) continue;
          if (visible) item.proof[v]++;
          const s = w.strength[a];
          arrivals.push(v, u, item.index, s * attn * (s < spec.weakTie ? boost : 1));
        }
      }
      for (let sl = head[u]; sl >= 0; sl = next[sl]) {
        const v = to[sl];
        if (r.parent[v] !== NOT_ADOPTED) continue;
        if (visible) item.proof[v]++;
        const s = oStrength[sl];
        arrivals.push(v, u, item.index, s * attn * (s < spec.weakTie ? boost : 1));
      }
    }
    item.frontier = end;
    item.resend.length = 0;
  }
  const rng = w.rng;
  const { to: arrTo, from: arrFrom, item: arrItem, notice: arrNotice } = arrivals;
  for (let k = arrivals.count - 1; k >= 0; k--) {
    const v = arrTo[k];
    const item = w.items[arrItem[k]];
    if (item.record.parent[v] !== NOT_ADOPTED || v === w.organizer) continue;
    const notice = arrNotice[k];
    if (notice < 1 && rng() >= notice) continue;
    if (!isOnline(w, v) || !takeRead(w, v)) continue;
    const u = arrFrom[k];
    expose(w, item, v, u, tick);
    w.now.decisions++;
    const d = decide(w, item, v, tick);
    const yes = d.certain || rng() < d.p;
    if (!handOver(w, item, v, u, tick, d, yes) && yes) share(w, item, v, u, tick, d.tip);
  }
}
