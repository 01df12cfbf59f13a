// IMM's and OPIM-C's sample sizes against the papers' formulas, for stated n, k, ε, ℓ.
import { describe, expect, it } from 'vitest';
import { immSizes, opimSizes, opimLower, opimUpper } from '../../../src/engine/seeding/influence/sampleSizes';
import { lnGamma, logBinomial } from '../../../src/engine/seeding/influence/logBinomial';

describe('log-binomial', () => {
  it('matches exact small binomials and ln Γ identities', () => {
    expect(logBinomial(10, 3)).toBeCloseTo(Math.log(120), 12);
    expect(logBinomial(52, 5)).toBeCloseTo(Math.log(2598960), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(lnGamma(171)).toBeCloseTo(Math.log(7.257415615307994e306), 9);
    // The product form (small k) and the log-gamma form (large k) agree.
    expect(logBinomial(100000, 2000)).toBeCloseTo(lnGamma(100001) - lnGamma(2001) - lnGamma(98001), 6);
    // ANCHORS: ln C(15233, 50) = 333.00 exactly (ripples' approximation overstates it by ~2.9).
    expect(logBinomial(15233, 50)).toBeCloseTo(333.0027, 3);
  });
});

describe('IMM sample sizes (Tang, Shi & Xiao 2015, ℓ adjusted to ℓ(1 + ln 2 / ln n))', () => {
  // n, k, ε, ℓ → λ', λ* (ANCHORS' worked values, 4 significant figures).
  const table: [number, number, number, number, number, number][] = [
    [1000, 10, 0.5, 1, 3.155e5, 5.238e5],
    [15233, 50, 0.5, 1, 2.605e7, 3.458e7],
    [15233, 50, 0.1, 1, NaN, 8.645e8],
  ];
  it.each(table)('n=%i k=%i ε=%f ℓ=%i', (n, k, eps, ell, lp, ls) => {
    const s = immSizes(n, k, eps, ell);
    if (!Number.isNaN(lp)) expect(s.lambdaPrime / lp).toBeCloseTo(1, 3);
    expect(s.lambdaStar / ls).toBeCloseTo(1, 3);
  });

  it('follows the formula term by term', () => {
    const n = 5000;
    const k = 20;
    const eps = 0.3;
    const l = 1.5 * (1 + Math.log(2) / Math.log(n));
    const ep = Math.SQRT2 * eps;
    const lc = logBinomial(n, k);
    const s = immSizes(n, k, eps, 1.5);
    expect(s.ell).toBeCloseTo(l, 14);
    expect(s.lambdaPrime).toBeCloseTo(((2 + (2 * ep) / 3) * (lc + l * Math.log(n) + Math.log(Math.log2(n))) * n) / ep ** 2, 6);
    const a = Math.sqrt(l * Math.log(n) + Math.log(2));
    const b = Math.sqrt((1 - 1 / Math.E) * (lc + l * Math.log(n) + Math.log(2)));
    expect(s.lambdaStar).toBeCloseTo((2 * n * ((1 - 1 / Math.E) * a + b) ** 2) / eps ** 2, 4);
  });
});

describe('OPIM-C schedule (OPIM1.1/alg.cpp)', () => {
  it('counts rounds and sizes as the reference code does', () => {
    const n = 4039;
    const k = 50;
    const eps = 0.1;
    const delta = 1 / n;
    const s = opimSizes(n, k, eps, delta);
    const e = 1 - 1 / Math.E;
    const alpha = Math.sqrt(Math.log(6 / delta));
    const beta = Math.sqrt(e * (logBinomial(n, k) + Math.log(6 / delta)));
    expect(s.first).toBe(Math.floor(2 * (e * alpha + beta) ** 2));
    expect(s.most).toBe(Math.floor((2 * n * (e * alpha + beta) ** 2) / k / eps ** 2) + 1);
    expect(s.rounds).toBe(Math.floor(Math.log2(Math.floor(s.most / s.first))) + 1);
    expect(s.a).toBeCloseTo(Math.log((3 * s.rounds) / delta), 12);
    expect(s.first * 2 ** (s.rounds - 1)).toBeLessThanOrEqual(s.most);
    expect(s.first * 2 ** s.rounds).toBeGreaterThan(s.most);
  });

  it('bounds: lower below and upper above the observed coverage, tightening with more sets', () => {
    const a = Math.log(3 * 10 * 1000);
    expect(opimLower(1000, a)).toBeLessThan(1000);
    expect(opimUpper(1000, a)).toBeGreaterThan(1000);
    expect(opimLower(1e6, a) / opimUpper(1e6, a)).toBeGreaterThan(opimLower(1e3, a) / opimUpper(1e3, a));
  });
});
