// `murmur compare A B --seeds A..B`: both scenarios on the same seeds, each summary metric's paired difference B − A with a 95% interval.
import { basename } from 'node:path';
import { createSimulation } from '../../engine/simulation';
import { runToEnd, type Summary } from '../../engine/measure';
import { InputError } from '../../engine/problem';
import { toSimulationSpec } from '../../scenario/spec';
import type { Scenario } from '../../scenario/schema';
import { WorkerPool } from '../../runtime/pool';
import { intFlag, list, parseFlags } from '../args';
import { loadScenarioFile } from '../files';
import { parseSeeds, seedCount } from '../batch/seeds';
import { better, excludesZero, pairedDifferences, type MetricComparison } from '../../analysis/pairedDifferences';
import { progressLine } from '../progress';

export const compareHelp = 'murmur compare A.json B.json --seeds A..B [--set path=value ...] [--workers W] [--json]';

/** Sections that, when equal, make the pairs share their network and members (the streams do the rest). */
const SHARED = ['network', 'population'] as const;

function differing(a: Scenario, b: Scenario): string[] {
  return SHARED.filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null));
}

async function runAll(scenarios: Scenario[], seeds: number[], workers: number): Promise<Summary[][]> {
  const total = scenarios.length * seeds.length;
  const progress = progressLine('compare', total);
  const out: Summary[][] = scenarios.map(() => new Array<Summary>(seeds.length));
  let done = 0;
  const tick = () => progress?.(++done);
  if (workers <= 1) {
    for (let k = 0; k < seeds.length; k++) {
      for (let s = 0; s < scenarios.length; s++) {
        out[s][k] = runToEnd(createSimulation(toSimulationSpec({ ...scenarios[s], seed: seeds[k] }))).summary;
        tick();
      }
    }
  } else {
    const pool = new WorkerPool({ size: workers });
    try {
      await Promise.all(
        seeds.flatMap((seed, k) =>
          scenarios.map((sc, s) =>
            pool.run({ spec: toSimulationSpec({ ...sc, seed }) }).then((r) => {
              out[s][k] = r.summary;
              tick();
            }),
          ),
        ),
      );
    } finally {
      await pool.close();
    }
  }
  progress?.(-1);
  return out;
}

const fmt = (x: number) => (Number.isNaN(x) ? 'n/a' : Math.abs(x) >= 1000 || Number.isInteger(x) ? x.toFixed(Math.abs(x) >= 1000 ? 1 : 0) : x.toPrecision(4));
const signed = (x: number) => (x > 0 ? '+' : '') + fmt(x);

export function formatComparison(names: [string, string], seeds: string, n: number, metrics: Record<string, MetricComparison>): string {
  const verdict = (k: string, m: MetricComparison) => {
    const won = better(k, m);
    return won ? `${won} better` : excludesZero(m) ? '*' : '';
  };
  const rows = Object.entries(metrics).map(([k, m]) => [k, fmt(m.a), fmt(m.b), signed(m.diff), `[${signed(m.low)}, ${signed(m.high)}]`, verdict(k, m)]);
  const head = ['metric', 'A mean', 'B mean', 'B − A', '95% interval', ''];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return (
    [
      `A: ${names[0]}`,
      `B: ${names[1]}`,
      `${n} paired runs (seeds ${seeds}); where the interval excludes 0: A or B better (by the measure's better direction, as the studio marks it), or * when neither way is better`,
      line(head),
      ...rows.map(line),
    ].join('\n') + '\n'
  );
}

export async function compareCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('compare', argv, {
    seeds: { type: 'string' },
    set: { type: 'string', multiple: true },
    workers: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 2)
    throw new InputError([{ path: '', message: `murmur compare: needs two scenario files, A and B (got ${positionals.length}); usage: ${compareHelp}` }]);
  if (values.seeds === undefined) throw new InputError([{ path: '', message: 'murmur compare: --seeds A..B is required (the same seeds run for both scenarios)' }]);
  const range = parseSeeds(String(values.seeds));
  if (seedCount(range) < 2) throw new InputError([{ path: '', message: `murmur compare: --seeds needs at least two seeds for an interval (got ${values.seeds})` }]);
  const workers = intFlag('compare', 'workers', values.workers, 1) ?? 1;
  const sets = list(values.set);
  const problems: InputError[] = [];
  const scenarios = positionals.map((file) => {
    try {
      return loadScenarioFile(file, sets);
    } catch (e) {
      if (e instanceof InputError) problems.push(e);
      else throw e;
      return undefined;
    }
  });
  if (problems.length) throw new InputError(problems.flatMap((e) => e.problems));
  const [a, b] = scenarios as [Scenario, Scenario];
  const names = positionals.map((f, k) => `${scenarios[k]!.name ?? basename(f).replace(/\.json$/, '')} (${f})`) as [string, string];
  const apart = differing(a, b);
  if (apart.length)
    process.stderr.write(
      `murmur compare: note: A and B differ in ${apart.join(' and ')}, so the pairs share seeds but not ${apart.includes('network') ? 'networks' : 'members'}\n`,
    );
  const seeds = Array.from({ length: seedCount(range) }, (_, k) => range.from + k);
  const [ra, rb] = await runAll([a, b], seeds, workers);
  const metrics = pairedDifferences(ra, rb);
  const seedText = `${range.from}..${range.to}`;
  if (values.json) {
    process.stdout.write(
      JSON.stringify({ a: { file: positionals[0], name: a.name ?? null }, b: { file: positionals[1], name: b.name ?? null }, seeds: seedText, runs: seeds.length, metrics }) + '\n',
    );
  } else process.stdout.write(formatComparison(names, seedText, seeds.length, metrics));
  return 0;
}
