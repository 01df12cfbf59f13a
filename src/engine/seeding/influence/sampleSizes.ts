// The sample-size rules of IMM (Tang, Shi & Xiao 2015) and OPIM-C (Tang et al. 2018), as numbers.
import { logBinomial } from './logBinomial';

const APPROX = 1 - 1 / Math.E;

export interface ImmSizes {
  /** ℓ after the paper's adjustment ℓ·(1 + ln 2 / ln n), which makes the two phases' failures sum to 1/n^ℓ. */
  ell: number;
  /** ε' = √2 · ε, the sampling phase's accuracy. */
  epsilonPrime: number;
  logCnk: number;
  /** λ' = (2 + 2ε'/3)·(ln C(n,k) + ℓ ln n + ln log₂ n)·n / ε'²: θ_x = λ' / x for the guess x = n / 2^i. */
  lambdaPrime: number;
  /** λ* = 2n·((1 − 1/e)·α + β)² / ε²: the final θ is λ* / LB. */
  lambdaStar: number;
}

/** IMM's constants for n members, k seeds, accuracy ε and confidence 1 − 1/n^ℓ (ℓ before adjustment). */
export function immSizes(n: number, k: number, epsilon: number, ell = 1): ImmSizes {
  const l = ell * (1 + Math.log(2) / Math.log(n));
  const ep = Math.SQRT2 * epsilon;
  const logCnk = logBinomial(n, k);
  const lnN = Math.log(n);
  const lambdaPrime = ((2 + (2 * ep) / 3) * (logCnk + l * lnN + Math.log(Math.log2(n))) * n) / (ep * ep);
  const alpha = Math.sqrt(l * lnN + Math.log(2));
  const beta = Math.sqrt(APPROX * (logCnk + l * lnN + Math.log(2)));
  const lambdaStar = (2 * n * (APPROX * alpha + beta) ** 2) / (epsilon * epsilon);
  return { ell: l, epsilonPrime: ep, logCnk, lambdaPrime, lambdaStar };
}

export interface OpimSizes {
  /** RR sets per collection in the first round: 2·((1 − 1/e)·α + β)², α = √ln(6/δ), β = √((1 − 1/e)(ln C(n,k) + ln(6/δ))). */
  first: number;
  /** The most RR sets per collection: 2n·((1 − 1/e)·α + β)² / (k ε²) + 1, where the guarantee holds without the test. */
  most: number;
  /** Rounds: ⌊log₂(⌊most / first⌋)⌋ + 1 (as OPIM1.1/alg.cpp counts them). */
  rounds: number;
  /** a = ln(3·rounds / δ), the confidence term of the bounds. */
  a: number;
}

/** OPIM-C's schedule for n members, k seeds, accuracy ε and failure probability δ. */
export function opimSizes(n: number, k: number, epsilon: number, delta: number): OpimSizes {
  const alpha = Math.sqrt(Math.log(6 / delta));
  const beta = Math.sqrt(APPROX * (logBinomial(n, k) + Math.log(6 / delta)));
  const c = (APPROX * alpha + beta) ** 2;
  const first = Math.floor(2 * c);
  const most = Math.floor((2 * n * c) / k / (epsilon * epsilon)) + 1;
  const rounds = Math.floor(Math.log2(Math.floor(most / first))) + 1;
  return { first, most, rounds, a: Math.log((3 * rounds) / delta) };
}

/** OPIM-C's lower bound on the chosen set's coverage from its coverage Λ₂ in the second collection. */
export function opimLower(covered2: number, a: number): number {
  return (Math.sqrt(covered2 + (2 * a) / 9) - Math.sqrt(a / 2)) ** 2 - a / 18;
}

/** OPIM-C's upper bound on the optimum's coverage from greedy's bound Λᵘ in the first collection. */
export function opimUpper(upperCovered: number, a: number): number {
  return (Math.sqrt(upperCovered + a / 2) + Math.sqrt(a / 2)) ** 2;
}

export const GREEDY_RATIO = APPROX;
