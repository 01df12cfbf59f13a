import { noteOnce, readNetworkText } from '../networkText';
import { resolve } from 'node:path';
import { InputError, formatProblem, type Problem } from '../../engine/problem';
import { validateScenario } from '../../scenario/load';
import { toSimulationSpec } from '../../scenario/spec';
import type { Scenario } from '../../scenario/schema';
import type { SimulationSpec } from '../../engine/simulation';
import { parseEdgeList } from '../../engine/network/generators/edgeList';
import type { BatchSource } from './sweepFile';
import type { Sweep } from './sweep';
import { checkSeeds, seedCount, type SeedRange } from './seeds';
import { ShardRuns, type Shard } from './shard';

/** Every point is validated before the first run; beyond this many, a sweep is almost surely a typo. */
export const MAX_POINTS = 1_000_000;
/** Resume and merge index every run of a file in ~25 bytes: a shard of this many needs ~500 MB. */
export const MAX_RUNS_PER_FILE = 20_000_000;

/** Explicit design points: one row per point, values parallel to `paths`. */
export interface Design {
  paths: string[];
  rows: number[][];
  /** If given: one run per point, with this seed (rows.length long); the seed range is then ignored. */
  seeds?: number[];
}

export interface RunInfo {
  run: number;
  seed: number;
  point: number;
  /** The swept values (or design row) of this run, parallel to `paths`. */
  params: unknown[];
}

export class BatchPlan {
  readonly points: number;
  readonly total: number;
  readonly runs: ShardRuns;
  private cached: { point: number; scenario: Scenario } | undefined;
  private readonly texts = new Map<string, string>();

  /** The scenario with `--set` applied and defaults filled in, before any sweep. */
  readonly base: Scenario;

  /** The columns between `seed` and the metrics: the swept paths, or the design's. */
  readonly paths: readonly string[];

  private constructor(
    readonly src: BatchSource,
    readonly sweeps: readonly Sweep[],
    readonly seeds: SeedRange,
    readonly shard: Shard | null,
    readonly design: Design | null = null,
  ) {
    this.paths = design ? design.paths : sweeps.map((s) => s.path);
    this.points = design ? design.rows.length : sweeps.reduce((p, s) => p * s.values.length, 1);
    this.total = design?.seeds ? this.points : this.points * seedCount(seeds);
    this.runs = new ShardRuns(this.total, shard);
    this.base = this.validate([], '');
  }

  /** Validates the base and every sweep point; throws InputError naming the first bad point. */
  static create(src: BatchSource, sweeps: readonly Sweep[], seeds: SeedRange, shard: Shard | null): BatchPlan {
    const points = sweeps.reduce((p, s) => p * s.values.length, 1);
    if (points > MAX_POINTS) throw new InputError([{ path: '', message: `--sweep: ${points} sweep points; at most ${MAX_POINTS}` }]);
    return BatchPlan.checked(new BatchPlan(src, sweeps, seeds, shard));
  }

  /**
   * Design points × seeds (point outer, seed inner), or one run per point on `design.seeds`
   * (then `seeds` may be null). Validates the base and every point, as `create` does.
   */
  static fromDesign(src: BatchSource, design: Design, seeds: SeedRange | null, shard: Shard | null): BatchPlan {
    const d = checkDesign(design);
    if (!d.seeds && !seeds) throw new InputError([{ path: '', message: 'design: give a seed range or one seed per design point' }]);
    const range = d.seeds ? { from: d.seeds.reduce((a, b) => Math.min(a, b), Infinity), to: d.seeds.reduce((a, b) => Math.max(a, b), -Infinity) } : seeds!;
    return BatchPlan.checked(new BatchPlan(src, [], range, shard, d));
  }

  private static checked(plan: BatchPlan): BatchPlan {
    const { src, points } = plan;
    if (plan.runs.size > MAX_RUNS_PER_FILE) {
      throw new InputError([{ path: '', message: `murmur batch: ${plan.runs.size} runs in one output; at most ${MAX_RUNS_PER_FILE} (split the batch with --shard I/N)` }]);
    }
    const edgeLists = new Set<string>();
    for (let p = 0; p < points; p++) {
      const s = plan.scenarioAt(p);
      if (s.network.kind === 'edge-list') {
        const key = `${s.network.file}\0${s.network.strength}`;
        if (edgeLists.has(key)) continue;
        edgeLists.add(key);
        // A run finds a malformed edge list only when it builds the graph; a batch reads it now.
        try {
          parseEdgeList(s.network.text ?? '', s.network.file, s.network.strength ?? 1);
        } catch (e) {
          if (e instanceof InputError) throw new InputError(e.problems.map((q) => ({ path: '', message: `${src.source}: ${formatProblem(q)}` })));
          throw e;
        }
      }
    }
    return plan;
  }

  /** The sweep assignments of point `p` as `path=json` overrides. */
  assignments(p: number): string[] {
    if (this.design) return this.design.rows[p].map((v, i) => `${this.paths[i]}=${JSON.stringify(v)}`);
    return this.indices(p).map((i, s) => `${this.sweeps[s].path}=${JSON.stringify(this.sweeps[s].values[i])}`);
  }

  private indices(p: number): number[] {
    const out = new Array<number>(this.sweeps.length);
    for (let s = this.sweeps.length - 1; s >= 0; s--) {
      const size = this.sweeps[s].values.length;
      out[s] = p % size;
      p = Math.floor(p / size);
    }
    return out;
  }

  describe(run: number): RunInfo {
    const d = this.design;
    if (d?.seeds) return { run, seed: d.seeds[run], point: run, params: d.rows[run] };
    if (d) {
      const per = seedCount(this.seeds);
      const point = Math.floor(run / per);
      return { run, seed: this.seeds.from + (run % per), point, params: d.rows[point] };
    }
    const per = seedCount(this.seeds);
    const point = Math.floor(run / per);
    return { run, seed: this.seeds.from + (run % per), point, params: this.indices(point).map((i, s) => this.sweeps[s].values[i]) };
  }

  /** The validated scenario of sweep point `p` (the last one is kept: runs visit points in order). */
  scenarioAt(p: number): Scenario {
    if (this.cached?.point === p) return this.cached.scenario;
    const assignments = this.assignments(p);
    const scenario = this.validate(assignments, assignments.join(', '));
    this.cached = { point: p, scenario };
    return scenario;
  }

  specFor(run: number): SimulationSpec {
    const info = this.describe(run);
    return toSimulationSpec({ ...this.scenarioAt(info.point), seed: info.seed });
  }

  private validate(assignments: string[], where: string): Scenario {
    const readText = (p: string) => {
      const file = resolve(this.src.dir, p);
      let t = this.texts.get(file);
      if (t === undefined) this.texts.set(file, (t = readNetworkText(file)));
      return t;
    };
    try {
      return validateScenario(this.src.raw, { source: this.src.source, overrides: [...this.src.sets, ...assignments], readText, onNote: noteOnce });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      throw new InputError(e.problems.map((q) => this.explain(q, where)));
    }
  }

  /** One line per problem, saying which file and which sweep point. */
  private explain(q: Problem, where: string): Problem {
    const swept = /^--set ([^:]+): /.exec(q.message);
    if (swept && this.sweeps.some((s) => s.path === swept[1])) return { path: '', message: q.message.replace(/^--set /, '--sweep ') };
    if (swept && this.design?.paths.includes(swept[1])) return { path: '', message: `${q.message.replace(/^--set /, 'design ')} (at design point ${where})` };
    if (swept) return q;
    const text = q.message.startsWith(this.src.source) ? formatProblem(q) : `${this.src.source}: ${formatProblem(q)}`;
    return { path: '', message: where ? `${text} (at ${this.design ? 'design' : 'sweep'} point ${where})` : text };
  }
}

function failDesign(message: string): never {
  throw new InputError([{ path: '', message: `design: ${message}` }]);
}

/** Rows of finite numbers, one value per path; distinct dotted paths; whole seeds, one per row. */
function checkDesign(d: Design): Design {
  const seen = new Set<string>();
  for (const p of d.paths) {
    if (!/^[A-Za-z_$][\w$]*(\.[\w$]+)*$/.test(p)) failDesign(`"${p}" is not a dotted scenario path (like sharing.p)`);
    if (p === 'seed') failDesign('the run seed is not a design column (give seeds instead)');
    if (seen.has(p)) failDesign(`${p} is a column twice`);
    seen.add(p);
  }
  if (d.rows.length > MAX_POINTS) failDesign(`${d.rows.length} points; at most ${MAX_POINTS}`);
  d.rows.forEach((r, i) => {
    if (r.length !== d.paths.length) failDesign(`row ${i} has ${r.length} values for ${d.paths.length} paths`);
    for (const v of r) if (typeof v !== 'number' || !Number.isFinite(v)) failDesign(`row ${i} holds ${v}, not a finite number`);
  });
  if (d.seeds) {
    if (d.seeds.length !== d.rows.length) failDesign(`${d.seeds.length} seeds for ${d.rows.length} points`);
    d.seeds.forEach((s, i) => checkSeeds({ from: s, to: s }, `design: seed of row ${i}`));
  }
  return { paths: [...d.paths], rows: d.rows.map((r) => [...r]), ...(d.seeds ? { seeds: [...d.seeds] } : {}) };
}
