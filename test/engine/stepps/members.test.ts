// Members drawn from the population's distributions; the Gini coefficient of their currency.
import { describe, expect, it } from 'vitest';
import { drawMembers, gini } from '../../../src/engine/stepps/members';
import { createStream } from '../../../src/engine/rng/rng';
import { POPULATION_DEFAULTS } from '../../../src/engine/stepps/defaults';
import { DRIVER_COUNT } from '../../../src/engine/stepps/drivers';
import type { PopulationSpec } from '../../../src/engine/stepps/spec';

const n = 20_000;
const column = (a: ArrayLike<number>, stride = 1, offset = 0) => Array.from({ length: n }, (_, i) => a[i * stride + offset]);
const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
const sd = (x: number[]) => {
  const m = mean(x);
  return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1));
};
/** Within 4 standard errors of the expected mean (plus `slack` for a known bias, e.g. rounding). */
const near = (x: number[], expected: number, slack = 0) => expect(Math.abs(mean(x) - expected)).toBeLessThan((4 * sd(x)) / Math.sqrt(x.length) + slack);

describe('drawMembers', () => {
  const pop: PopulationSpec = {
    activity: { kind: 'uniform', min: 0.2, max: 0.6 },
    attention: { kind: 'lognormal', mu: 2, sigma: 0.5, max: 1000 },
    drivers: [
      { kind: 'fixed', value: 0.3 },
      { kind: 'beta', a: 2, b: 5 },
      { kind: 'normal', mean: 0.5, sd: 0.1, min: 0, max: 1 },
      { kind: 'uniform', min: 0, max: 1 },
      { kind: 'beta', a: 0.5, b: 0.5 },
      0.7,
    ],
    threshold: { kind: 'normal', mean: 0.5, sd: 0.3, min: 0.2, max: 0.8 },
    trust: { kind: 'beta', a: 5, b: 5 },
    membership: 0.3,
  };
  const m = drawMembers(createStream(1, 'traits'), pop, n, n + 1);

  it('draws each trait from its distribution: fixed, uniform, normal, beta and lognormal means within tolerance', () => {
    near(column(m.activity), 0.4);
    // Attention is rounded to whole reads: E[round(X)] is within 0.01 of E[X] = e^(μ + σ²/2) here.
    near(column(m.attention), Math.exp(2 + 0.125), 0.01);
    expect(column(m.drivers, DRIVER_COUNT, 0).every((x) => x === Math.fround(0.3))).toBe(true);
    near(column(m.drivers, DRIVER_COUNT, 1), 2 / 7);
    near(column(m.drivers, DRIVER_COUNT, 2), 0.5);
    near(column(m.drivers, DRIVER_COUNT, 3), 0.5);
    near(column(m.drivers, DRIVER_COUNT, 4), 0.5);
    expect(sd(column(m.drivers, DRIVER_COUNT, 4))).toBeCloseTo(Math.sqrt(0.25 / 2), 2); // beta(½, ½): variance 1/8
    near(column(m.trust), 0.5);
    near(column(m.isMember), 0.3);
  });

  it('clips a normal to [min, max]: the mass beyond each bound sits on it', () => {
    const t = column(m.threshold);
    expect(t.reduce((a, b) => Math.min(a, b))).toBe(0.2);
    expect(t.reduce((a, b) => Math.max(a, b))).toBe(0.8);
    // P(N(0.5, 0.3) < 0.2) = Φ(−1) = 0.1587 on each side; the clipped mean stays 0.5 by symmetry.
    const phi = 0.158655;
    const se = Math.sqrt((phi * (1 - phi)) / n);
    expect(Math.abs(t.filter((x) => x === 0.2).length / n - phi)).toBeLessThan(4 * se);
    expect(Math.abs(t.filter((x) => x === 0.8).length / n - phi)).toBeLessThan(4 * se);
    near(t, 0.5);
  });

  it('keeps the row past the members (the organizer) neutral, and the same seed gives the same members', () => {
    expect([m.activity[n], m.threshold[n], m.trust[n], m.isMember[n]]).toEqual([1, 2, 0.5, 0]);
    const again = drawMembers(createStream(1, 'traits'), pop, n, n + 1);
    const same = (a: ArrayBufferView, b: ArrayBufferView) => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));
    expect(same(again.trust, m.trust) && same(again.drivers, m.drivers) && same(again.threshold, m.threshold)).toBe(true);
    expect(same(m.trustAtStart, m.trust)).toBe(true);
  });

  it('uses the documented defaults when the scenario has no population section', () => {
    const d = drawMembers(createStream(2, 'traits'), POPULATION_DEFAULTS, n, n);
    near(column(d.activity), 0.8, 1e-6);
    expect(column(d.attention).every((x) => x === 20)).toBe(true);
    near(column(d.threshold), 0.5);
    near(column(d.drivers, DRIVER_COUNT, 2), 0.5);
  });
});

describe('gini', () => {
  it('is exact on small arrays', () => {
    expect(gini(new Float64Array([1, 1, 1, 1]), 4)).toBe(0);
    expect(gini(new Float64Array([0, 0, 0, 1]), 4)).toBe(0.75);
    expect(gini(new Float64Array([1, 2, 3, 4]), 4)).toBe(0.25);
    expect(gini(new Float64Array([4, 3, 2, 1]), 4)).toBe(0.25); // order does not matter
    expect(gini(new Float64Array([0, 0, 0, 0]), 4)).toBe(0);
    expect(gini(new Float64Array([5]), 1)).toBe(0);
  });

  it('treats negative balances as 0 and reads one column of a strided table', () => {
    expect(gini(new Float64Array([-3, 0, 0, 1]), 4)).toBe(0.75);
    // Column 1 of a 4-member × 2 table: 1, 2, 3, 4.
    expect(gini(new Float32Array([9, 1, 9, 2, 9, 3, 9, 4]), 4, 2, 1)).toBe(0.25);
  });
});
