// The STEPPS model reduces to the classic models: independent cascade with every driver neutral, Watts threshold with only social proof.
import { describe, expect, it } from 'vitest';
import { createSimulation, type SimulationSpec } from '../../src/engine/simulation';
import { generateNetwork } from '../../src/engine/network/networks';
import { createStreams } from '../../src/engine/rng/rng';
import type { Graph } from '../../src/engine/network/graph';
import type { CascadeRecord } from '../../src/engine/cascade/record';
import { ITEM_DEFAULTS, POPULATION_DEFAULTS, STEPPS_DEFAULTS } from '../../src/engine/stepps/defaults';
import type { SteppsSpec } from '../../src/engine/stepps/spec';
import type { Distribution } from '../../src/engine/rng/distributions';
import { ksStatistic, mean, variance } from './percolation';

/**
 * Two-sample Kolmogorov–Smirnov at α = 0.001: reject when D > c(α)·√((n + m)/(n·m)) with
 * c(α) = √(−ln(α/2)/2) = 1.9495 (the asymptotic critical value; for n = m = 300 it is 0.1592).
 * Final sizes are discrete, which makes the test conservative, never anti-conservative.
 */
const C_ALPHA = Math.sqrt(-Math.log(0.001 / 2) / 2);
const ksCritical = (n: number, m: number) => C_ALPHA * Math.sqrt((n + m) / (n * m));
const RUNS = 300;

function record(spec: SimulationSpec, graph?: Graph): CascadeRecord {
  const sim = createSimulation(spec, graph ? { graph } : {});
  while (!sim.done) sim.step();
  return sim.dynamics.records[0];
}

const logit = (p: number) => Math.log(p / (1 - p));

/** STEPPS with every other mechanism switched off; `over` sets what stays on. */
function neutral(over: Partial<SteppsSpec>): SteppsSpec {
  return { ...STEPPS_DEFAULTS, model: 'stepps', drivers: [0, 0, 0, 0, 0, 0], proof: 0, trust: 0, complexContagion: false, reminderRate: 0, ...over };
}

describe('STEPPS with every driver neutral is the independent cascade', () => {
  /**
   * Why it must hold: with activity 1, no attention limit and tie strength 1, every share of u is
   * read by each neighbour v who has not shared, exactly once (u delivers once, on the tick after
   * sharing), and v then shares with probability 1/(1 + e^(−base)) = p, independently of all else:
   * one chance p per tie, as in the independent cascade. Parents may differ (STEPPS reads arrivals
   * newest first), final sizes may not.
   */
  const n = 1000;
  const network = { kind: 'erdos-renyi' as const, n, meanDegree: 5, seed: 7 };
  const graph = generateNetwork(createStreams(0, 7).network, network);
  const p = 0.25; // z·p = 1.25: above the epidemic threshold, so sizes are bimodal (small, or ~40% of n).
  const base = { ticks: 100_000, network, seeding: { strategy: 'random' as const, budget: 1 } };
  const population = { ...POPULATION_DEFAULTS, activity: 1, attention: 0 };
  const steppsSizes = (q: number, from: number) =>
    Array.from({ length: RUNS }, (_, k) => record({ ...base, seed: from + k, sharing: neutral({ base: logit(q) }), population }, graph).adopters);
  let icSizes: number[] | undefined;
  const ic = () => (icSizes ??= Array.from({ length: RUNS }, (_, k) => record({ ...base, seed: 1 + k, sharing: { model: 'independent-cascade', p } }, graph).adopters));

  it(`gives the same distribution of final sizes (KS at α = 0.001 over ${RUNS} + ${RUNS} seeds, and means within 3 standard errors)`, () => {
    // Disjoint seed ranges: the two samples are independent, as the KS test assumes.
    const st = steppsSizes(p, 10_001);
    expect(ksCritical(RUNS, RUNS)).toBeCloseTo(0.1592, 4);
    const d = ksStatistic(ic(), st);
    const se = Math.sqrt(variance(ic()) / RUNS + variance(st) / RUNS);
    console.info(
      `IC vs STEPPS (p = ${p}): KS D = ${d.toFixed(4)} (critical ${ksCritical(RUNS, RUNS).toFixed(4)}); means ${mean(ic()).toFixed(1)} vs ${mean(st).toFixed(1)}, SE ${se.toFixed(1)}`,
    );
    expect(d).toBeLessThan(ksCritical(RUNS, RUNS));
    expect(Math.abs(mean(ic()) - mean(st))).toBeLessThan(3 * se);
    // Both samples have the bimodal shape of supercritical percolation: some runs die at the seed, some take off.
    expect(st.filter((x) => x > 0.2 * n).length).toBeGreaterThan(0.2 * RUNS);
    expect(st.filter((x) => x < 20).length).toBeGreaterThan(0.2 * RUNS);
  }, 120_000);

  it('and the same test tells p = 0.25 from p = 0.3 (it has the power to see a wrong odds)', () => {
    const d = ksStatistic(ic(), steppsSizes(0.3, 20_001));
    console.info(`IC (p = ${p}) vs STEPPS (p = 0.3): KS D = ${d.toFixed(4)}`);
    expect(d).toBeGreaterThan(ksCritical(RUNS, RUNS));
  }, 120_000);
});

describe('STEPPS with only social proof acting is the Watts threshold model', () => {
  /**
   * Base −50 (a share chance of 2e−22 per read), no drivers, no trust, proof coefficient 0, every
   * share visible (Public = 1), activity 1, no attention limit: the only way to share is complex
   * contagion, the fraction of neighbours seen sharing reaching θ. Delivery is synchronous (all of
   * a tick's senders add to proof before anyone reads), as in Watts 2002. Seeds come from the same
   * `seeding` stream, and a fixed θ draws nothing, so for fixed θ the runs must coincide exactly.
   */
  const steppsThreshold = (seed: number, network: SimulationSpec['network'], phi: Distribution): SimulationSpec => ({
    seed,
    ticks: 100_000,
    network,
    seeding: { strategy: 'random', budget: 1 },
    sharing: neutral({ base: -50, complexContagion: true }),
    population: { ...POPULATION_DEFAULTS, activity: 1, attention: 0, threshold: phi },
    content: { items: [{ ...ITEM_DEFAULTS, id: 'item', stepps: [0, 0, 0, 1, 0, 0] }], failureRate: 0, help: 0 },
  });
  const watts = (seed: number, network: SimulationSpec['network'], phi: Distribution): SimulationSpec => ({
    seed,
    ticks: 100_000,
    network,
    seeding: { strategy: 'random', budget: 1 },
    sharing: { model: 'threshold', threshold: phi },
  });

  it('fixed θ: the same members adopt at the same ticks, seed by seed (θ = 0.1, 0.18, 0.25; z = 3 and 5)', () => {
    let global = 0;
    let local = 0;
    for (const phi of [0.1, 0.18, 0.25]) {
      for (const z of [3, 5]) {
        for (let seed = 1; seed <= 5; seed++) {
          const network = { kind: 'erdos-renyi' as const, n: 2000, meanDegree: z };
          const a = record(watts(seed, network, phi));
          const b = record(steppsThreshold(seed, network, phi));
          expect(b.adopters, `θ=${phi} z=${z} seed ${seed}`).toBe(a.adopters);
          expect(Array.from(b.adoptedAt), `θ=${phi} z=${z} seed ${seed}`).toEqual(Array.from(a.adoptedAt));
          if (a.adopters > 1000) global++;
          else local++;
        }
      }
    }
    // The comparison covers both outcomes: cascades that take the network and ones that stop near the seed.
    expect(global).toBeGreaterThan(5);
    expect(local).toBeGreaterThan(5);
  }, 120_000);

  it(`θ ~ uniform(0.1, 0.3): the same distribution of final sizes (KS at α = 0.001 over ${RUNS} + ${RUNS} seeds)`, () => {
    // STEPPS draws θ among the other traits of each member, the threshold model draws all θ in a
    // row, so the same seed gives different thresholds; the law of the outcome must still agree.
    const network = { kind: 'erdos-renyi' as const, n: 1000, meanDegree: 4, seed: 3 };
    const graph = generateNetwork(createStreams(0, 3).network, network);
    const phi: Distribution = { kind: 'uniform', min: 0.1, max: 0.3 };
    const th = Array.from({ length: RUNS }, (_, k) => record(watts(1 + k, network, phi), graph).adopters);
    const st = Array.from({ length: RUNS }, (_, k) => record(steppsThreshold(10_001 + k, network, phi), graph).adopters);
    const d = ksStatistic(th, st);
    const se = Math.sqrt(variance(th) / RUNS + variance(st) / RUNS);
    console.info(`threshold vs STEPPS (θ ~ U(0.1, 0.3)): KS D = ${d.toFixed(4)}; means ${mean(th).toFixed(1)} vs ${mean(st).toFixed(1)}, SE ${se.toFixed(1)}`);
    expect(d).toBeLessThan(ksCritical(RUNS, RUNS));
    expect(Math.abs(mean(th) - mean(st))).toBeLessThan(3 * se);
  }, 120_000);
});
