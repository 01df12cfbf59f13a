// Seeing an item: reach, the brand's reach, and what praise, complaints and bait do to trust.
import type { World, ItemState } from './world';
import { expose as exposeRecord } from '../cascade/record';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Member i reads `item` from `from` at `tick`; only the first sight changes reach and trust. */
export function expose(w: World, item: ItemState, i: number, from: number, tick: number): void {
  const r = item.record;
  if (!exposeRecord(r, i, tick)) return;
  item.exposedBy[i] = from;
  const branded = from >= 0 ? item.brand[from] === 1 : item.spec.branded;
  if (branded) item.brandedReach++;
  if (i >= w.n) return;
  const t = w.spec.trustEffects;
  const trust = w.members.trust;
  if (r.valence < 0) trust[i] = clamp01(trust[i] - t.complaint);
  else if (branded) trust[i] = clamp01(trust[i] + (item.spec.bait ? -t.bait : t.praise));
}

export function adjustTrust(w: World, i: number, delta: number): void {
  w.members.trust[i] = clamp01(w.members.trust[i] + delta);
}
