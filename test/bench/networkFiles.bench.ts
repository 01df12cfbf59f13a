// Network files: loading a 1,000,000-tie Matrix Market and edge-list file (each in a fresh process), and a
// 10,000-run batch written as Parquet against CSV. Printed, never asserted. `run(report, json)` for index.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { wattsStrogatz } from '../../src/engine/network/generators/wattsStrogatz';
import { createStreams } from '../../src/engine/rng/rng';
import { generateNetwork } from '../../src/engine/network/networks';
import { loadScenario } from '../../src/scenario/load';
import { fileNetworkGraph } from '../../src/scenario/networkFile';
import { parquetFromCsv, parquetJournal } from '../../src/cli/batch/parquetTable';
import { heading, median, type Report } from './report';

/** 200,000 members with k = 10: exactly 1,000,000 ties, each written once. */
const N = 200_000;
const K = 10;
const BATCH_RUNS = 10_000;

/** Writes the same network as Matrix Market (pattern, symmetric, lower triangle) and as an edge list. */
function writeFiles(dir: string): { mtx: string; edges: string } {
  const g = wattsStrogatz.generate(createStreams(1).network, { kind: 'watts-strogatz', n: N, k: K, p: 0.1 });
  const mtx: string[] = [`%%MatrixMarket matrix coordinate pattern symmetric\n${N} ${N} ${g.m}\n`];
  const edges: string[] = [];
  for (let i = 0; i < g.n; i++) {
    for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) {
      const j = g.targets[a];
      if (j >= i) continue;
      mtx.push(`${i + 1} ${j + 1}\n`);
      edges.push(`${i} ${j}\n`);
    }
  }
  const paths = { mtx: join(dir, 'big.mtx'), edges: join(dir, 'big.txt') };
  writeFileSync(paths.mtx, mtx.join(''));
  writeFileSync(paths.edges, edges.join(''));
  return paths;
}

/**
 * The child's part, cold in a fresh process: read the file, validate the scenario (a `file`
 * network is parsed here, to check its mapping and attributes), then build the graph as `murmur run`
 * does (from that parse for a file; an edge list is parsed while it is built). Peak RSS is the whole process, Node and tsx included.
 */
export function networkFileChild(kind: 'file' | 'edge-list', path: string): void {
  const before = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const text = readFileSync(path, 'utf8');
  const t1 = performance.now();
  const scenario = loadScenario(JSON.stringify({ network: { kind, file: path } }), { readText: () => text });
  const t2 = performance.now();
  // As `murmur run` does: a file network's graph from the loader's parse, an edge list's built (and parsed) here.
  const g = fileNetworkGraph(scenario.network) ?? generateNetwork(createStreams(1).network, scenario.network as any);
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({
      cpu: (cpu.user + cpu.system) / 1e6,
      read: (t1 - t0) / 1000,
      validate: (t2 - t1) / 1000,
      build: (t3 - t2) / 1000,
      peakMB,
      baseMB: before / 1024 ** 2,
      m: g.m,
    }) + '\n',
  );
}

function loadFigures(report: Report, bench: string, files: { mtx: string; edges: string }): void {
  for (const [label, kind, path] of [
    ['mtx', 'file', files.mtx],
    ['edgelist', 'edge-list', files.edges],
  ] as const) {
    const r = spawnSync(process.execPath, [bench, '--network-file', kind, path], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`network file child (${label}) failed: ${r.stderr}`);
    const { cpu, read, validate, build, peakMB, baseMB, m } = JSON.parse(r.stdout);
    if (m !== (N * K) / 2) throw new Error(`expected ${(N * K) / 2} ties, got ${m}`);
    const mb = (statSync(path).size / 1024 ** 2).toFixed(0);
    report(
      `networkFile.${label}.1m.seconds`,
      read + validate + build,
      's',
      `wall: read ${read.toFixed(2)} + validate ${validate.toFixed(2)} + build ${build.toFixed(2)} s; ${cpu.toFixed(2)} s of CPU (GC included); ${mb} MB file`,
    );
    report(`networkFile.${label}.1m.peakMB`, peakMB, 'MB', `peak RSS; ${baseMB.toFixed(0)} MB before reading (Node + tsx)`);
  }
}

const tinyScenario = { ticks: 20, network: { kind: 'ring-lattice', n: 200, k: 4 }, sharing: { model: 'independent-cascade', p: 0.3 }, seeding: { strategy: 'random', budget: 1 } };

/** One whole `murmur batch` command, wall seconds. */
function batchSeconds(dir: string, scenario: string, out: string): number {
  const murmur = fileURLToPath(new URL('../../bin/murmur.mjs', import.meta.url));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [murmur, 'batch', scenario, '--seeds', `1..${BATCH_RUNS}`, '--workers', '2', '--out', join(dir, out)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`murmur batch --out ${out} failed: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

/** CSV and Parquet alternated (A B A B A B): the machine's drift falls on both alike. */
function batchFigures(report: Report, dir: string): void {
  const scenario = join(dir, 'tiny.json');
  writeFileSync(scenario, JSON.stringify(tinyScenario));
  const csv: number[] = [];
  const parquet: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const f of [`r${round}.csv`, `r${round}.parquet`]) rmSync(join(dir, f), { force: true });
    csv.push(batchSeconds(dir, scenario, `r${round}.csv`));
    parquet.push(batchSeconds(dir, scenario, `r${round}.parquet`));
  }
  const convert: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    parquetFromCsv(parquetJournal(join(dir, 'r0.parquet')), join(dir, 'again.parquet'));
    convert.push((performance.now() - t0) / 1000);
  }
  const size = (f: string) => (statSync(join(dir, f)).size / 1024).toFixed(0);
  report('batch.10k.csv.seconds', median(csv), 's', `median of 3 whole commands, 2 workers (${csv.map((x) => x.toFixed(2)).join(', ')}); ${size('r0.csv')} KB`);
  report('batch.10k.parquet.seconds', median(parquet), 's', `median of 3, alternated with CSV (${parquet.map((x) => x.toFixed(2)).join(', ')}); ${size('r0.parquet')} KB`);
  report('batch.10k.parquet.writeSeconds', median(convert), 's', 'the journal read and the Parquet file written, alone (median of 3)');
}

export async function run(report: Report, json: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'murmur-bench-files-'));
  try {
    heading(json, `Network files: ${(N * K) / 2} ties (${N} members), each loaded in a fresh process (not warm)`);
    const bench = fileURLToPath(new URL('../../bin/bench.mjs', import.meta.url));
    loadFigures(report, bench, writeFiles(dir));
    heading(json, `Batch output: ${BATCH_RUNS} runs of a 200-member ring, CSV against Parquet`);
    batchFigures(report, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
