// Fitted parameters and their uniform prior ranges, and the map between a range and [0, 1].

/** A parameter to fit, with the uniform prior over [lo, hi]. */
export interface Parameter {
  name: string;
  lo: number;
  hi: number;
}

export function checkParameters(parameters: readonly Parameter[]): void {
  for (const p of parameters) {
    if (!(Number.isFinite(p.lo) && Number.isFinite(p.hi) && p.lo < p.hi)) throw new Error(`calibration: ${p.name}: the range must be finite with lo < hi (got ${p.lo}:${p.hi})`);
  }
}

export function toUnit(parameters: readonly Parameter[], theta: readonly number[]): number[] {
  return theta.map((x, i) => (x - parameters[i].lo) / (parameters[i].hi - parameters[i].lo));
}

export function fromUnit(parameters: readonly Parameter[], u: readonly number[]): number[] {
  return u.map((x, i) => parameters[i].lo + x * (parameters[i].hi - parameters[i].lo));
}

/** Inside the prior's support, the closed unit box. */
export function insideUnit(u: readonly number[]): boolean {
  for (const x of u) if (!(x >= 0 && x <= 1)) return false;
  return true;
}
