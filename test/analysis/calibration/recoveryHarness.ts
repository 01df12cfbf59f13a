// Parameter recovery harness shared by the unit test (small) and the bench (heavier): curves from
// settings drawn from the prior, each fitted by ABC-SMC, the truth's coverage and SBC ranks counted.
import { createAbcSmc } from '../../../src/analysis/calibration/abcSmc';
import { curveDistance, curveScale } from '../../../src/analysis/calibration/curveDistance';
import { summarizePosterior } from '../../../src/analysis/calibration/posteriorSummary';
import { predictiveDraws } from '../../../src/analysis/calibration/predictiveBand';
import { rankChiSquare } from '../../../src/analysis/calibration/chiSquare';
import type { Parameter } from '../../../src/analysis/calibration/unitBox';
import { createStream } from '../../../src/engine/rng/rng';
import { createSimulation, type SimulationSpec } from '../../../src/engine/simulation';
import { runToEnd } from '../../../src/engine/measure';
import { validateScenario } from '../../../src/scenario/load';
import { toSimulationSpec } from '../../../src/scenario/spec';

export type Simulate = (theta: readonly number[], seed: number) => number[];

/** Cumulative adopters by tick 0..lastDay for θ (written into spec.sharing by field name) on one fixed graph. */
export function simulator(raw: object, fields: string[], lastDay: number): Simulate {
  const spec = toSimulationSpec(validateScenario(raw));
  const graph = createSimulation({ ...spec, seed: 1 }).graph;
  return (theta, seed) => {
    const sharing = { ...spec.sharing } as Record<string, unknown>;
    fields.forEach((f, i) => (sharing[f] = theta[i]));
    const r = runToEnd(createSimulation({ ...spec, sharing, seed } as unknown as SimulationSpec, { graph }), { series: true, distances: false });
    const curve = r.series!.map((row) => row.adopters);
    // A run that ended early keeps its last count.
    while (curve.length <= lastDay) curve.push(curve[curve.length - 1]);
    return curve;
  };
}

export interface Recovery {
  covered: number[];
  /** Mean 90% interval width as a share of the prior's width, per parameter. */
  widths: number[];
  chi: ReturnType<typeof rankChiSquare>[];
  simulations: number;
}

export interface RecoveryOptions {
  fits: number;
  days: number[];
  particles: number;
  budget: number;
}

export function recover(parameters: Parameter[], simulate: Simulate, label: string, o: RecoveryOptions): Recovery {
  const truthRng = createStream(11, `test/recovery/${label}`);
  const covered = parameters.map(() => 0);
  const widths = parameters.map(() => 0);
  const ranks: number[][] = parameters.map(() => []);
  let simulations = 0;
  for (let f = 0; f < o.fits; f++) {
    const truth = parameters.map((p) => p.lo + (p.hi - p.lo) * truthRng());
    const full = simulate(truth, 1_000_000 + f);
    const observed = { days: o.days, counts: o.days.map((d) => full[d]) };
    const scale = curveScale(observed);
    const s = createAbcSmc({ parameters, seed: f, particles: o.particles, budget: o.budget, minAcceptance: 0.05 });
    for (let p = s.propose(); p; p = s.propose()) s.accept(p.thetas.map((t, i) => curveDistance(observed, simulate(t, p.seeds[i]), scale)));
    simulations += s.history[s.history.length - 1].simulations;
    const post = s.posterior();
    const sum = summarizePosterior(post);
    const draws = predictiveDraws(post, 99, f).thetas;
    parameters.forEach((p, k) => {
      const q = sum[p.name];
      if (truth[k] >= q.q05 && truth[k] <= q.q95) covered[k]++;
      widths[k] += (q.q95 - q.q05) / (p.hi - p.lo) / o.fits;
      ranks[k].push(draws.filter((t) => t[k] < truth[k]).length);
    });
  }
  return { covered, widths, chi: ranks.map((r) => rankChiSquare(r, 99)), simulations };
}
