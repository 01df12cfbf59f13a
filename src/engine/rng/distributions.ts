// Distributions that scenario traits are drawn from, sampled with an injected Rng.
import type { Rng } from './rng';
import type { Problem } from '../problem';

export type Distribution =
  | number
  | { kind: 'fixed'; value: number }
  | { kind: 'uniform'; min: number; max: number }
  /** Normal, clipped (not truncated) to [min, max] when given. */
  | { kind: 'normal'; mean: number; sd: number; min?: number; max?: number }
  | { kind: 'beta'; a: number; b: number }
  /** exp(N(mu, sigma²)), clipped to [min, max] when given. */
  | { kind: 'lognormal'; mu: number; sigma: number; min?: number; max?: number };

/** Standard normal by Box–Muller; two uniforms per draw (the spare is discarded so draws stay aligned). */
export function standardNormal(rng: Rng): number {
  let u = rng();
  while (u === 0) u = rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, 1) by Marsaglia & Tsang 2000 (with the shape<1 boost). */
export function gamma(rng: Rng, shape: number): number {
  if (shape < 1) {
    const u = rng();
    return gamma(rng, shape + 1) * Math.pow(u === 0 ? Number.MIN_VALUE : u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function sample(rng: Rng, d: Distribution): number {
  if (typeof d === 'number') return d;
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return d.min + (d.max - d.min) * rng();
    case 'normal':
      return clip(d.mean + d.sd * standardNormal(rng), d.min, d.max);
    case 'beta': {
      const x = gamma(rng, d.a);
      const y = gamma(rng, d.b);
      return x + y === 0 ? 0.5 : x / (x + y);
    }
    case 'lognormal':
      return clip(Math.exp(d.mu + d.sigma * standardNormal(rng)), d.min, d.max);
  }
}

function clip(x: number, min?: number, max?: number): number {
  if (min !== undefined && x < min) return min;
  if (max !== undefined && x > max) return max;
  return x;
}

/** Fills `out` with n draws; a fixed value costs no draws. */
export function sampleInto(rng: Rng, d: Distribution, out: Float32Array | Float64Array): void {
  if (typeof d === 'number' || d.kind === 'fixed') {
    out.fill(typeof d === 'number' ? d : d.value);
    return;
  }
  for (let i = 0; i < out.length; i++) out[i] = sample(rng, d);
}

/** Expected value (before clipping), for documentation and quick checks. */
export function mean(d: Distribution): number {
  if (typeof d === 'number') return d;
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'normal':
      return d.mean;
    case 'beta':
      return d.a / (d.a + d.b);
    case 'lognormal':
      return Math.exp(d.mu + (d.sigma * d.sigma) / 2);
  }
}

/** Problems with a distribution's parameters, and with its range when the value must lie in [lo, hi]. */
export function checkDistribution(path: string, d: Distribution, lo = -Infinity, hi = Infinity): Problem[] {
  const out: Problem[] = [];
  const range = (p: string, v: number) => {
    if (!(v >= lo && v <= hi)) out.push({ path: p, message: `must be in [${lo}, ${hi}] (got ${v})` });
  };
  if (typeof d === 'number') {
    range(path, d);
    return out;
  }
  switch (d.kind) {
    case 'fixed':
      range(`${path}.value`, d.value);
      break;
    case 'uniform':
      if (!(d.min <= d.max)) out.push({ path: `${path}.max`, message: `must be at least min (got min=${d.min}, max=${d.max})` });
      range(`${path}.min`, d.min);
      range(`${path}.max`, d.max);
      break;
    case 'normal':
      if (!(d.sd >= 0)) out.push({ path: `${path}.sd`, message: `must be at least 0 (got ${d.sd})` });
      if (Number.isFinite(lo) || Number.isFinite(hi)) {
        if (d.min === undefined || d.max === undefined || d.min < lo || d.max > hi)
          out.push({ path, message: `a normal for a value in [${lo}, ${hi}] needs min and max inside that range (got min=${d.min}, max=${d.max})` });
      }
      break;
    case 'beta':
      if (!(d.a > 0)) out.push({ path: `${path}.a`, message: `must be greater than 0 (got ${d.a})` });
      if (!(d.b > 0)) out.push({ path: `${path}.b`, message: `must be greater than 0 (got ${d.b})` });
      if (lo > 0 || hi < 1) out.push({ path, message: `a beta draws in [0, 1], outside the allowed [${lo}, ${hi}]` });
      break;
    case 'lognormal':
      if (!(d.sigma >= 0)) out.push({ path: `${path}.sigma`, message: `must be at least 0 (got ${d.sigma})` });
      if (Number.isFinite(hi) && (d.max === undefined || d.max > hi))
        out.push({ path: `${path}.max`, message: `a lognormal for a value at most ${hi} needs max ≤ ${hi} (got ${d.max})` });
      break;
  }
  return out;
}
