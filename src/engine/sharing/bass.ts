// Bass (1969) diffusion in discrete time: innovation p from outside, imitation q from adopters.
import { adopt, ADOPTED, createRecord, expose, NOT_ADOPTED, ROOT } from '../cascade/record';
import { PROBABILITY } from '../params';
import type { SharingModel } from './model';
import { circleTaste } from './circleTaste';

/**
 * Semantics. Seeds (possibly none) adopt at tick 0. At tick t each member who has not adopted
 * adopts with probability min(1, p + q·f), where f is the fraction of adopters after tick t−1:
 * among the member's neighbours (`mixing: "network"`; 0 for an isolated member) or among all
 * members (`mixing: "mean-field"`, complete mixing). This is the discrete Bass hazard
 * F(t) − F(t−1) = (p + q·F(t−1))(1 − F(t−1)) in the mean-field case. Innovators start cascades of
 * their own (no parent); an imitator's parent is a uniformly drawn earlier adopter among its
 * neighbours (network) or among everyone (mean-field). Innovation can strike anyone, so a tick
 * costs one draw per member who has not adopted; imitation parents cost a scan of the row.
 */
export interface BassSpec {
  model: 'bass';
  innovation: number;
  imitation: number;
  mixing?: 'network' | 'mean-field';
  /**
   * Homophily: σ of a taste each circle shares; member i's innovation is p × its circle's factor
   * (circleTaste.ts, capped at 1). 0 or absent: everyone alike, the classic model, draw for draw.
   */
  circleTaste?: number;
}

export const bass: SharingModel<BassSpec> = {
  model: 'bass',
  summary: 'each non-adopter adopts with probability p + q × (fraction of adopters among neighbours, or everyone)',
  minBudget: 0,
  params: {
    innovation: { ...PROBABILITY, default: 0.01, label: 'innovation (p)', unit: 'probability per tick', doc: 'Chance per tick that a non-adopter adopts on its own (p)' },
    imitation: {
      ...PROBABILITY,
      default: 0.3,
      label: 'imitation (q)',
      unit: 'probability per tick',
      doc: 'Chance per tick, times the fraction adopted, of adopting by imitation (q)',
    },
    mixing: {
      type: 'choice',
      options: ['network', 'mean-field'],
      default: 'network',
      label: 'mixing',
      doc: 'Fraction adopted among neighbours (network) or among everyone (mean-field)',
    },
    circleTaste: {
      type: 'number',
      min: 0,
      label: 'circle taste spread',
      unit: 'σ of log innovation',
      doc: "Homophily without influence: σ of a taste each circle shares, scaling its members' innovation (taste stream); 0 = everyone alike",
    },
  },
  create({ graph, streams, seeds, scenario, workspace }, spec) {
    const rng = streams.dynamics;
    const { n, offsets, targets } = graph;
    const record = createRecord(n, 1, workspace);
    const { parent, adoptedAt, order, mark } = record;
    const p = spec.innovation;
    const q = spec.imitation;
    const meanField = spec.mixing === 'mean-field';
    const taste = circleTaste(scenario.seed, graph, spec.circleTaste ?? 0);
    const count = new Int32Array(n);
    // Non-adopters, kept compact by swap-remove; `slot` finds a member's place.
    const pending = new Int32Array(n);
    const slot = new Int32Array(n);
    for (let i = 0; i < n; i++) pending[i] = slot[i] = i;
    let remaining = n;
    let exposedPending = 0;
    const remove = (i: number) => {
      const s = slot[i];
      const last = pending[--remaining];
      pending[s] = last;
      slot[last] = s;
    };
    const spread = (from: number, tick: number) => {
      if (meanField) return;
      for (let k = from; k < record.adopters; k++) {
        const u = order[k];
        for (let a = offsets[u]; a < offsets[u + 1]; a++) {
          const v = targets[a];
          if (mark[v] === 0) expose(record, v, tick);
          if (count[v]++ === 0 && (mark[v] & ADOPTED) === 0) exposedPending++;
        }
      }
    };
    for (let s = 0; s < seeds.length; s++) {
      const i = seeds[s];
      adopt(record, i, ROOT, 0);
      remove(i);
    }
    spread(0, 0);
    let frontier = record.adopters;
    // An earlier adopter: one who adopted before `tick`, the tick of i's adoption.
    const pickParent = (i: number, before: number, tick: number): number => {
      if (meanField) return order[Math.floor(rng() * before)];
      const deg = offsets[i + 1] - offsets[i];
      let pick = Math.floor(rng() * count[i]);
      for (let a = offsets[i]; a < offsets[i] + deg; a++) {
        const v = targets[a];
        if (parent[v] !== NOT_ADOPTED && adoptedAt[v] < tick && pick-- === 0) return v;
      }
      return ROOT;
    };
    return {
      records: [record],
      active() {
        return remaining > 0 && (p > 0 || (q > 0 && (meanField ? record.adopters > 0 : exposedPending > 0)));
      },
      step(tick) {
        const before = record.adopters;
        const globalF = before / n;
        for (let s = 0; s < remaining; ) {
          const i = pending[s];
          const deg = offsets[i + 1] - offsets[i];
          const f = meanField ? globalF : deg > 0 ? count[i] / deg : 0;
          const u = rng();
          const pi = taste ? Math.min(1, p * taste[i]) : p;
          if (u < pi) {
            adopt(record, i, ROOT, tick);
          } else if (u < pi + q * f) {
            adopt(record, i, pickParent(i, before, tick), tick);
          } else {
            s++;
            continue;
          }
          if (count[i] > 0) exposedPending--;
          remove(i);
        }
        spread(frontier, tick);
        frontier = record.adopters;
      },
    };
  },
};
