// Watts (2002) threshold cascades: adopt once the fraction of neighbours who adopted reaches φ.
import { adopt, ADOPTED, createRecord, expose, ROOT } from '../cascade/record';
import { checkDistribution, sampleInto, type Distribution } from '../rng/distributions';
import type { SharingModel } from './model';
import { fileTrait } from '../network/formats/memberTraits';
import { READ_AHEAD, touchRows } from '../network/readAhead';

/**
 * Semantics (synchronous, as Watts 2002). Each member draws a threshold φ from `threshold` (the
 * `traits` stream). Seeds adopt at tick 0. At tick t every member who has not adopted and whose
 * fraction of adopted neighbours, counting adoptions up to tick t−1, is at least φ adopts; its
 * parent is the neighbour whose adoption carried the fraction over φ. Members with no neighbours,
 * or with no adopted neighbour, never adopt (φ ≤ 0 does not make anyone adopt unprompted). The
 * step touches only the neighbours of the previous tick's adopters.
 */
export interface ThresholdSpec {
  model: 'threshold';
  threshold: Distribution;
}

export const threshold: SharingModel<ThresholdSpec> = {
  model: 'threshold',
  summary: 'a member adopts when the fraction of its neighbours who adopted reaches its threshold φ (Watts 2002)',
  minBudget: 1,
  params: {
    threshold: {
      type: 'distribution',
      default: 0.18,
      label: 'threshold',
      unit: 'share of neighbours',
      doc: "Each member's threshold φ: the fraction of adopted neighbours at which it adopts, in [0, 1]",
    },
  },
  check: (spec) => checkDistribution('threshold', spec.threshold, 0, 1),
  create({ graph, streams, seeds, workspace, scenario }, spec) {
    const n = graph.n;
    const phi = new Float64Array(n);
    sampleInto(streams.traits, spec.threshold, phi);
    // A network file may give each member's φ (drawn first all the same, so no other draw moves).
    const given = fileTrait(scenario.network, 'threshold');
    if (given) phi.set(given);
    const record = createRecord(n, 1, workspace);
    const { offsets, targets } = graph;
    const { order, mark } = record;
    const count = new Int32Array(n);
    for (let s = 0; s < seeds.length; s++) adopt(record, seeds[s], ROOT, 0);
    let frontier = 0;
    // What the read-ahead read (readAhead.ts): kept in the run's state so that the reads stay.
    // biome-ignore lint/correctness/noUnusedVariables: written so the read-ahead's loads are not dropped
    let touched = 0;
    return {
      records: [record],
      active() {
        return frontier < record.adopters;
      },
      // Adopters of this tick are appended to `order` after `end`: the tick walks only the previous tick's.
      step(tick) {
        const end = record.adopters;
        let ahead = frontier;
        for (let k = frontier; k < end; k++) {
          if (k === ahead) touched ^= touchRows(order, offsets, targets, k + 1, (ahead = Math.min(end, k + READ_AHEAD)));
          const u = order[k];
          for (let a = offsets[u], a1 = offsets[u + 1]; a < a1; a++) {
            const v = targets[a];
            if (mark[v] === 0) expose(record, v, tick);
            if (mark[v] & ADOPTED) continue;
            const c = ++count[v];
            // Adopted, a member is skipped above, so each adopts once and its count stops. The fraction
            // is compared as a fraction (not c ≥ φ·k) so that 7 of 50 reaches φ = 0.14 exactly.
            if (c / (offsets[v + 1] - offsets[v]) >= phi[v]) adopt(record, v, u, tick);
          }
        }
        frontier = end;
      },
    };
  },
};
