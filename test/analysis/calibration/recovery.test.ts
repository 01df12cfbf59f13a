// Parameter recovery on the model itself: 20 curves simulated from settings drawn from the prior,
// each fitted by ABC-SMC; the 90% intervals must hold the truth in 16–20 of them, and the truths'
// ranks among posterior draws must look uniform (simulation-based calibration, χ² over 10 bins).
// Sizes keep it to seconds: a 200-member (Bass) or 300-member (IC) small world fixed across runs,
// 12 days, 50 particles, at most 600 simulations per fit. The bench runs a heavier version.
// Measured: Bass 17 and 19 of 20 covered, mean 90% widths 46% and 55% of the prior, χ² p 0.91
// and 0.83; IC 18 of 20, width 23% of the prior, p 0.12 (about 12 s for both here).
import { describe, expect, it } from 'vitest';
import { createAbcSmc } from '../../../src/analysis/calibration/abcSmc';
import { curveDistance, curveScale } from '../../../src/analysis/calibration/curveDistance';
import { predictiveBand, predictiveDraws } from '../../../src/analysis/calibration/predictiveBand';
import { createStream } from '../../../src/engine/rng/rng';
import { recover, simulator } from './recoveryHarness';

const DAYS = Array.from({ length: 12 }, (_, i) => i + 1);
const SMALL = { fits: 20, days: DAYS, particles: 50, budget: 600 };

describe('parameter recovery on the model', () => {
  it('Bass innovation and imitation together (priors 0.005–0.05 and 0.1–0.6)', () => {
    const raw = {
      ticks: 12,
      network: { kind: 'watts-strogatz', n: 200, k: 6, p: 0.1 },
      sharing: { model: 'bass', innovation: 0.02, imitation: 0.3, mixing: 'network' },
      seeding: { strategy: 'random', budget: 0 },
    };
    const parameters = [
      { name: 'innovation', lo: 0.005, hi: 0.05 },
      { name: 'imitation', lo: 0.1, hi: 0.6 },
    ];
    const r = recover(parameters, simulator(raw, ['innovation', 'imitation'], 12), 'bass', SMALL);
    for (const c of r.covered) expect(c).toBeGreaterThanOrEqual(16);
    for (const c of r.chi) expect(c.p).toBeGreaterThan(0.01);
  }, 120_000);

  it('independent cascade share chance (prior 0.1–0.6, 3 random seeds)', () => {
    const raw = {
      ticks: 12,
      network: { kind: 'watts-strogatz', n: 300, k: 6, p: 0.1 },
      sharing: { model: 'independent-cascade', p: 0.2 },
      seeding: { strategy: 'random', budget: 3 },
    };
    const r = recover([{ name: 'p', lo: 0.1, hi: 0.6 }], simulator(raw, ['p'], 12), 'ic', SMALL);
    expect(r.covered[0]).toBeGreaterThanOrEqual(16);
    expect(r.chi[0].p).toBeGreaterThan(0.01);
  }, 120_000);

  it('forecast: fitted on days 1–6, the 90% predictive band holds days 7–12 of 20 curves at 80–100%', () => {
    const raw = {
      ticks: 12,
      network: { kind: 'watts-strogatz', n: 200, k: 6, p: 0.1 },
      sharing: { model: 'bass', innovation: 0.02, imitation: 0.3, mixing: 'network' },
      seeding: { strategy: 'random', budget: 0 },
    };
    const parameters = [
      { name: 'innovation', lo: 0.005, hi: 0.05 },
      { name: 'imitation', lo: 0.1, hi: 0.6 },
    ];
    const simulate = simulator(raw, ['innovation', 'imitation'], 12);
    const truthRng = createStream(12, 'test/recovery/forecast');
    const fitDays = DAYS.slice(0, 6);
    let inside = 0;
    let points = 0;
    for (let f = 0; f < 20; f++) {
      const truth = parameters.map((p) => p.lo + (p.hi - p.lo) * truthRng());
      const full = simulate(truth, 2_000_000 + f);
      const observed = { days: fitDays, counts: fitDays.map((d) => full[d]) };
      const scale = curveScale(observed);
      const s = createAbcSmc({ parameters, seed: f, particles: 50, budget: 600, minAcceptance: 0.05 });
      for (let p = s.propose(); p; p = s.propose()) s.accept(p.thetas.map((t, i) => curveDistance(observed, simulate(t, p.seeds[i]), scale)));
      const draws = predictiveDraws(s.posterior(), 100, f);
      const band = predictiveBand(
        draws.thetas.map((t, i) => simulate(t, draws.seeds[i])),
        13,
        0.9,
      );
      for (let d = 7; d <= 12; d++, points++) if (full[d] >= band[d].low && full[d] <= band[d].high) inside++;
    }
    // Measured: 120 of 120, above the nominal 90%: at 600 simulations the ABC posterior is wider than
    // the exact one (its tolerance is not small), so its band errs on the safe side.
    expect(inside / points).toBeGreaterThanOrEqual(0.8);
  }, 120_000);
});
