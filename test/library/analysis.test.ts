// The analysis tools through the library's front door: the same answers as the CLI and the
// closed forms, from a user's point of view.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAbcSmc, InputError, morrisAnalyze, morrisDesign, sobolAnalyze, sobolDesign, suggestSeeds, summarizePosterior } from '../../src/node';
import { createStream } from '../../src/engine/rng/rng';

const root = new URL('../../', import.meta.url);
const scenario = JSON.parse(readFileSync(new URL('scenarios/optimal-seeding.json', root), 'utf8'));

const ishigami = ([x1, x2, x3]: number[]) => Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
const PI = { lo: -Math.PI, hi: Math.PI };

describe('library analysis', () => {
  it('suggestSeeds gives the seeds and reach murmur seeds --json prints', () => {
    const api = suggestSeeds(scenario, { budget: 4, runs: 20, seed: 3 });
    const cli = spawnSync(process.execPath, ['bin/murmur.mjs', 'seeds', 'scenarios/optimal-seeding.json', '--budget', '4', '--runs', '20', '--seed', '3', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    const out = JSON.parse(cli.stdout);
    expect(api.seeds).toEqual(out.seeds);
    expect(api.reach).toEqual(out.reach);
    expect(api.strategies).toEqual(out.strategies);
    expect(api.guarantee).toBe(out.guarantee);
  });

  it('suggestSeeds refuses a budget above the population with the path', () => {
    try {
      suggestSeeds(scenario, { budget: 10 ** 7 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).problems[0].path).toBe('budget');
    }
  });

  it('Sobol on Ishigami: S1 and ST within 0.03 of the analytic values at N = 4096', () => {
    const design = sobolDesign(
      [
        { name: 'x1', ...PI },
        { name: 'x2', ...PI },
        { name: 'x3', ...PI },
      ],
      { samples: 4096, seed: 5 },
    );
    expect(design.rows.length).toBe(4096 * 5);
    const s = sobolAnalyze(design, design.rows.map(ishigami));
    [0.3139, 0.4424, 0].forEach((v, j) => expect(Math.abs(s.S1[j] - v)).toBeLessThan(0.03));
    [0.5576, 0.4424, 0.2437].forEach((v, j) => expect(Math.abs(s.ST[j] - v)).toBeLessThan(0.03));
  });

  it('Morris ranks an input with no effect last, with μ* exactly 0', () => {
    const design = morrisDesign(
      [
        { name: 'x1', ...PI },
        { name: 'x2', ...PI },
        { name: 'none', lo: 0, hi: 1 },
      ],
      { trajectories: 20, seed: 2 },
    );
    const m = morrisAnalyze(
      design,
      design.rows.map(([a, b]) => ishigami([a, b, 0])),
    );
    expect(m.muStar[2]).toBe(0);
    expect(m.muStar[1]).toBeGreaterThan(m.muStar[0]);
  });

  it('a bad design is one problem, not a crash', () => {
    expect(() =>
      sobolDesign(
        [
          { name: 'a', lo: 0, hi: 1 },
          { name: 'b', lo: 0, hi: 1 },
        ],
        { samples: 1000 },
      ),
    ).toThrow(/power of two .*nearest 1024/);
    expect(() =>
      sobolDesign(
        [
          { name: 'a', lo: 1, hi: 0 },
          { name: 'b', lo: 0, hi: 1 },
        ],
        { samples: 8 },
      ),
    ).toThrow(InputError);
  });

  it('ABC-SMC driven by hand recovers a binomial posterior: 17 of 50 under a uniform prior is Beta(18, 34)', () => {
    const sampler = createAbcSmc({ parameters: [{ name: 'p', lo: 0, hi: 1 }], seed: 9, particles: 500, tolerance: 0, minAcceptance: 0.05 });
    for (let p = sampler.propose(); p; p = sampler.propose()) {
      sampler.accept(
        p.thetas.map(([q], i) => {
          const rng = createStream(p.seeds[i], 'toy');
          let k = 0;
          for (let t = 0; t < 50; t++) if (rng() < q) k++;
          return Math.abs(k - 17);
        }),
      );
    }
    const s = summarizePosterior(sampler.posterior()).p;
    expect(Math.abs(s.median - 0.3439)).toBeLessThan(0.02);
  });
});
