// Optimal seeding: the k members of largest expected reach, by IMM or OPIM-C over reverse-reachable sets.
import { InputError } from '../problem';
import { BUDGET, type SeedingStrategyDef } from './strategy';
import { diffusionOf, nearestDiffusion } from './influence/diffusion';
import { imm } from './influence/imm';
import { opimC } from './influence/opimC';

export interface OptimalSpec {
  strategy: 'optimal';
  budget: number;
  method?: 'opim-c' | 'imm';
  epsilon?: number;
}

/**
 * Chosen inside the run, from the run's graph, sharing model, ticks and seed (RR sets draw from
 * streams `influence/…` of the run seed, so the run's own streams are untouched). For the
 * independent cascade and the linear threshold (threshold uniform on [0, 1]) the answer carries
 * (1 − 1/e − ε) with probability 1 − 1/n; for the other dynamics it is the answer under the
 * nearest classic model (nearestDiffusion), with no guarantee for the dynamic itself. CELF, which
 * would run the model inside its own seeding, is `murmur seeds --method celf`.
 */
export const optimal: SeedingStrategyDef<OptimalSpec> = {
  kind: 'optimal',
  summary: 'The k members of largest expected reach under the sharing model (OPIM-C or IMM; the nearest classic model for the STEPPS model and other dynamics)',
  params: {
    budget: BUDGET,
    method: { type: 'choice', options: ['opim-c', 'imm'], default: 'opim-c', label: 'method', doc: 'OPIM-C certifies its ratio and stops early; IMM draws its fixed θ' },
    epsilon: { type: 'number', min: 0, max: 1, minExclusive: true, maxExclusive: true, default: 0.1, label: 'guarantee slack (ε)', doc: 'ε of the (1 − 1/e − ε) guarantee' },
  },
  choose: (_rng, g, spec, run) => {
    if (!run) throw new InputError([{ path: 'seeding.strategy', message: "optimal needs the run's sharing model: use it as the scenario's seeding, not an item's" }]);
    // A model that may start from nobody (Bass) allows a budget of 0: there is nothing to choose.
    if (spec.budget <= 0) return new Int32Array(0);
    const found = diffusionOf(run.sharing, run.ticks);
    const d = 'none' in found ? nearestDiffusion(run.sharing, run.ticks) : found;
    const opts = { k: spec.budget, epsilon: spec.epsilon ?? 0.1, seed: run.seed };
    return (spec.method === 'imm' ? imm(g, d, opts) : opimC(g, d, opts)).seeds;
  },
};
