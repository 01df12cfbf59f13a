// `<out>.manifest.json`: what a batch is (resolved scenario, sweep, seeds, version, a sha256 of each)
// and which part of it a file holds (shard). The batch hash leaves the shard out, so shards match.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../../engine/problem';
import { stableJson } from '../../runtime/sharedGraph';
import type { BatchPlan } from './plan';
import type { Format } from './rows';
import type { SeedRange } from './seeds';
import type { Shard } from './shard';
import type { Sweep } from './sweep';

export interface Manifest {
  tool: 'murmur';
  command: 'batch';
  version: string;
  /** sha256 identifying the batch whatever the shard: of the hashes below. */
  batch: string;
  shard: Shard | null;
  /** Runs in the whole batch (all shards). */
  runs: number;
  format: Format;
  /** The per-tick table written beside it (a file name in the same folder), if any. */
  series: string | null;
  seeds: SeedRange;
  sweep: Sweep[];
  /** Explicit design points instead of a sweep (sensitivity, calibration): their columns, count and a sha256 of the rows (and per-point seeds). */
  design?: DesignRecord;
  /** The scenario after `--set` and defaults; each run sets `seed` and its sweep values. */
  scenario: Record<string, unknown>;
  hashes: { scenario: string; sweep: string; seeds: string; version: string; design?: string };
}

export interface DesignRecord {
  paths: string[];
  points: number;
  rows: string;
  /** Whether each point runs once on its own seed (otherwise on every seed of the range). */
  ownSeeds: boolean;
}

/** The columns between `seed` and the metrics in a batch's tables. */
export function manifestPaths(m: Manifest): string[] {
  return m.design ? m.design.paths : m.sweep.map((s) => s.path);
}

/** Beside the output and named after it, so that two batches in one folder never share one. */
export function manifestPath(out: string): string {
  return `${out}.manifest.json`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The scenario less its words for people: retitling a scenario or rewording its question must not stop a batch resuming. */
function whatRuns(scenario: Record<string, any>): Record<string, any> {
  const { title: _title, description: _description, ...rest } = scenario;
  return rest;
}

export function buildManifest(plan: BatchPlan, version: string, format: Format, series: string | null): Manifest {
  const { $schema: _schema, seed: _seed, ...scenario } = plan.base as Record<string, any>;
  const network = { ...scenario.network };
  // An edge list's contents count in the hash but are not copied into the manifest.
  delete network.text;
  const sweep = plan.sweeps.map((s) => ({ path: s.path, values: [...s.values] }));
  const d = plan.design;
  const design: DesignRecord | undefined = d ? { paths: [...d.paths], points: d.rows.length, rows: sha256(JSON.stringify(d.rows)), ownSeeds: d.seeds !== undefined } : undefined;
  const hashes: Manifest['hashes'] = {
    scenario: sha256(stableJson(whatRuns(scenario))),
    sweep: sha256(stableJson(sweep)),
    seeds: sha256(stableJson(d?.seeds ?? plan.seeds)),
    version: sha256(version),
  };
  if (design) hashes.design = sha256(stableJson(design));
  return {
    tool: 'murmur',
    command: 'batch',
    version,
    batch: sha256(stableJson(hashes)),
    shard: plan.shard,
    runs: plan.total,
    format,
    series,
    seeds: { ...plan.seeds },
    sweep,
    ...(design ? { design } : {}),
    scenario: { ...scenario, network },
    hashes,
  };
}

export function manifestText(m: Manifest): string {
  return JSON.stringify(m, null, 2) + '\n';
}

export function readManifest(path: string): Manifest | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    if (m?.tool !== 'murmur' || m.command !== 'batch' || typeof m.batch !== 'string') throw new Error('not a murmur batch manifest');
    return m;
  } catch (e) {
    throw new InputError([{ path: '', message: `${path}: unreadable manifest (${(e as Error).message})` }]);
  }
}

/** What makes two manifests different batches, in words. */
export function differences(was: Manifest, now: Manifest): string {
  const parts = (['scenario', 'sweep', 'design', 'seeds', 'version'] as const).filter((k) => was.hashes?.[k] !== now.hashes[k]);
  const say = parts.map((k) =>
    k === 'version' ? `version ${was.version} → ${now.version}` : k === 'seeds' ? `seeds ${was.seeds?.from}..${was.seeds?.to} → ${now.seeds.from}..${now.seeds.to}` : k,
  );
  return say.length ? say.join(', ') : 'batch hash';
}

export function shardText(s: Shard | null): string {
  return s ? `shard ${s.index}/${s.count}` : 'the whole batch';
}
