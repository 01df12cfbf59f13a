// Global sensitivity for library users, for this model or any other: a design over named inputs'
// ranges, then indices from the outputs in the design's row order. The same streams as
// `murmur sensitivity`, so the same seed gives its design and its intervals.
import { createStream } from '../engine/rng/rng';
import { InputError } from '../engine/problem';
import { isPowerOfTwo, nearestPowerOfTwo, saltelliDesign, type SaltelliLayout } from '../analysis/sensitivity/saltelli';
import { sobolIndices, type SobolIndices } from '../analysis/sensitivity/sobolIndices';
import { morrisDesign as morrisUnitDesign, morrisIndices, type MorrisIndices, type MorrisLayout } from '../analysis/sensitivity/morris';

export type { SobolIndices, MorrisIndices };

/** An input and the range it is varied over; `integer` rounds its design values. */
export interface SensitivityInput {
  name: string;
  lo: number;
  hi: number;
  integer?: boolean;
}

export interface SobolDesign {
  method: 'sobol';
  inputs: SensitivityInput[];
  layout: SaltelliLayout;
  seed: number;
  /** One row per model evaluation, values in the inputs' own units, in SALib's order. */
  rows: number[][];
}

export interface MorrisDesign {
  method: 'morris';
  inputs: SensitivityInput[];
  layout: MorrisLayout;
  seed: number;
  rows: number[][];
  /** The design in [0, 1]^D, which the elementary effects are computed on. */
  unit: number[][];
}

function checkInputs(inputs: readonly SensitivityInput[], least: number): void {
  if (inputs.length < least) throw new InputError([{ path: 'inputs', message: `at least ${least} input${least === 1 ? '' : 's'} (got ${inputs.length})` }]);
  inputs.forEach((x, i) => {
    if (!(Number.isFinite(x.lo) && Number.isFinite(x.hi) && x.lo < x.hi))
      throw new InputError([{ path: `inputs.${i}`, message: `${x.name}: needs lo < hi, both finite (got ${x.lo}..${x.hi})` }]);
  });
}

const scale = (inputs: readonly SensitivityInput[], u: readonly number[]) =>
  u.map((v, j) => {
    const x = inputs[j].lo + v * (inputs[j].hi - inputs[j].lo);
    return inputs[j].integer ? Math.round(x) : x;
  });

/**
 * Saltelli's design for Sobol' indices: `samples` base points (a power of two) of a scrambled
 * Sobol' sequence, N(D + 2) rows (N(2D + 2) with second order).
 */
export function sobolDesign(inputs: SensitivityInput[], options: { samples: number; secondOrder?: boolean; seed?: number }): SobolDesign {
  checkInputs(inputs, 2);
  if (!isPowerOfTwo(options.samples))
    throw new InputError([{ path: 'samples', message: `must be a power of two (got ${options.samples}; nearest ${nearestPowerOfTwo(options.samples)})` }]);
  const seed = options.seed ?? 1;
  const layout = { n: options.samples, d: inputs.length, secondOrder: options.secondOrder === true };
  const unit = saltelliDesign(layout, createStream(seed, 'sensitivity/sobol-scramble'));
  return { method: 'sobol', inputs: [...inputs], layout, seed, rows: unit.map((u) => scale(inputs, u)) };
}

/** First-order (Saltelli 2010), total (Jansen) and, with second order, pair indices with 95% bootstrap intervals. */
export function sobolAnalyze(design: SobolDesign, outputs: ArrayLike<number>, options: { stream?: string } = {}): SobolIndices {
  return sobolIndices(outputs, design.layout, createStream(design.seed, options.stream ?? 'sensitivity/bootstrap/output'));
}

/** Morris trajectories: `trajectories` × (D + 1) rows on a `levels`-level grid (default 4). */
export function morrisDesign(inputs: SensitivityInput[], options: { trajectories: number; levels?: number; seed?: number }): MorrisDesign {
  checkInputs(inputs, 1);
  const seed = options.seed ?? 1;
  const layout = { d: inputs.length, r: options.trajectories, levels: options.levels ?? 4 };
  let unit: number[][];
  try {
    unit = morrisUnitDesign(layout, createStream(seed, 'sensitivity/morris'));
  } catch (e) {
    throw new InputError([{ path: '', message: (e as Error).message }]);
  }
  return { method: 'morris', inputs: [...inputs], layout, seed, rows: unit.map((u) => scale(inputs, u)), unit };
}

/** μ, μ* (with its 95% bootstrap interval) and σ of each input's elementary effects, on the unit scale. */
export function morrisAnalyze(design: MorrisDesign, outputs: ArrayLike<number>, options: { stream?: string } = {}): MorrisIndices {
  return morrisIndices(design.unit, outputs, design.layout, createStream(design.seed, options.stream ?? 'sensitivity/bootstrap/output'));
}
