// The classic diffusion models that reverse-reachable sets apply to, and how a scenario maps onto them.
import type { SharingSpec } from '../../sharing/models';

/**
 * Where each tie's chance comes from, read in reverse from the receiver v:
 * - `uniform`: every tie p (the independent cascade with one p);
 * - `strength`: p × the tie's strength (the independent cascade with useTieStrength);
 * - `weighted`: 1 / degree of v (the weighted cascade of Kempe et al. and most IM papers);
 * - `linear-threshold`: each member keeps at most one incoming live tie, each neighbour with
 *   weight 1 / degree (Watts's fractional threshold with φ uniform in [0, 1] is exactly this).
 * `horizon` bounds the hops from a seed: a run of T ticks reaches members at most T hops away,
 * since in both models a member adopts at the tick equal to its live-path distance from the seeds.
 */
export type Diffusion =
  | { kind: 'uniform'; p: number; horizon: number }
  | { kind: 'strength'; p: number; horizon: number }
  | { kind: 'weighted'; horizon: number }
  | { kind: 'linear-threshold'; horizon: number };

/** The classic model behind a sharing spec, or why there is none (then only CELF applies). */
export function diffusionOf(sharing: SharingSpec, ticks: number): Diffusion | { none: string } {
  const horizon = ticks;
  if (sharing.model === 'independent-cascade') {
    if (sharing.weighted === true) return { kind: 'weighted', horizon };
    if (sharing.useTieStrength === true) return { kind: 'strength', p: sharing.p, horizon };
    return { kind: 'uniform', p: sharing.p, horizon };
  }
  if (sharing.model === 'threshold') {
    const t = sharing.threshold;
    if (typeof t === 'object' && t.kind === 'uniform' && t.min === 0 && t.max === 1) return { kind: 'linear-threshold', horizon };
    return { none: 'a threshold model is the linear threshold model only with threshold uniform on [0, 1]' };
  }
  return { none: `the ${sharing.model} model has no reverse-reachable-set theory` };
}

export function describeDiffusion(d: Diffusion): string {
  const h = Number.isFinite(d.horizon) ? `, within ${d.horizon} hops` : '';
  switch (d.kind) {
    case 'uniform':
      return `independent cascade, p = ${d.p}${h}`;
    case 'strength':
      return `independent cascade, p = ${d.p} × tie strength${h}`;
    case 'weighted':
      return `weighted cascade (1 / receiver's degree)${h}`;
    case 'linear-threshold':
      return `linear threshold (weights 1 / degree)${h}`;
  }
}

/**
 * The classic model nearest a dynamic without RR-set theory, for pre-screening (and for the
 * `optimal` strategy inside a run): SIR passes along a tie before its sharer recovers with chance
 * T = p / (1 − (1 − p)(1 − recovery)), an independent cascade of p = T; a threshold model is taken
 * as the linear threshold; the rest (the STEPPS model, Bass) as the weighted cascade.
 */
export function nearestDiffusion(sharing: SharingSpec, ticks: number): Diffusion {
  const d = diffusionOf(sharing, ticks);
  if (!('none' in d)) return d;
  if (sharing.model === 'sir') return { kind: 'uniform', p: sharing.p / (1 - (1 - sharing.p) * (1 - sharing.recovery)), horizon: ticks };
  if (sharing.model === 'threshold') return { kind: 'linear-threshold', horizon: ticks };
  return { kind: 'weighted', horizon: ticks };
}
