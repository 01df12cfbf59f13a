// Morris screening (Morris 1991, with Campolongo et al. 2007's μ*), as SALib's sample/morris and
// analyze/morris compute it: r trajectories of D + 1 points on a p-level grid in [0, 1]^D, each
// moving one input at a time by Δ = p / (2(p − 1)) in a random order and direction; elementary
// effects EE = (Y(upper) − Y(lower)) / Δ; μ = mean EE, μ* = mean |EE|, σ = sd(EE) (n − 1), and a
// bootstrap interval for μ* (the r effects resampled, half-width z₀.₉₇₅ × sd).
import type { Rng } from '../../engine/rng/rng';
import { RESAMPLES, Z95 } from './sobolIndices';

export interface MorrisLayout {
  /** Inputs. */
  d: number;
  /** Trajectories. */
  r: number;
  /** Grid levels p (even, at least 2). */
  levels: number;
}

export interface MorrisIndices {
  mu: number[];
  muStar: number[];
  muStarConf: number[];
  sigma: number[];
}

export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

function check(l: MorrisLayout): void {
  const bad = (m: string) => {
    throw new RangeError(`sensitivity/morris: ${m}`);
  };
  if (!Number.isInteger(l.d) || l.d < 1) bad(`D must be a whole number ≥ 1 (got ${l.d})`);
  if (!Number.isInteger(l.r) || l.r < 2) bad(`r must be a whole number ≥ 2 (got ${l.r})`);
  if (!Number.isInteger(l.levels) || l.levels < 2 || l.levels % 2) bad(`levels must be even and ≥ 2 (got ${l.levels})`);
}

/**
 * r(D + 1) rows in [0, 1]^D, trajectory by trajectory. Each starts from a random grid point whose
 * level lets it move Δ up (levels 0 … p/2 − 1, in grid steps), then flips each input once: up by Δ
 * if its random direction is +, else it starts Δ higher and steps down. Values are level / (p − 1).
 */
export function morrisDesign(l: MorrisLayout, rng: Rng): number[][] {
  check(l);
  const { d, r, levels } = l;
  const jump = levels / 2;
  const rows: number[][] = [];
  for (let t = 0; t < r; t++) {
    const base = Array.from({ length: d }, () => Math.floor(rng() * jump));
    const up = Array.from({ length: d }, () => rng() < 0.5);
    const order = Array.from({ length: d }, (_, j) => j);
    for (let j = d - 1; j > 0; j--) {
      const k = Math.floor(rng() * (j + 1));
      [order[j], order[k]] = [order[k], order[j]];
    }
    const level = base.map((b, j) => (up[j] ? b : b + jump));
    rows.push(level.map((v) => v / (levels - 1)));
    for (const j of order) {
      level[j] += up[j] ? jump : -jump;
      rows.push(level.map((v) => v / (levels - 1)));
    }
  }
  return rows;
}

/** EE per input (r each), from the unit design `x` and outputs `y` in its row order. */
export function elementaryEffects(x: readonly (readonly number[])[], y: ArrayLike<number>, l: MorrisLayout): number[][] {
  check(l);
  const { d, r } = l;
  if (x.length !== r * (d + 1) || y.length !== x.length)
    throw new RangeError(`sensitivity/morris: ${x.length} rows and ${y.length} outputs for ${r} trajectories of ${d + 1} points`);
  const delta = morrisDelta(l.levels);
  const ee: number[][] = Array.from({ length: d }, () => []);
  for (let t = 0; t < r; t++) {
    for (let s = 0; s < d; s++) {
      const i = t * (d + 1) + s;
      const moved = x[i + 1].findIndex((v, j) => v !== x[i][j]);
      if (moved < 0 || x[i + 1].some((v, j) => j !== moved && v !== x[i][j])) throw new RangeError(`sensitivity/morris: rows ${i} and ${i + 1} must differ in exactly one input`);
      const upper = x[i + 1][moved] > x[i][moved] ? y[i + 1] : y[i];
      const lower = x[i + 1][moved] > x[i][moved] ? y[i] : y[i + 1];
      ee[moved].push((upper - lower) / delta);
    }
  }
  return ee;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd1 = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

/** μ, μ*, σ and μ*'s interval; `rng` draws R × r resampled effects per input, input by input. */
export function morrisIndices(x: readonly (readonly number[])[], y: ArrayLike<number>, l: MorrisLayout, rng: Rng, resamples = RESAMPLES): MorrisIndices {
  const ee = elementaryEffects(x, y, l);
  const out: MorrisIndices = { mu: [], muStar: [], muStarConf: [], sigma: [] };
  for (const e of ee) {
    const abs = e.map(Math.abs);
    out.mu.push(mean(e));
    out.muStar.push(mean(abs));
    out.sigma.push(sd1(e));
    const draws: number[] = [];
    for (let k = 0; k < resamples; k++) {
      let s = 0;
      for (let i = 0; i < abs.length; i++) s += abs[Math.floor(rng() * abs.length)];
      draws.push(s / abs.length);
    }
    out.muStarConf.push(Z95 * sd1(draws));
  }
  return out;
}
