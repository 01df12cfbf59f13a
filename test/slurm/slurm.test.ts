// The shipped Slurm script on a real one-node Slurm: a 4-task job array runs the shards of a batch,
// `murmur merge` joins them, and the result equals one machine's run byte for byte.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const cluster = join(import.meta.dirname, 'cluster.sh');
const script = join(root, 'scenarios/slurm/murmur-batch.sbatch');
const murmur = `${process.execPath} ${join(root, 'bin/murmur.mjs')}`;
const work = mkdtempSync(join(tmpdir(), 'murmur-slurm-'));
const state = join(work, 'cluster');
let started = false;

afterAll(() => {
  if (started) {
    const stop = spawnSync('bash', [cluster, 'stop', state], { encoding: 'utf8' });
    if (stop.status !== 0) console.error(`slurm: stopping the cluster: ${stop.stderr}`);
  }
  rmSync(work, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Slurm job array', () => {
  it('runs a 4-shard batch as an array with the shipped script; merged equals one machine', async (ctx) => {
    const install = spawnSync('bash', [cluster, 'install'], { encoding: 'utf8', timeout: 240_000 });
    if (install.status !== 0) {
      const why = `Slurm cannot be had here: ${(install.stderr || install.error?.message || `exit ${install.status}`).trim()}`;
      console.warn(`SKIPPED slurm test: ${why}`);
      ctx.skip(why);
    }
    const start = spawnSync('bash', [cluster, 'start', state], { encoding: 'utf8', timeout: 60_000 });
    started = true;
    expect(start.status, `cluster.sh start: ${start.stderr}`).toBe(0);
    const env = { ...process.env, SLURM_CONF: join(state, 'slurm.conf'), MURMUR: murmur };

    writeFileSync(
      join(work, 'small.json'),
      JSON.stringify({
        ticks: 30,
        network: { kind: 'watts-strogatz', n: 500, k: 6, p: 0.1 },
        sharing: { model: 'independent-cascade', p: 0.15 },
        seeding: { strategy: 'random', budget: 3 },
      }),
    );
    const flags = ['--seeds', '1..12', '--sweep', 'sharing.p=0.1,0.2'];
    const job = execFileSync(
      'sbatch',
      ['--parsable', '--array=0-3', '--cpus-per-task=1', `--chdir=${work}`, `--output=${work}/slurm-%A_%a.out`, script, 'small.json', 'shards', ...flags],
      {
        env,
        encoding: 'utf8',
      },
    ).trim();
    expect(job).toMatch(/^\d+$/);
    // No accounting, so no sacct: the array is done when squeue no longer lists it.
    const deadline = Date.now() + 120_000;
    while (execFileSync('squeue', ['-h', '-j', job], { env, encoding: 'utf8' }).trim() !== '') {
      if (Date.now() > deadline) throw new Error(`slurm: job ${job} still queued after 120 s`);
      await sleep(250);
    }
    const logs = readdirSync(work)
      .filter((f) => f.startsWith(`slurm-${job}_`))
      .sort();
    expect(logs).toEqual([0, 1, 2, 3].map((i) => `slurm-${job}_${i}.out`));
    const logText = logs.map((f) => readFileSync(join(work, f), 'utf8')).join('');
    for (const i of [0, 1, 2, 3]) expect(existsSync(join(work, `shards/shard-${i}.csv`)), logText).toBe(true);
    expect(JSON.parse(readFileSync(join(work, 'shards/shard-3.csv.manifest.json'), 'utf8')).shard).toEqual({ index: 3, count: 4 });

    mkdirSync(join(work, 'merged'));
    const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin/murmur.mjs'), ...args], { cwd: work, encoding: 'utf8' });
    const merge = run(['merge', ...[0, 1, 2, 3].map((i) => `shards/shard-${i}.csv`), '--out', 'merged/all.csv']);
    expect(merge.status, merge.stderr).toBe(0);
    const one = run(['batch', 'small.json', ...flags, '--workers', '2', '--out', 'one/all.csv']);
    expect(one.status, one.stderr).toBe(0);
    const merged = readFileSync(join(work, 'merged/all.csv'), 'utf8');
    expect(merged.trimEnd().split('\n')).toHaveLength(25);
    expect(merged).toBe(readFileSync(join(work, 'one/all.csv'), 'utf8'));
    expect(readFileSync(join(work, 'merged/all.csv.manifest.json'), 'utf8')).toBe(readFileSync(join(work, 'one/all.csv.manifest.json'), 'utf8'));
  }, 300_000);
});
