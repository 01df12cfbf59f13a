// `murmur sensitivity` end to end: the files it leaves, identical indices whatever --workers, after
// an interruption or a kill and a rerun, and from merged shards; an input with no effect gets ST
// exactly 0; bad input refused in one line with exit 2, nothing written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'murmur-sensitivity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const j = (p: string) => join(dir, p);
const scenario = j('ic.json');
writeFileSync(
  scenario,
  JSON.stringify({
    ticks: 40,
    network: { kind: 'watts-strogatz', n: 600, k: 6, p: 0.05 },
    sharing: { model: 'independent-cascade', p: 0.1 },
    seeding: { strategy: 'random', budget: 4 },
  }),
);
/** 8 base points × (2 + 2) rows × 2 seeds = 64 runs. */
const SOBOL = [
  'sensitivity',
  scenario,
  '--vary',
  'sharing.p=0.05:0.25',
  '--vary',
  'seeding.budget=1:10',
  '--samples',
  '8',
  '--seeds',
  '3..4',
  '--metric',
  'reach',
  '--metric',
  'adopters',
];

interface Done {
  code: number;
  stdout: string;
  stderr: string;
}

async function murmur(args: string[], during?: () => void): Promise<Done> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const pending = main(args);
    during?.();
    return { code: await pending, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const read = (p: string) => readFileSync(j(p), 'utf8');
const hashDir = (d: string) =>
  createHash('sha256')
    .update(
      readdirSync(j(d))
        .sort()
        .map((f) => f + readFileSync(j(join(d, f)), 'utf8'))
        .join('\0'),
    )
    .digest('hex');

let ref: Done;
beforeAll(async () => {
  ref = await murmur([...SOBOL, '--workers', '1', '--out', j('ref'), '--json']);
}, 120_000);

describe('murmur sensitivity (Sobol)', () => {
  it('prints one JSON object with the indices of each metric and input', () => {
    expect([ref.code, ref.stderr.match(/sensitivity: 64\/64 runs/) !== null]).toEqual([0, true]);
    const o = JSON.parse(ref.stdout);
    expect(o.method).toBe('sobol');
    expect(Object.keys(o.indices)).toEqual(['reach', 'adopters']);
    expect(Object.keys(o.indices.reach)).toEqual(['sharing.p', 'seeding.budget']);
    expect(Object.keys(o.indices.reach['sharing.p'])).toEqual(['S1', 'S1Conf', 'ST', 'STConf']);
    expect(o.noise.reach.replicate).toBeGreaterThan(0);
    expect(o.noise.reach.replicate).toBeLessThan(1);
    expect(JSON.parse(read('ref/indices.json'))).toEqual(o);
  });

  it('leaves design.csv in SALib layout, results.csv averaged over seeds, a readable table and a chart', () => {
    const design = read('ref/design.csv').trimEnd().split('\n');
    expect(design[0]).toBe('row,sharing.p,seeding.budget');
    expect(design).toHaveLength(1 + 8 * 4);
    const rows = design.slice(1).map((l) => l.split(',').map(Number));
    for (let i = 0; i < 8; i++) {
      const [a, ab1, ab2, b] = rows.slice(i * 4, i * 4 + 4);
      expect([ab1[1], ab1[2]]).toEqual([b[1], a[2]]);
      expect([ab2[1], ab2[2]]).toEqual([a[1], b[2]]);
      expect(Number.isInteger(a[2]) && a[2] >= 1 && a[2] <= 10).toBe(true);
    }
    const runs = read('ref/runs.csv').trimEnd().split('\n');
    const header = runs[0].split(',');
    const reachAt = header.indexOf('reach');
    const first = (runs[1].split(',').map(Number)[reachAt] + runs[2].split(',').map(Number)[reachAt]) / 2;
    expect(read('ref/results.csv').split('\n').slice(0, 2)).toEqual(['row,reach,adopters', expect.stringMatching(new RegExp(`^0,${first},`))]);
    expect(read('ref/indices.csv').split('\n')[0]).toBe('metric,input,S1,S1Conf,ST,STConf');
    expect(read('ref/indices.svg')).toMatch(/^<svg [^>]*>.*sharing\.p.*<\/svg>\n$/s);
  });

  it('gives the identical indices.json at 2 workers', async () => {
    const r = await murmur([...SOBOL, '--workers', '2', '--out', j('two')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^reach \(seed noise: /);
    expect(read('two/indices.json')).toBe(read('ref/indices.json'));
    expect(read('two/runs.csv')).toBe(read('ref/runs.csv'));
  }, 60_000);

  it('interrupted (SIGINT) then rerun, or killed with a cut-short table then rerun, gives the identical indices', async () => {
    const stopped = await murmur([...SOBOL, '--workers', '1', '--out', j('int')], () => process.emit('SIGINT'));
    expect(stopped.code).toBe(130);
    expect(existsSync(j('int/indices.json'))).toBe(false);
    const again = await murmur([...SOBOL, '--workers', '1', '--out', j('int')]);
    expect(again.code).toBe(0);
    expect(read('int/indices.json')).toBe(read('ref/indices.json'));

    mkdirSync(j('kill'));
    const lines = read('ref/runs.csv').split('\n');
    writeFileSync(j('kill/runs.csv'), lines.slice(0, 30).join('\n') + '\n' + lines[30].slice(0, 12));
    writeFileSync(j('kill/runs.csv.manifest.json'), read('ref/runs.csv.manifest.json'));
    const resumed = await murmur([...SOBOL, '--workers', '2', '--out', j('kill')]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/35 now, 29 already in runs\.csv/);
    expect(hashDir('kill')).toBe(hashDir('ref'));
  }, 60_000);

  it('sharded, merged with murmur merge, then analysed, gives the identical folder', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await murmur([...SOBOL, '--workers', '1', '--shard', `${i}/3`, '--out', j(`shard${i}`)]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/murmur merge .* --out ALL\/runs\.csv, then run this command again without --shard/);
      expect(existsSync(j(`shard${i}/indices.json`))).toBe(false);
    }
    const merged = await murmur(['merge', j('shard0/runs.csv'), j('shard1/runs.csv'), j('shard2/runs.csv'), '--out', j('all/runs.csv')]);
    expect(merged.code).toBe(0);
    const r = await murmur([...SOBOL, '--out', j('all'), '--json']);
    expect([r.code, r.stderr.match(/all already in runs\.csv/) !== null]).toEqual([0, true]);
    expect(hashDir('all')).toBe(hashDir('ref'));
  }, 60_000);

  it('an input with no effect (ticks long past the end of every cascade) gets S1 and ST exactly 0', async () => {
    const r = await murmur([
      'sensitivity',
      scenario,
      '--vary',
      'sharing.p=0.05:0.2',
      '--vary',
      'ticks=200:400',
      '--samples',
      '8',
      '--seeds',
      '1..2',
      '--metric',
      'reach',
      '--out',
      j('ticks'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    const ix = JSON.parse(r.stdout).indices.reach;
    expect([ix.ticks.S1, ix.ticks.ST, ix.ticks.STConf]).toEqual([0, 0, 0]);
    expect(ix['sharing.p'].ST).toBeGreaterThan(0.5);
  }, 60_000);
});

describe('murmur sensitivity --second-order', () => {
  it('adds the pairs (S2) to the JSON, pairs.csv, and N(2D+2) design rows', async () => {
    const r = await murmur([
      'sensitivity',
      scenario,
      '--vary',
      'sharing.p=0.05:0.25',
      '--vary',
      'seeding.budget=1:10',
      '--vary',
      'ticks=200:300',
      '--samples',
      '4',
      '--second-order',
      '--metric',
      'reach',
      '--out',
      j('s2'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(Object.keys(o.pairs.reach)).toEqual(['sharing.p & seeding.budget', 'sharing.p & ticks', 'seeding.budget & ticks']);
    // Saltelli's S2 estimator differs from the S1 estimators it subtracts, so a pair with an input of no
    // effect is 0 only within its interval (as in SALib), not exactly.
    const pt = o.pairs.reach['sharing.p & ticks'];
    expect(Math.abs(pt.S2)).toBeLessThan(pt.S2Conf);
    expect(read('s2/design.csv').trimEnd().split('\n')).toHaveLength(1 + 4 * 8);
    expect(read('s2/pairs.csv').split('\n')[0]).toBe('metric,pair,S2,S2Conf');
  }, 60_000);

  it('is refused for Morris', async () => {
    const r = await murmur(['sensitivity', scenario, '--method', 'morris', '--second-order', '--vary', 'sharing.p', '--out', j('s2m')]);
    expect([r.code, r.stderr.trimEnd()]).toEqual([2, "--second-order: pairs are Sobol' indices; use it with --method sobol"]);
  });
});

describe('murmur sensitivity (Morris)', () => {
  it('reports mu, muStar, muStarConf and sigma per input', async () => {
    const r = await murmur([
      'sensitivity',
      scenario,
      '--method',
      'morris',
      '--vary',
      'sharing.p=0.05:0.25',
      '--vary',
      'seeding.budget=1:10',
      '--vary',
      'ticks=200:300',
      '--samples',
      '6',
      '--seeds',
      '1..2',
      '--metric',
      'reach',
      '--out',
      j('morris'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.method).toBe('morris');
    expect(Object.keys(o.indices.reach['sharing.p'])).toEqual(['mu', 'muStar', 'muStarConf', 'sigma']);
    expect(o.indices.reach.ticks).toEqual({ mu: 0, muStar: 0, muStarConf: 0, sigma: 0 });
    expect(o.indices.reach['sharing.p'].muStar).toBeGreaterThan(0);
    expect(read('morris/design.csv').trimEnd().split('\n')).toHaveLength(1 + 6 * 4);
  }, 60_000);
});

describe('bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['a path that does not exist', ['--vary', 'sharing.q=0:1', '--vary', 'sharing.p'], /^--vary sharing\.q: .*unknown scenario field/],
    ['a path that cannot vary (a kind)', ['--vary', 'network.kind', '--vary', 'sharing.p'], /^--vary network\.kind: .*cannot be varied/],
    [
      'a range outside the declared one',
      ['--vary', 'sharing.p=0.5:1.5', '--vary', 'seeding.budget=1:3'],
      /^--vary sharing\.p: the range 0\.5:1\.5 is outside the declared range \[0, 1\]$/,
    ],
    ['a reversed range', ['--vary', 'sharing.p=0.3:0.1', '--vary', 'seeding.budget=1:3'], /^--vary sharing\.p: the range 0\.3:0\.1 is reversed \(did you mean 0\.1:0\.3\?\)$/],
    ['fewer than 2 inputs for Sobol', ['--vary', 'sharing.p'], /^murmur sensitivity: Sobol' indices need at least 2 inputs \(got 1\)/],
    ['N not a power of two', ['--vary', 'sharing.p', '--vary', 'seeding.budget=1:3', '--samples', '1000'], /^--samples 1000: Sobol' needs N a power of two \(nearest: 1024\)$/],
    [
      'an unbounded input without a range',
      ['--vary', 'sharing.p', '--vary', 'seeding.budget'],
      /^--vary seeding\.budget: has no declared range .*give one: --vary seeding\.budget=lo:hi$/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(`refuses ${what} in one line, exit 2, writing nothing`, async () => {
      const out = j(`bad-${what.replace(/\W+/g, '-')}`);
      const r = await murmur(['sensitivity', scenario, ...args, '--out', out]);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr.trimEnd()).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('refuses the folder of another analysis, or of anything else, changing nothing', async () => {
    const before = hashDir('ref');
    const r = await murmur([...SOBOL.map((a, i) => (SOBOL[i - 1] === '--samples' ? '16' : a)), '--out', j('ref')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd()).toMatch(/^--out .*ref: holds another sensitivity analysis \(it differs in: samples\)/);
    expect(hashDir('ref')).toBe(before);
    mkdirSync(j('other'));
    writeFileSync(j('other/notes.txt'), 'mine');
    const o = await murmur([...SOBOL, '--out', j('other')]);
    expect(o.code).toBe(2);
    expect(o.stderr.trimEnd()).toMatch(/holds files that are no sensitivity analysis's \(notes\.txt\)/);
    expect(readdirSync(j('other'))).toEqual(['notes.txt']);
  });
});
