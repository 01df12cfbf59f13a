// SIR-style forgetting: sharers keep passing the item on each tick until they forget it.
import { adopt, ADOPTED, createRecord, expose, ROOT } from '../cascade/record';
import { SHARE_CHANCE } from './shareChance';
import { PROBABILITY } from '../params';
import type { SharingModel } from './model';
import { READ_AHEAD, touchRows } from '../network/readAhead';

/**
 * Semantics (discrete-time SIR on the network). Seeds become sharers at tick 0. At tick t every
 * member still sharing after tick t−1 shows the item to each neighbour (exposing them) and passes
 * it on with probability p to each neighbour who never shared; then, independently, forgets it
 * (stops sharing for good) with probability `recovery`. New sharers of tick t start passing it on
 * at t+1. With recovery = 1 this is the independent cascade. Only current sharers are visited.
 */
export interface SirSpec {
  model: 'sir';
  p: number;
  recovery: number;
}

export const sir: SharingModel<SirSpec> = {
  model: 'sir',
  summary: 'sharers pass the item to each neighbour with probability p every tick, and forget it with probability recovery',
  minBudget: 1,
  params: {
    p: SHARE_CHANCE,
    recovery: { ...PROBABILITY, default: 0.5, label: 'recovery', unit: 'probability per tick', doc: 'Chance per tick that a sharer forgets the item and stops passing it on' },
  },
  create({ graph, streams, seeds, workspace }, spec) {
    const rng = streams.dynamics;
    const { n, offsets, targets } = graph;
    const record = createRecord(n, 1, workspace);
    const { order, mark } = record;
    const { p, recovery } = spec;
    let sharing = new Int32Array(n);
    let nextSharing = new Int32Array(n);
    let count = 0;
    for (let s = 0; s < seeds.length; s++) {
      adopt(record, seeds[s], ROOT, 0);
      sharing[count++] = seeds[s];
    }
    let forgotten = 0;
    // What the read-ahead read (readAhead.ts): kept in the run's state so that the reads stay.
    // biome-ignore lint/correctness/noUnusedVariables: written so the read-ahead's loads are not dropped
    let touched = 0;
    return {
      records: [record],
      active() {
        return count > 0;
      },
      step(tick) {
        const start = record.adopters;
        let ahead = 0;
        for (let k = 0; k < count; k++) {
          if (k === ahead) touched ^= touchRows(sharing, offsets, targets, k + 1, (ahead = Math.min(count, k + READ_AHEAD)));
          const u = sharing[k];
          for (let a = offsets[u], a1 = offsets[u + 1]; a < a1; a++) {
            const v = targets[a];
            if (mark[v] === 0) expose(record, v, tick);
            if ((mark[v] & ADOPTED) === 0 && rng() < p) adopt(record, v, u, tick);
          }
        }
        let kept = 0;
        for (let k = 0; k < count; k++) {
          if (rng() < recovery) forgotten++;
          else nextSharing[kept++] = sharing[k];
        }
        for (let k = start; k < record.adopters; k++) nextSharing[kept++] = order[k];
        const t = sharing;
        sharing = nextSharing;
        nextSharing = t;
        count = kept;
      },
      tickValues: () => ({ sharing: count, forgotten }),
    };
  },
};
