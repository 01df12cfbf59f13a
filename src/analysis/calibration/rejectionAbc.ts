// Rejection ABC, the simple fallback: one population from the prior, the nearest share kept.
import { createStream } from '../../engine/rng/rng';
import { checkParameters, fromUnit, type Parameter } from './unitBox';
import type { AbcSampler, Posterior, PopulationRecord, Proposal, StopReason } from './sampler';

export interface RejectionOptions {
  parameters: readonly Parameter[];
  seed: number | string;
  /** Draws from the prior, each simulated once. */
  simulations: number;
  /** The particles kept: the nearest this many (ties by draw order). */
  particles: number;
  /** Keep only those at or under this distance as well (default: no limit). */
  tolerance?: number;
}

/** Pritchard et al. (1999): draw θ from the prior, simulate, keep θ when its curve is near enough. */
export function createRejectionAbc(o: RejectionOptions): AbcSampler {
  checkParameters(o.parameters);
  if (!(o.particles >= 1 && o.particles <= o.simulations)) throw new Error(`calibration: keep between 1 and ${o.simulations} particles (got ${o.particles})`);
  const rng = createStream(o.seed, 'calibration/propose/0');
  const seedRng = createStream(o.seed, 'calibration/seeds/0');
  const proposal: Proposal = {
    population: 0,
    thetas: Array.from({ length: o.simulations }, () =>
      fromUnit(
        o.parameters,
        o.parameters.map(() => rng()),
      ),
    ),
    seeds: Array.from({ length: o.simulations }, () => 1 + Math.floor(seedRng() * 2147483646)),
  };
  let stop: StopReason | undefined;
  let result: Posterior | undefined;
  const history: PopulationRecord[] = [];
  return {
    get stopped() {
      return stop;
    },
    get population() {
      return history.length;
    },
    history,
    propose: () => (stop ? null : proposal),
    accept(distances) {
      if (distances.length !== o.simulations) throw new Error(`calibration: ${distances.length} distances for ${o.simulations} particles`);
      const d = distances.map((x) => (Number.isNaN(x) ? Infinity : x));
      const order = d.map((_, i) => i).sort((a, b) => d[a] - d[b] || a - b);
      const keep = order.slice(0, o.particles).filter((i) => d[i] <= (o.tolerance ?? Infinity) && Number.isFinite(d[i]));
      if (!keep.length) throw new Error('calibration: no simulation came within the tolerance');
      const epsilon = d[keep[keep.length - 1]];
      result = {
        names: o.parameters.map((p) => p.name),
        thetas: keep.map((i) => proposal.thetas[i]),
        weights: keep.map(() => 1 / keep.length),
        distances: keep.map((i) => d[i]),
        epsilon,
      };
      history.push({
        population: 0,
        epsilon,
        acceptance: keep.length / o.simulations,
        proposed: o.simulations,
        simulated: o.simulations,
        simulations: o.simulations,
        ess: keep.length,
      });
      stop = 'done';
    },
    posterior() {
      if (!result) throw new Error('calibration: no population has been accepted yet');
      return result;
    },
  };
}
