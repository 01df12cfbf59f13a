// The `murmur` command as a user meets it: spawned as a process, exit codes, stdout and stderr kept apart.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/simulation';
import { runToEnd } from '../../src/engine/measure';
import { generateNetwork, NETWORK_KINDS } from '../../src/engine/network/networks';
import { networkReport } from '../../src/engine/network/metrics';
import { createStream, createStreams } from '../../src/engine/rng/rng';
import { SHARING_MODELS } from '../../src/engine/sharing/models';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'murmur-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * One `node bin/murmur.mjs …` process. Each costs about half a second of tsx start-up, so they are
 * few (12 in this file) and run three at a time: a test awaits the one it reads.
 */
function murmur(...args: string[]): Promise<Result> {
  return limit(
    () =>
      new Promise<Result>((resolve, reject) => {
        const child = spawn(process.execPath, ['bin/murmur.mjs', ...args], { cwd: root, env: { ...process.env, MURMUR_DEBUG: '' } });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      }),
  );
}

const RUNNING_AT_ONCE = 3;
let running = 0;
const waiting: (() => void)[] = [];
async function limit<T>(task: () => Promise<T>): Promise<T> {
  if (running >= RUNNING_AT_ONCE) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function write(name: string, content: string | object): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/** Bad input: exit 2, exactly these lines on stderr, no stack trace, nothing on stdout. */
function expectRefused(r: Result, lines: string[]): void {
  expect(r.stderr).toBe(lines.map((l) => l + '\n').join(''));
  expect(r.stderr).not.toContain('    at ');
  expect(r.stdout).toBe('');
  expect(r.code).toBe(2);
}

const NETWORKS = NETWORK_KINDS.join(', ');
const IC = { model: 'independent-cascade' };

// Inputs, written before any process starts.
const bad = {
  json: write('json.json', '{\n  "seed": 1,\n  "ticks": 10,,\n}\n'),
  types: write('types.json', { seed: 'seven', ticks: 1.5, sharing: IC }),
  missing: write('missing.json', { network: { n: 100 }, sharing: IC }),
  unknown: write('unknown.json', { tciks: 5, sharing: IC }),
  k: write('k.json', { network: { kind: 'watts-strogatz', n: 100, k: 7 }, sharing: IC }),
  prob: write('prob.json', { network: { kind: 'watts-strogatz', p: 1.5 }, sharing: { model: 'sir', p: 0.1, recovery: -1 } }),
  n: write('n.json', { network: { kind: 'erdos-renyi', n: 0, meanDegree: 0 }, sharing: IC }),
  huge: write('huge.json', { network: { kind: 'watts-strogatz', n: 1_000_000_000, k: 10 }, sharing: IC }),
  kind: write('kind.json', { network: { kind: 'small-world' }, sharing: IC }),
  model: write('model.json', { sharing: { model: 'thresold' } }),
  edges: write('edges.json', { network: { kind: 'edge-list', file: 'ties.txt' }, sharing: IC }),
  absent: join(tmp, 'nowhere.json'),
};
write('ties.txt', '# a small edge list\n0 1\n1 2 0.5\n2 3 4 5\n');
const broken = write('broken.json', '{ "seed": 1 ');
const edgesRun = write('edges-run.json', { network: { kind: 'edge-list', file: 'ties-run.csv' }, sharing: IC });
write('ties-run.csv', 'source,target,weight\n0,1,0.5\n1,2,1.5\n');
const shipped = readdirSync(join(root, 'scenarios'))
  .filter((f) => f.endsWith('.json') && !/\.(schema|sweep)\.json$/.test(f))
  .map((f) => `scenarios/${f}`);
const outA = join(tmp, 'out-a');
const outB = join(tmp, 'out-b');

// Every process, started now (three at a time); each test awaits its own.
const runs = {
  validateBad: murmur('validate', ...Object.values(bad)),
  runBroken: murmur('run', broken, '--json'),
  runSet: murmur('run', 'scenarios/ic-small-world.json', '--set', 'sharing.pp=0.3', '--json'),
  runEdges: murmur('run', edgesRun),
  runFlag: murmur('run', 'scenarios/ic-small-world.json', '--sed', '3'),
  graphModel: murmur('graph', '--model', 'small-world'),
  graphHuge: murmur('graph', '--model', 'barabasi-albert', '--n', '2000000000', '--m', '5'),
  runJson: murmur('run', 'scenarios/ic-small-world.json', '--seed', '7', '--json', '--series'),
  outA: murmur('run', 'scenarios/ic-small-world.json', '--seed', '3', '--out', outA),
  outB: murmur('run', 'scenarios/ic-small-world.json', '--seed', '3', '--out', outB),
  graphJson: murmur('graph', '--model', 'watts-strogatz', '--n', '1000', '--k', '10', '--p', '0.01', '--seed', '1', '--json'),
  validateShipped: murmur('validate', ...shipped),
};

describe('murmur: bad input exits 2 with one clear line per problem', () => {
  it('validate reports every problem of every file, prefixed by the file', async () => {
    expectRefused(await runs.validateBad, [
      `${bad.json}:3:15: invalid JSON: Expected double-quoted property name`,
      `${bad.types}: seed: must be a number (got "seven")`,
      `${bad.types}: ticks: must be a whole number (got 1.5)`,
      `${bad.missing}: network.kind: is required (one of ${NETWORKS})`,
      `${bad.unknown}: tciks: unknown key (did you mean "ticks"?)`,
      `${bad.k}: network.k: must be even, at least 2 and smaller than n (got 7, n=100)`,
      `${bad.prob}: network.p: must be at most 1 (got 1.5)`,
      `${bad.prob}: sharing.recovery: must be at least 0 (got -1)`,
      `${bad.n}: network.n: must be a whole number of at least 1 (got 0)`,
      `${bad.huge}: network.n: 1000000000 members with k=10 would need about 177.0 GB of memory; the limit is 4.0 GB`,
      `${bad.kind}: network.kind: unknown kind "small-world" (known: ${NETWORKS})`,
      `${bad.model}: sharing.model: unknown model "thresold" (did you mean "threshold"?) (known: ${SHARING_MODELS.join(', ')})`,
      'network.file: ties.txt:4: expected "source target [weight]" (got "2 3 4 5")',
      `${bad.absent}: cannot read scenario (no such file)`,
    ]);
  });

  it('run refuses invalid JSON with its line and column', async () => {
    expectRefused(await runs.runBroken, [`${broken}:1:13: invalid JSON: Expected ',' or '}' after property value`]);
  });

  it('run refuses an unknown --set path and suggests the nearest field', async () => {
    expectRefused(await runs.runSet, ['scenarios/ic-small-world.json: --set sharing.pp: unknown scenario field "sharing.pp" (did you mean "sharing.p"?)']);
  });

  it('run refuses a malformed edge list with the file and line number when it builds the graph', async () => {
    expectRefused(await runs.runEdges, ['network.file: ties-run.csv:3: weight must be in (0, 1] (got 1.5)']);
  });

  it('run refuses an unknown flag', async () => {
    expectRefused(await runs.runFlag, ['murmur run: unknown flag --sed (did you mean "--seed"?)']);
  });

  it('graph refuses unknown models and graphs too big for memory', async () => {
    expectRefused(await runs.graphModel, [`murmur graph: unknown model "small-world" (known: ${NETWORKS})`]);
    expectRefused(await runs.graphHuge, ['murmur graph: --n: 2000000000 members with m=5 would need about 327.8 GB of memory; the limit is 4.0 GB']);
  });
});

describe('murmur: machine-readable output', () => {
  it('run --json prints exactly one JSON object with the contract keys, equal to an in-process run', async () => {
    const r = await runs.runJson;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['scenario', 'seed', 'ticks', 'summary', 'series']);
    expect(out).toMatchObject({ scenario: 'ic-small-world', seed: 7 });
    for (const key of ['adopters', 'adoptersFraction', 'reach', 'reachFraction', 'peakTick', 'cascades', 'largestCascade', 'maxDepth', 'structuralVirality']) {
      expect(typeof out.summary[key], key).toBe('number');
    }
    expect(out.series).toHaveLength(out.ticks + 1);
    for (const row of out.series) expect(Object.keys(row)).toEqual(expect.arrayContaining(['tick', 'newAdopters', 'adopters', 'reach']));
    expect(out.series.at(-1).adopters).toBe(out.summary.adopters);

    const scenario = loadScenario(readFileSync(join(root, 'scenarios/ic-small-world.json'), 'utf8'), { overrides: ['seed=7'] });
    const local = runToEnd(createSimulation(toSimulationSpec(scenario)), { series: true });
    expect(out.ticks).toBe(local.ticks);
    expect(out.summary).toEqual(JSON.parse(JSON.stringify(local.summary)));
  });

  it('run --out writes summary.json, series.csv, cascade.csv and manifest.json, byte-identical across runs', async () => {
    for (const r of [await runs.outA, await runs.outB]) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const names = ['cascade.csv', 'manifest.json', 'series.csv', 'summary.json'];
    expect(readdirSync(outA).sort()).toEqual(names);
    expect(readdirSync(outB).sort()).toEqual(names);
    for (const f of names) expect(readFileSync(join(outB, f)), f).toEqual(readFileSync(join(outA, f)));

    const summary = JSON.parse(readFileSync(join(outA, 'summary.json'), 'utf8'));
    const cascade = readFileSync(join(outA, 'cascade.csv'), 'utf8').trimEnd().split('\n');
    expect(cascade[0]).toMatch(/^member,parent,tick,hop(,|$)/);
    expect(cascade).toHaveLength(summary.summary.adopters + 1);
    const series = readFileSync(join(outA, 'series.csv'), 'utf8').trimEnd().split('\n');
    expect(series[0].split(',')).toEqual(expect.arrayContaining(['tick', 'newAdopters', 'adopters', 'reach']));
    expect(series).toHaveLength(summary.ticks + 2);
    const manifest = readFileSync(join(outA, 'manifest.json'), 'utf8');
    expect(JSON.parse(manifest)).toMatchObject({ seed: 3, scenario: { seed: 3, network: { kind: 'watts-strogatz', n: 10000 } } });
    expect(manifest).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });

  it('graph --json prints the contract keys, the same numbers as in-process metrics at the same seed', async () => {
    const r = await runs.graphJson;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    const contract = [
      'model',
      'n',
      'm',
      'meanDegree',
      'clustering',
      'transitivity',
      'meanPathLength',
      'pathLengthSampled',
      'components',
      'largestComponent',
      'degreeHistogram',
      'distanceDistribution',
    ];
    expect(Object.keys(out)).toEqual(expect.arrayContaining(contract));
    const g = generateNetwork(createStreams(1).network, { kind: 'watts-strogatz', n: 1000, k: 10, p: 0.01 });
    expect(out).toEqual({ model: 'watts-strogatz', ...JSON.parse(JSON.stringify(networkReport(g, createStream(1, 'metrics')))) });
  });

  it('validate accepts every shipped scenario: exit 0, one "ok" line each on stdout', async () => {
    const r = await runs.validateShipped;
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(shipped.map((f) => `ok ${f}\n`).join(''));
    expect(r.code).toBe(0);
  });
});
