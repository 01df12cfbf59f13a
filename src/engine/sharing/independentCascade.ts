// Independent cascade (Kempe, Kleinberg & Tardos 2003): one chance per tie, on the tick after sharing.
import { adopt, createRecord, NOT_ADOPTED, ROOT } from '../cascade/record';
import { checkProbability } from '../network/generator';
import type { SharingModel } from './model';

/**
 * Semantics. Seeds share at tick 0. A member who shares at tick t−1 shows the item to every
 * neighbour at tick t (each is then exposed) and gets exactly one chance, with probability p, to
 * make each neighbour who has not shared yet share at tick t; a chance is never retried. Several
 * sharers reaching the same member in one tick are tried in adoption order and the first success
 * is the parent. With `useTieStrength`, the chance on a tie is p × its strength. A tie to a member
 * who already shared draws no random number: its outcome could change nothing.
 */
export interface IndependentCascadeSpec {
  model: 'independent-cascade';
  p: number;
  useTieStrength?: boolean;
}

export const independentCascade: SharingModel<IndependentCascadeSpec> = {
  model: 'independent-cascade',
  summary: 'each new sharer gets one chance p to pass the item to each neighbour, on the next tick',
  minBudget: 1,
  check: (spec) => checkProbability('p', spec.p),
  create({ graph, streams, seeds }, spec) {
    const rng = streams.dynamics;
    const record = createRecord(graph.n);
    const { offsets, targets, strength } = graph;
    const { parent, seenAt, seenOrder, adoptedAt, hop, order } = record;
    const p = spec.p;
    const byStrength = spec.useTieStrength === true;
    for (let s = 0; s < seeds.length; s++) adopt(record, seeds[s], ROOT, 0);
    let frontier = 0;
    let edges = 0;
    return {
      records: [record],
      active: () => frontier < record.adopters,
      step(tick) {
        const end = record.adopters;
        let next = end;
        for (let k = frontier; k < end; k++) {
          const u = order[k];
          const hu = hop[u] + 1;
          const a1 = offsets[u + 1];
          edges += a1 - offsets[u];
          for (let a = offsets[u]; a < a1; a++) {
            const v = targets[a];
            if (seenAt[v] < 0) {
              seenAt[v] = tick;
              seenOrder[record.reach++] = v;
            }
            if (parent[v] !== NOT_ADOPTED) continue;
            if (rng() < (byStrength ? p * strength[a] : p)) {
              parent[v] = u;
              adoptedAt[v] = tick;
              hop[v] = hu;
              order[next++] = v;
            }
          }
        }
        record.adopters = next;
        frontier = end;
      },
      summaryValues: () => ({ edgesTraversed: edges }),
    };
  },
};
