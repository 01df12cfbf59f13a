// `murmur batch`, `merge` and `summarize` end to end: identical rows for any number of workers, after
// a SIGKILL and a rerun, and from merged shards; failed runs recorded; bad input refused untouched.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/murmur.mjs');
const dir = mkdtempSync(join(tmpdir(), 'murmur-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenario = join(dir, 'ws.json');
writeFileSync(
  scenario,
  JSON.stringify({
    ticks: 60,
    network: { kind: 'watts-strogatz', n: 2000, k: 10, p: 0.05 },
    sharing: { model: 'independent-cascade', p: 0.08 },
    seeding: { strategy: 'random', budget: 10 },
  }),
);
/** 300 runs: long enough on one worker to be killed in the middle. */
const RANGE = ['--seeds', '1..150', '--sweep', 'sharing.p=0.05,0.1'];
const BATCH = ['batch', scenario, ...RANGE];

interface Done {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

function murmur(args: string[], onSpawn?: (kill: () => void) => void): Promise<Done> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout }));
    onSpawn?.(() => child.kill('SIGKILL'));
  });
}

/** Runs the CLI in this process (saves the ~1 s tsx start-up of a process), capturing what it prints. */
async function inProcess(args: string[]): Promise<Done> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await main(args), signal: null, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const read = (p: string) => readFileSync(join(dir, p), 'utf8');
const hashDir = (d: string) =>
  createHash('sha256')
    .update(
      readdirSync(join(dir, d))
        .sort()
        .map((f) => f + readFileSync(join(dir, d, f), 'utf8'))
        .join('\0'),
    )
    .digest('hex');

let ref: Done;
beforeAll(async () => {
  ref = await murmur([...BATCH, '--workers', '2', '--out', 'ref/rows.csv', '--series', 'ref/series.csv']);
}, 120_000);

describe('murmur batch at any scale', () => {
  it('writes tidy rows sorted by run, a series file and a manifest, and prints a one-line summary', () => {
    expect(ref.code).toBe(0);
    expect(ref.stdout).toBe('');
    expect(ref.stderr).toMatch(/^batch: 300\/300 runs \(.*2 workers, 0 failed\) → ref\/rows\.csv\n$/m);
    const rows = read('ref/rows.csv').trimEnd().split('\n');
    expect(rows[0]).toBe(
      'run,seed,sharing.p,adopters,adoptersFraction,reach,reachFraction,peakTick,peakAdopters,cascades,largestCascade,maxDepth,structuralVirality,meanStructuralVirality,edgesTraversed,error',
    );
    expect(rows).toHaveLength(301);
    expect(rows[1]).toMatch(/^0,1,0\.05,/);
    expect(rows[151]).toMatch(/^150,1,0\.1,/);
    const manifest = JSON.parse(read('ref/rows.csv.manifest.json'));
    expect(manifest).toMatchObject({ runs: 300, shard: null, series: 'series.csv', seeds: { from: 1, to: 150 }, sweep: [{ path: 'sharing.p', values: [0.05, 0.1] }] });
    expect(manifest.batch).toMatch(/^[0-9a-f]{64}$/);
    expect(read('ref/series.csv').split('\n')[0]).toBe('run,seed,sharing.p,tick,newAdopters,adopters,newReach,reach');
  });

  it('is byte-identical on one worker', async () => {
    const one = await inProcess([...BATCH, '--workers', '1', '--out', join(dir, 'one/rows.csv'), '--series', join(dir, 'one/series.csv')]);
    expect(one.code).toBe(0);
    expect(hashDir('one')).toBe(hashDir('ref'));
  });

  it('is byte-identical after a SIGKILL in the middle and a rerun of the same command', async () => {
    const args = [...BATCH, '--workers', '1', '--out', 'kill/rows.csv', '--series', 'kill/series.csv'];
    let rowsAtKill = 0;
    const killed = await murmur(args, (kill) => {
      const poll = setInterval(() => {
        const f = join(dir, 'kill/rows.csv');
        rowsAtKill = existsSync(f) ? readFileSync(f, 'utf8').split('\n').length - 2 : 0;
        if (rowsAtKill >= 20) {
          clearInterval(poll);
          kill();
        }
      }, 15);
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(rowsAtKill).toBeGreaterThanOrEqual(20);
    expect(rowsAtKill).toBeLessThan(300);
    const resumed = await murmur(args);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/batch: 300\/300 runs \(\d+ now, \d+ already in rows\.csv/);
    expect(existsSync(join(dir, 'kill/rows.csv.lock'))).toBe(false);
    expect(hashDir('kill')).toBe(hashDir('ref'));
  });

  it('3 shards merged are byte-identical to one machine, manifest included', async () => {
    for (const i of [0, 1, 2]) {
      const shard = await inProcess([
        ...BATCH,
        '--workers',
        '1',
        '--shard',
        `${i}/3`,
        '--out',
        join(dir, `shards/shard-${i}.csv`),
        '--series',
        join(dir, `shards/series-${i}.csv`),
      ]);
      expect(shard.code).toBe(0);
    }
    expect(JSON.parse(read('shards/shard-1.csv.manifest.json')).shard).toEqual({ index: 1, count: 3 });
    const merged = await inProcess(
      ['merge', 'shards/shard-0.csv', 'shards/shard-1.csv', 'shards/shard-2.csv', '--out', join(dir, 'merged/rows.csv'), '--series', join(dir, 'merged/series.csv')].map((a) =>
        a.startsWith('shards/') ? join(dir, a) : a,
      ),
    );
    expect(merged.stderr).toMatch(/^merge: 300 runs from 3 files/);
    expect(merged.code).toBe(0);
    expect(hashDir('merged')).toBe(hashDir('ref'));
  });
});

describe('murmur batch: failures and bad input', () => {
  const j = (p: string) => join(dir, p);

  it('records a run that throws, goes on, and exits 1 naming the failed runs (rows the same as JSONL)', async () => {
    mkdirSync(j('el'), { recursive: true });
    writeFileSync(j('el/ring.txt'), '0 1\n1 2\n2 3\n3 4\n4 5\n5 0\n');
    writeFileSync(
      j('el/s.json'),
      JSON.stringify({ ticks: 5, network: { kind: 'edge-list', file: 'ring.txt' }, sharing: { model: 'independent-cascade', p: 0.5 }, seeding: { strategy: 'random', budget: 1 } }),
    );
    // Budget 9 on 6 members passes validation (an edge list's size is known only once read) and throws in the run.
    const r = await inProcess(['batch', j('el/s.json'), '--seeds', '1..2', '--sweep', 'seeding.budget=1,9,2', '--workers', '1', '--out', j('el/rows.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/murmur batch: 2 of 6 runs failed .*: runs 2, 3; run 2 \(seed 1\): InputError: seeding\.budget: /);
    const rows = read('el/rows.jsonl')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.run, 'error' in x])).toEqual([
      [0, false],
      [1, false],
      [2, true],
      [3, true],
      [4, false],
      [5, false],
    ]);
    expect(rows[0].influenceByDistance).toBeInstanceOf(Array);
    // Distance 0 holds the seed, which adopted.
    expect(rows[0].influenceByDistance[0]).toBe(1);
  });

  it('a sweep file runs the same batch as the flags', async () => {
    writeFileSync(j('same.sweep.json'), JSON.stringify({ scenario: 'ws.json', vary: { 'sharing.p': [0.05, 0.1] }, seeds: '1..150' }));
    const viaFile = JSON.parse(read('ref/rows.csv.manifest.json'));
    // A rerun into the flag batch's output from the sweep file finds every run already there.
    const r = await inProcess(['batch', j('same.sweep.json'), '--out', j('ref/rows.csv'), '--series', j('ref/series.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/300\/300 runs \(all already in rows\.csv/);
    expect(JSON.parse(read('ref/rows.csv.manifest.json')).batch).toBe(viaFile.batch);
  });

  const bad: [string, string[], RegExp][] = [
    ['a reversed seed range', ['--seeds', '5..1'], /^--seeds: the range 5\.\.1 is reversed/],
    ['an unknown sweep path', ['--seeds', '1..2', '--sweep', 'sharing.q=1,2'], /^--sweep sharing\.q: unknown scenario field "sharing\.q"/],
    ['a sweep value of the wrong type', ['--seeds', '1..2', '--sweep', 'sharing.p=0.1,abc'], /sharing\.p: .*\(at sweep point sharing\.p="abc"\)$/],
    ['a shard out of range', ['--seeds', '1..2', '--shard', '3/3'], /^--shard 3\/3: out of range/],
    [
      'an output of a different batch',
      ['--seeds', '1..3', '--sweep', 'sharing.p=0.05,0.1', '--series', 'ref/series.csv'],
      /belongs to a different batch \(it differs in: seeds 1\.\.150 → 1\.\.3\); refusing/,
    ],
    ['another shard of this batch', [...RANGE, '--shard', '0/2', '--series', 'ref/series.csv'], /holds the whole batch, not shard 0\/2; give each shard its own --out$/],
  ];
  for (const [what, args, expected] of bad) {
    it(`refuses ${what} with one line, exit 2, nothing touched`, async () => {
      const before = hashDir('ref');
      const r = await inProcess(['batch', scenario, ...args.map((a) => (a.startsWith('ref/') ? j(a) : a)), '--out', j('ref/rows.csv')]);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr.trimEnd()).toMatch(expected);
      expect(hashDir('ref')).toBe(before);
    });
  }

  it('refuses an unwritable output path and a file that is no batch output', async () => {
    writeFileSync(j('plain.csv'), 'my,data\n');
    const r1 = await inProcess(['batch', scenario, '--seeds', '1..2', '--out', j('plain.csv/rows.csv')]);
    expect([r1.code, r1.stderr]).toEqual([2, `${j('plain.csv/rows.csv')}: cannot write there (ENOTDIR)\n`]);
    const r2 = await inProcess(['batch', scenario, '--seeds', '1..2', '--out', j('plain.csv')]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/exists but .*plain\.csv\.manifest\.json does not.*refusing to touch it/);
    expect(read('plain.csv')).toBe('my,data\n');
  });

  it('merge refuses shards of different batches and shards with gaps', async () => {
    const r1 = await inProcess(['merge', j('shards/shard-0.csv'), j('shards/shard-2.csv'), '--out', j('gap.csv')]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/^murmur merge: 100 of 300 runs are missing: 1, 4, 7, .* \(from shard 1\/3: absent or unfinished\)\n$/);
    const r2 = await inProcess(['merge', j('shards/shard-0.csv'), j('el/rows.jsonl').replace('.jsonl', '.csv'), '--out', j('mix.csv')]);
    expect(r2.code).toBe(2);
    writeFileSync(j('other.csv'), 'run,seed,seeding.budget,error\n');
    writeFileSync(j('other.csv.manifest.json'), read('el/rows.jsonl.manifest.json'));
    const r3 = await inProcess(['merge', j('shards/shard-0.csv'), j('other.csv'), '--out', j('mix.csv')]);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/other\.csv belongs to a different batch than .*shard-0\.csv \(it differs in: scenario, sweep, seeds 1\.\.150 → 1\.\.2\)/);
    expect(existsSync(j('gap.csv')) || existsSync(j('mix.csv'))).toBe(false);
  });
});

describe('murmur summarize', () => {
  it('prints mean, sd and a t-based 95% interval per metric per parameter combination', async () => {
    const r = await inProcess(['summarize', join(dir, 'ref/rows.csv'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.by).toEqual(['sharing.p']);
    expect(out.interval.method).toBe('student-t');
    const rows = read('ref/rows.csv')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const adopters = rows.filter((f) => f[2] === '0.1').map((f) => Number(f[3]));
    const mean = adopters.reduce((a, b) => a + b, 0) / adopters.length;
    const sd = Math.sqrt(adopters.reduce((a, b) => a + (b - mean) ** 2, 0) / (adopters.length - 1));
    const row = out.rows.find((x: any) => x['sharing.p'] === 0.1 && x.metric === 'adopters');
    expect(row.n).toBe(150);
    expect(row.mean).toBeCloseTo(mean, 10);
    expect(row.sd).toBeCloseTo(sd, 10);
    // t(0.975, 149) = 1.97601.
    expect((row.high - row.mean) / (sd / Math.sqrt(150))).toBeCloseTo(1.97601, 4);
    const text = await inProcess(['summarize', join(dir, 'ref/rows.csv'), '--by', 'seed']);
    expect(text.stdout.split('\n')[0]).toMatch(/^seed\s+metric\s+n\s+mean\s+sd\s+95% CI \(t\)$/);
    expect(text.stdout).toMatch(/\n1\s+adopters\s+2\s+/);
  });
});
