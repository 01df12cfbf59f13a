// Independent cascade (Kempe, Kleinberg & Tardos 2003): one chance per tie, on the tick after sharing.
import { adopt, ADOPTED, createRecord, exposeAll, ROOT } from '../cascade/record';
import { SHARE_CHANCE } from './shareChance';
import type { SharingModel } from './model';
import { gapTable, geometricGapWithin, type GapTable } from './geometricGaps';
import { READ_AHEAD, touchRows } from '../network/readAhead';

/**
 * Semantics. Seeds share at tick 0. A member who shares at tick t−1 shows the item to every
 * neighbour at tick t (each is then exposed) and gets exactly one chance, with probability p, to
 * make each neighbour who has not shared yet share at tick t; a chance is never retried. Several
 * sharers reaching the same member in one tick are tried in adoption order and the first success
 * is the parent. With `useTieStrength`, the chance on a tie is p × its strength, drawn tie by tie.
 * With `weighted` (the weighted cascade of Kempe, Kleinberg & Tardos, the setting most
 * influence-maximisation papers report), the chance on a tie into v is 1 / v's degree, drawn tie by
 * tie, and p is not used.
 * With one p for all ties, the chances of a sharer's row are drawn by geometric skipping (the gap
 * to the next success is ⌊ln U / ln(1 − p)⌋, U uniform in (0, 1]): the same independent chances,
 * one draw per success instead of one per tie. Gaps under 32 are read off a table of the draw,
 * exactly as the logarithm would give them (geometricGaps.ts). A p below 2⁻⁵³, for which 1 − p
 * rounds to 1, passes nothing on.
 */
export interface IndependentCascadeSpec {
  model: 'independent-cascade';
  p: number;
  useTieStrength?: boolean;
  /** The weighted cascade: a tie's chance is 1 / the receiver's degree (p unused). */
  weighted?: boolean;
}

export const independentCascade: SharingModel<IndependentCascadeSpec> = {
  model: 'independent-cascade',
  summary: 'each new sharer gets one chance p to pass the item to each neighbour, on the next tick',
  minBudget: 1,
  params: {
    p: SHARE_CHANCE,
    useTieStrength: { type: 'boolean', label: 'scale by tie strength', doc: "Each tie's chance is p × its strength" },
    weighted: { type: 'boolean', label: 'weighted cascade', doc: "The weighted cascade: a tie's chance is 1 / the receiver's degree (p unused)" },
  },
  check: (spec) => [
    ...(spec.weighted === true && spec.useTieStrength === true
      ? [{ path: 'weighted', message: 'the weighted cascade sets each chance to 1 / degree: it cannot also use tie strength (set one of weighted, useTieStrength)' }]
      : []),
  ],
  create({ graph, streams, seeds, workspace }, spec) {
    const rng = streams.dynamics;
    const record = createRecord(graph.n, 1, workspace);
    const { offsets, targets, strength } = graph;
    const { order, mark } = record;
    const p = spec.p;
    // Below 2⁻⁵³, 1 − p rounds to 1 and the gap would be infinite: such a chance is taken as none.
    const never = p <= 0 || 1 - p === 1;
    const byStrength = spec.useTieStrength === true;
    const byDegree = spec.weighted === true;
    // Gaps by table lookup, the same integers as the logarithm (geometricGaps.ts).
    const gaps: GapTable | null = !never && p < 1 && !byStrength && !byDegree ? gapTable(p, workspace) : null;
    for (let s = 0; s < seeds.length; s++) adopt(record, seeds[s], ROOT, 0);
    let frontier = 0;
    let edges = 0;
    // What the read-ahead read (readAhead.ts): kept in the run's state so that the reads stay.
    // biome-ignore lint/correctness/noUnusedVariables: written so the read-ahead's loads are not dropped
    let touched = 0;
    return {
      records: [record],
      active() {
        return frontier < record.adopters;
      },
      // Every sharer of tick t was reached from one of tick t − 1, and the seeds share at 0: a
      // member who shares at tick t is t hops from its root. New sharers are appended to `order`
      // after `end`, so this tick walks only the previous tick's.
      step(tick) {
        const end = record.adopters;
        let walked = 0;
        let ahead = frontier;
        for (let k = frontier; k < end; k++) {
          if (k === ahead) touched ^= touchRows(order, offsets, targets, k + 1, (ahead = Math.min(end, k + READ_AHEAD)));
          const u = order[k];
          const a0 = offsets[u];
          const a1 = offsets[u + 1];
          walked += a1 - a0;
          exposeAll(record, targets, a0, a1, tick);
          if (byDegree) {
            for (let a = a0; a < a1; a++) {
              const v = targets[a];
              if ((mark[v] & ADOPTED) === 0 && rng() * (offsets[v + 1] - offsets[v]) < 1) adopt(record, v, u, tick, tick);
            }
            continue;
          }
          if (byStrength) {
            for (let a = a0; a < a1; a++) {
              const v = targets[a];
              if ((mark[v] & ADOPTED) === 0 && rng() < p * strength[a]) adopt(record, v, u, tick, tick);
            }
            continue;
          }
          if (never) continue;
          // Geometric skipping: the gap to the next successful chance is floor(ln U / ln(1 − p)),
          // needed exactly only when it falls inside the row.
          for (let a = a0 + (p >= 1 ? 0 : geometricGapWithin(rng(), gaps!, a1 - a0)); a < a1; a += p >= 1 ? 1 : 1 + geometricGapWithin(rng(), gaps!, a1 - a - 1)) {
            const v = targets[a];
            if ((mark[v] & ADOPTED) === 0) adopt(record, v, u, tick, tick);
          }
        }
        frontier = end;
        edges += walked;
      },
      summaryValues() {
        return { edgesTraversed: edges };
      },
    };
  },
};
