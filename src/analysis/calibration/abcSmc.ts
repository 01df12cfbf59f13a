// ABC-SMC as a state machine: it proposes a population (parameter vectors and run seeds), the host
// simulates them however it likes (a resumable batch, a browser worker, a test's toy model) and
// hands back their distances. The schedule is Lenormand, Jabot & Deffuant's adaptive population
// Monte Carlo (APMC, Comput. Stat. 2013, algorithm 4), the adaptive-tolerance form of Beaumont et
// al.'s (2009) population Monte Carlo ABC.
import { createStream, type Rng } from '../../engine/rng/rng';
import { gaussianKernel, type GaussianKernel } from './gaussianKernel';
import { pickWeighted } from './pickWeighted';
import { checkParameters, fromUnit, insideUnit, toUnit, type Parameter } from './unitBox';
import { effectiveSampleSize, normalizeWeights, weightedCovariance } from './weightedStats';
import type { AbcSampler, Posterior, PopulationRecord, Proposal, StopReason } from './sampler';

export interface AbcSmcOptions {
  parameters: readonly Parameter[];
  seed: number | string;
  /** N_α, the particles kept in each population: the posterior sample's size. */
  particles: number;
  /** α, the share of a population kept (the next tolerance is this quantile of its distances). */
  alpha?: number;
  /** p_acc_min: stop once fewer than this share of a population's new simulations beat the last tolerance. */
  minAcceptance?: number;
  /** Stop once the tolerance is at or below this. */
  tolerance?: number;
  /** Simulations at most; a population that would pass it is not started. */
  budget?: number;
  maxPopulations?: number;
}

export const ABC_DEFAULTS = { alpha: 0.5, minAcceptance: 0.05, tolerance: 0, budget: Infinity, maxPopulations: 50 } as const;

interface Particle {
  u: number[];
  weight: number;
  distance: number;
}

/**
 * Population 0 draws N = N_α/α particles from the uniform prior and keeps the N_α nearest; ε₁ is
 * the largest kept distance. Each later population draws N − N_α particles from the kept ones
 * (by weight) perturbed by a normal kernel with twice their weighted covariance, weights each
 * w = π(θ) / Σⱼ w̃ⱼ K(θ | θⱼ), pools them with the kept ones and keeps the N_α nearest again.
 * p_acc is the share of the new simulations nearer than the previous tolerance.
 *
 * Parameters live in the unit box (the prior is uniform there, density 1); the affine map to
 * their ranges changes π and the kernel by the same Jacobian, so the weights are the same.
 * A perturbed particle outside the box has prior density 0 and so weight 0: it is dropped
 * without a simulation, exactly as if it had been run and weighed (it could never count).
 */
export function createAbcSmc(options: AbcSmcOptions): AbcSampler {
  const o = { ...ABC_DEFAULTS, ...options };
  const dim = o.parameters.length;
  if (dim === 0) throw new Error('calibration: no parameter to fit');
  checkParameters(o.parameters);
  if (!(o.alpha > 0 && o.alpha < 1)) throw new Error(`calibration: alpha must be in (0, 1) (got ${o.alpha})`);
  if (!Number.isInteger(o.particles) || o.particles < 2) throw new Error(`calibration: at least 2 particles (got ${o.particles})`);
  const first = Math.ceil(o.particles / o.alpha);
  const perPopulation = first - o.particles;
  if (o.budget < first) throw new Error(`calibration: a budget of ${o.budget} simulations is below the first population's ${first}`);

  let t = 0;
  let kept: Particle[] = [];
  let epsilon = Infinity;
  let simulations = 0;
  let stop: StopReason | undefined;
  let pending: { proposal: Proposal; weights: number[]; candidates: number } | undefined;
  const history: PopulationRecord[] = [];

  const seedsFor = (population: number, count: number): number[] => {
    const rng = createStream(o.seed, `calibration/seeds/${population}`);
    return Array.from({ length: count }, () => 1 + Math.floor(rng() * 2147483646));
  };

  const proposeFromPrior = (rng: Rng) => {
    const us = Array.from({ length: first }, () => Array.from({ length: dim }, () => rng()));
    return { us, weights: us.map(() => 1), candidates: first };
  };

  const proposeFromKept = (rng: Rng) => {
    const w = normalizeWeights(kept.map((p) => p.weight));
    const us = kept.map((p) => p.u);
    // Twice the weighted covariance (Beaumont et al. 2009); the ridge keeps a collapsed direction moving.
    const cov = weightedCovariance(us, w).map((row) => row.map((v) => 2 * v));
    const kernel: GaussianKernel = gaussianKernel(cov, new Array<number>(dim).fill(1e-12));
    const cumulative = cumulativeOf(w);
    const out: number[][] = [];
    const weights: number[] = [];
    for (let i = 0; i < perPopulation; i++) {
      const from = us[pickWeighted(cumulative, rng())];
      const u = kernel.perturb(rng, from);
      if (!insideUnit(u)) continue;
      let q = 0;
      for (let j = 0; j < us.length; j++) q += w[j] * kernel.density(u, us[j]);
      out.push(u);
      weights.push(1 / q);
    }
    return { us: out, weights, candidates: perPopulation };
  };

  return {
    get stopped() {
      return stop;
    },
    get population() {
      return t;
    },
    history,
    propose() {
      if (stop) return null;
      if (pending) return pending.proposal;
      const size = t === 0 ? first : perPopulation;
      if (simulations + size > o.budget) {
        stop = 'budget';
        return null;
      }
      const rng = createStream(o.seed, `calibration/propose/${t}`);
      const { us, weights, candidates } = t === 0 ? proposeFromPrior(rng) : proposeFromKept(rng);
      const proposal: Proposal = { population: t, thetas: us.map((u) => fromUnit(o.parameters, u)), seeds: seedsFor(t, us.length) };
      pending = { proposal, weights, candidates };
      return proposal;
    },
    accept(distances) {
      if (!pending) throw new Error('calibration: accept() without a proposal');
      const { proposal, weights } = pending;
      if (distances.length !== proposal.thetas.length) throw new Error(`calibration: ${distances.length} distances for ${proposal.thetas.length} particles`);
      // A failed simulation (NaN) can never be near.
      const d = distances.map((x) => (Number.isNaN(x) ? Infinity : x));
      const fresh: Particle[] = proposal.thetas.map((theta, i) => ({ u: toUnit(o.parameters, theta), weight: weights[i], distance: d[i] }));
      const acceptance = t === 0 ? 1 : fresh.length ? fresh.filter((p) => p.distance < epsilon).length / fresh.length : 0;
      // Pooled in a fixed order (kept, then new by index) and sorted stably, so ties keep that order.
      const pool = [...kept, ...fresh].map((p, i) => ({ p, i }));
      pool.sort((a, b) => a.p.distance - b.p.distance || a.i - b.i);
      kept = pool.slice(0, o.particles).map((e) => e.p);
      epsilon = kept[kept.length - 1].distance;
      simulations += proposal.thetas.length;
      history.push({
        population: t,
        epsilon,
        acceptance,
        proposed: pending.candidates,
        simulated: proposal.thetas.length,
        simulations,
        ess: effectiveSampleSize(kept.map((p) => p.weight)),
      });
      pending = undefined;
      t++;
      if (epsilon <= o.tolerance) stop = 'tolerance';
      else if (t > 1 && acceptance < o.minAcceptance) stop = 'acceptance';
      else if (t >= o.maxPopulations) stop = 'populations';
      else if (!Number.isFinite(epsilon)) stop = 'failed';
    },
    posterior(): Posterior {
      if (!kept.length) throw new Error('calibration: no population has been accepted yet');
      return {
        names: o.parameters.map((p) => p.name),
        thetas: kept.map((p) => fromUnit(o.parameters, p.u)),
        weights: normalizeWeights(kept.map((p) => p.weight)),
        distances: kept.map((p) => p.distance),
        epsilon,
      };
    },
  };
}

export function cumulativeOf(weights: readonly number[]): number[] {
  const out = new Array<number>(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) out[i] = s += weights[i];
  return out;
}
