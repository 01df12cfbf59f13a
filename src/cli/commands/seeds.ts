// `murmur seeds SCENARIO`: whom to seed with a budget of k, with a guarantee where one exists, against every heuristic.
import { basename } from 'node:path';
import { toSimulationSpec } from '../../scenario/spec';
import { InputError } from '../../engine/problem';
import { seedingBudget } from '../../engine/seeding/strategies';
import { parseEdgeList } from '../../engine/network/generators/edgeList';
import { memberLabels } from '../../scenario/networkFile';
import type { SimulationSpec } from '../../engine/simulation';
import { intFlag, numberFlag, parseFlags } from '../args';
import { loadScenarioFile } from '../files';
import { checkSeedsRequest, defaultMethod, optimalSeeds, type SeedsAnswer } from '../../analysis/influence/optimalSeeds';
import { pinNetwork, scenarioGraph, type Estimate } from '../../analysis/influence/monteCarlo';
import { compareStrategies, type StrategyRow } from '../../analysis/influence/compareStrategies';
import type { InfluenceMethod } from '../../engine/seeding/influence/result';

export const seedsHelp = 'murmur seeds SCENARIO [--budget K] [--method imm|opim-c|celf] [--epsilon E] [--seed S] [--runs R] [--set path=value ...] [--json]';

export async function seedsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('seeds', argv, {
    budget: { type: 'string' },
    method: { type: 'string' },
    epsilon: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    set: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new InputError([{ path: '', message: `usage: ${seedsHelp}` }]);
  const file = positionals[0];
  const overrides = values.set === undefined ? [] : ([] as string[]).concat(values.set as string[]);
  const seed = intFlag('seeds', 'seed', values.seed);
  if (seed !== undefined) overrides.push(`seed=${seed}`);
  const budgetFlag = values.budget === undefined ? undefined : numberFlag('seeds', 'budget', values.budget);
  const epsilon = values.epsilon === undefined ? 0.1 : numberFlag('seeds', 'epsilon', values.epsilon)!;
  const runs = intFlag('seeds', 'runs', values.runs, 2) ?? 200;
  const scenario = loadScenarioFile(file, overrides);
  const name = scenario.name ?? basename(file).replace(/\.json$/, '');
  const spec = pinNetwork(toSimulationSpec(scenario));
  const graph = scenarioGraph(spec);
  const budget = budgetFlag ?? seedingBudget(spec.seeding);
  const method = (values.method as InfluenceMethod | undefined) ?? defaultMethod(spec);
  const req = { budget, method, epsilon };
  const problems = checkSeedsRequest(spec, graph.n, req, { budget: budgetFlag === undefined ? 'seeding.budget' : '--budget', method: '--method', epsilon: '--epsilon' });
  if (problems.length) throw new InputError(problems.map((p) => ({ path: '', message: `murmur seeds: ${p.path}: ${p.message}` })));
  const started = performance.now();
  const answer = optimalSeeds(spec, graph, req);
  const seconds = (performance.now() - started) / 1000;
  const rows = compareStrategies(spec, graph, answer.seeds, runs);
  const labels = labelsOf(spec);
  const out = {
    scenario: name,
    seed: spec.seed,
    members: graph.n,
    budget,
    method: answer.method,
    epsilon: answer.method === 'celf' ? null : epsilon,
    model: answer.model,
    seeds: Array.from(answer.seeds),
    ...(labels ? { labels: Array.from(answer.seeds, (i) => labels[i]) } : {}),
    reach: interval(rows[0].reach),
    estimate: answer.estimate,
    estimateFrom: answer.estimateFrom,
    guarantee: answer.guarantee,
    ratio: answer.ratio,
    ...(answer.certified !== undefined ? { certified: answer.certified } : {}),
    rrSets: answer.rrSets,
    meanSize: answer.meanSize,
    theta: answer.theta,
    ...(answer.rounds ? { rounds: answer.rounds } : {}),
    simulations: answer.simulations ?? 0,
    seconds,
    strategies: rows.map((r) => ({ strategy: r.strategy, seeds: Array.from(r.seeds), reach: interval(r.reach), ...(r.gain ? { gain: interval(r.gain) } : {}) })),
  };
  if (values.json) process.stdout.write(JSON.stringify(out) + '\n');
  else process.stdout.write(formatSeeds(name, spec, graph.n, answer, rows, seconds, labels));
  return 0;
}

function interval(e: Estimate): { mean: number; low: number; high: number; runs: number } {
  return { mean: e.mean, low: e.mean - e.half, high: e.mean + e.half, runs: e.runs };
}

/** An imported network's labels (ids in the order the file first names them), else undefined. */
function labelsOf(spec: SimulationSpec): string[] | undefined {
  const net = spec.network;
  if (net.kind === 'edge-list') return net.text === undefined ? undefined : parseEdgeList(net.text, net.file, net.strength ?? 1).ids;
  return memberLabels(net);
}

const fixed = (x: number, d = 1) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const pm = (e: Estimate, sign = false) => `${sign && e.mean >= 0 ? '+' : ''}${fixed(e.mean)} ± ${fixed(e.half)}`;

function formatSeeds(name: string, spec: SimulationSpec, n: number, a: SeedsAnswer, rows: StrategyRow[], seconds: number, labels?: string[]): string {
  const k = a.seeds.length;
  const lines = [`${name} (seed ${spec.seed}): ${k} seed${k === 1 ? '' : 's'} among ${n.toLocaleString('en-US')} members, ${a.model}`];
  lines.push(`  seeds       ${Array.from(a.seeds).join(' ')}`);
  if (labels) lines.push(`  labels      ${Array.from(a.seeds, (i) => labels[i]).join(' ')}`);
  const r = rows[0].reach;
  lines.push(`  reach       ${pm(r)} adopters (95% interval over ${r.runs} fresh runs); the method's own estimate ${fixed(a.estimate)}, from ${a.estimateFrom}`);
  lines.push(`  method      ${a.method}`);
  lines.push(`  guarantee   ${a.guarantee}`);
  const work =
    a.method === 'celf'
      ? `${(a.simulations ?? 0).toLocaleString('en-US')} simulations`
      : `${a.rrSets.toLocaleString('en-US')} RR sets (mean size ${fixed(a.meanSize, 2)})${a.rounds ? `, ${a.rounds.length} round${a.rounds.length === 1 ? '' : 's'} of OPIM-C` : `, θ = ${a.theta.toLocaleString('en-US')}`}`;
  lines.push(`  work        ${work}, ${seconds.toFixed(2)} s`);
  lines.push('', `  Against the heuristics at budget ${k}, on the same ${r.runs} runs (paired):`);
  lines.push(`  ${'strategy'.padEnd(20)}${'reach'.padEnd(22)}${'chosen − strategy'}`);
  for (const row of rows) lines.push(`  ${row.strategy.padEnd(20)}${pm(row.reach).padEnd(22)}${row.gain ? pm(row.gain, true) : ''}`);
  return lines.join('\n') + '\n';
}
