// Independent cascade (Kempe, Kleinberg & Tardos 2003): one chance per tie, on the tick after sharing.
import { adopt, createRecord, NOT_ADOPTED, ROOT } from '../cascade/record';
import { checkProbability } from '../network/generator';
import type { SharingModel } from './model';

/**
 * Semantics. Seeds share at tick 0. A member who shares at tick t−1 shows the item to every
 * neighbour at tick t (each is then exposed) and gets exactly one chance, with probability p, to
 * make each neighbour who has not shared yet share at tick t; a chance is never retried. Several
 * sharers reaching the same member in one tick are tried in adoption order and the first success
 * is the parent. With `useTieStrength`, the chance on a tie is p × its strength, drawn tie by tie.
 * With one p for all ties, the chances of a sharer's row are drawn by geometric skipping (the gap
 * to the next success is ⌊ln U / ln(1 − p)⌋, U uniform in (0, 1]): the same independent chances,
 * one draw per success instead of one per tie.
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
    const logFail = Math.log(1 - p);
    for (let s = 0; s < seeds.length; s++) adopt(record, seeds[s], ROOT, 0);
    let frontier = 0;
    let edges = 0;
    return {
      records: [record],
      active: () => frontier < record.adopters,
      step(tick) {
        const end = record.adopters;
        let next = end;
        let reach = record.reach;
        for (let k = frontier; k < end; k++) {
          const u = order[k];
          const hu = hop[u] + 1;
          const a0 = offsets[u];
          const a1 = offsets[u + 1];
          edges += a1 - a0;
          for (let a = a0; a < a1; a++) {
            const v = targets[a];
            if (seenAt[v] < 0) {
              seenAt[v] = tick;
              seenOrder[reach++] = v;
            }
          }
          if (byStrength) {
            for (let a = a0; a < a1; a++) {
              const v = targets[a];
              if (parent[v] === NOT_ADOPTED && rng() < p * strength[a]) {
                parent[v] = u;
                adoptedAt[v] = tick;
                hop[v] = hu;
                order[next++] = v;
              }
            }
            continue;
          }
          if (p <= 0) continue;
          // Geometric skipping: the gap to the next successful chance is floor(ln U / ln(1 − p)).
          for (let a = a0 + (p >= 1 ? 0 : Math.floor(Math.log(1 - rng()) / logFail)); a < a1; a += p >= 1 ? 1 : 1 + Math.floor(Math.log(1 - rng()) / logFail)) {
            const v = targets[a];
            if (parent[v] !== NOT_ADOPTED) continue;
            parent[v] = u;
            adoptedAt[v] = tick;
            hop[v] = hu;
            order[next++] = v;
          }
        }
        record.adopters = next;
        record.reach = reach;
        frontier = end;
      },
      summaryValues: () => ({ edgesTraversed: edges }),
    };
  },
};
