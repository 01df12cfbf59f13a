// `murmur run SCENARIO`: one seeded run, as a summary, JSON, or a folder of files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createSimulation } from '../../engine/simulation';
import { runToEnd, type RunResult } from '../../engine/measure';
import type { CascadeRecord } from '../../engine/cascade/record';
import { toSimulationSpec } from '../../scenario/spec';
import type { Scenario } from '../../scenario/schema';
import { InputError } from '../../engine/problem';
import { intFlag, list, parseFlags } from '../args';
import { loadScenarioFile, packageVersion } from '../files';
import { csvLine, csvTable } from '../csv';
import { progressLine } from '../progress';
import { graphFormatFlag, writeRunGraph } from '../export/runGraph';
import { fileNetworkGraph, memberLabels } from '../../scenario/networkFile';

export const runHelp = 'murmur run SCENARIO [--seed N] [--ticks T] [--set path=value ...] [--json] [--series] [--out DIR [--graph gexf|graphml]]';

export async function runCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('run', argv, {
    seed: { type: 'string' },
    ticks: { type: 'string' },
    set: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    series: { type: 'boolean' },
    out: { type: 'string' },
    graph: { type: 'string' },
  });
  if (positionals.length !== 1) throw new InputError([{ path: '', message: `usage: ${runHelp}` }]);
  const file = positionals[0];
  const overrides = list(values.set);
  const seed = intFlag('run', 'seed', values.seed);
  const ticks = intFlag('run', 'ticks', values.ticks);
  if (seed !== undefined) overrides.push(`seed=${seed}`);
  if (ticks !== undefined) overrides.push(`ticks=${ticks}`);
  const graphFormat = graphFormatFlag(values.graph, values.out);
  const scenario = loadScenarioFile(file, overrides);
  const name = scenario.name ?? basename(file).replace(/\.json$/, '');
  const sim = createSimulation(toSimulationSpec(scenario), { graph: fileNetworkGraph(scenario.network) });
  const progress = progressLine('run', scenario.ticks);
  const result = runToEnd(sim, { series: values.series === true || values.out !== undefined, onTick: progress ? (r) => progress(r.tick) : undefined });
  progress?.(-1);
  const output = { scenario: name, seed: scenario.seed, ticks: result.ticks, summary: result.summary, ...(values.series ? { series: result.series } : {}) };
  if (values.out) writeRunFolder(String(values.out), scenario, result, sim.dynamics.records[0], sim.dynamics.tipOf);
  if (graphFormat) writeRunGraph(String(values.out), graphFormat, scenario.network, sim.graph, sim.dynamics.records[0], sim.dynamics.tipOf);
  if (values.json) process.stdout.write(JSON.stringify(output) + '\n');
  else process.stdout.write(formatSummary(name, scenario.seed, result));
  return 0;
}

function formatSummary(name: string, seed: number, r: RunResult): string {
  const lines = [`${name} (seed ${seed}), ${r.ticks} ticks`];
  for (const [k, v] of Object.entries(r.summary)) {
    const shown = Array.isArray(v) ? v.map((x) => round(x)).join(' ') : round(v);
    lines.push(`  ${k.padEnd(24)} ${shown}`);
  }
  return lines.join('\n') + '\n';
}

const round = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(4));

/**
 * summary.json, series.csv, cascade.csv and a manifest with no timestamps, so that reruns are
 * byte-identical. `tipOf` names what tipped each share (cascade.csv's driver column; empty for
 * the classic models, which have none).
 */
export function writeRunFolder(dir: string, scenario: Scenario, r: RunResult, record: CascadeRecord, tipOf?: (member: number) => string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new InputError([{ path: '', message: `--out ${dir}: cannot create the folder (${(e as Error).message})` }]);
  }
  writeFileSync(join(dir, 'summary.json'), JSON.stringify({ seed: scenario.seed, ticks: r.ticks, summary: r.summary }, null, 2) + '\n');
  writeFileSync(join(dir, 'series.csv'), csvTable(r.series ?? []));
  let cascade = csvLine(['member', 'parent', 'tick', 'hop', 'driver']);
  // A file network's members go by their labels (its organizer, past the last member, by "organizer").
  const labels = memberLabels(scenario.network);
  const who = (i: number) => (labels ? (labels[i] ?? 'organizer') : i);
  for (let k = 0; k < record.adopters; k++) {
    const i = record.order[k];
    cascade += csvLine([who(i), record.parent[i] < 0 ? '' : who(record.parent[i]), record.adoptedAt[i], record.hop[i], tipOf?.(i) ?? '']);
  }
  writeFileSync(join(dir, 'cascade.csv'), cascade);
  const resolved = { ...scenario, network: { ...scenario.network, text: undefined } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ tool: 'murmur', version: packageVersion(), command: 'run', seed: scenario.seed, scenario: resolved }, null, 2) + '\n');
}
