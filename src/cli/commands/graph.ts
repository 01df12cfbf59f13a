// `murmur graph --model NAME …`: generate a network and print its measures.
import { createStream, createStreams } from '../../engine/rng/rng';
import { generateNetwork, NETWORK_KINDS } from '../../engine/network/networks';
import { networkReport } from '../../engine/network/metrics';
import { InputError } from '../../engine/problem';
import { network as networkSchema } from '../../scenario/schema';
import { issuesToProblems } from '../../scenario/problems';
import { intFlag, numberFlag, parseFlags } from '../args';
import { readInput } from '../files';
import { didYouMean } from '../../scenario/suggest';
import { parsedNetworkFile } from '../../scenario/networkFile';
import { fileNotes } from '../../engine/network/formats/networkFile';
import { noteOnce, readNetworkInput } from '../networkText';

export const graphHelp = `murmur graph --model NAME [--n N --k K --p P --m M --mean-degree Z --communities C --bridges B ...] [--file EDGES|NETWORK [--format F --weights as-is|max|log-max|ignore --community ATTR]] [--seed N] [--samples S] [--json]
  models: ${NETWORK_KINDS.join(', ')}`;

const numeric = ['n', 'k', 'p', 'm', 'mean-degree', 'communities', 'bridges', 'strength', 'weak-strength', 'strong-strength', 'homophily'] as const;
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export async function graphCommand(argv: string[]): Promise<number> {
  const options: Record<string, { type: 'string' | 'boolean' }> = { model: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' }, file: { type: 'string' }, samples: { type: 'string' }, format: { type: 'string' }, weights: { type: 'string' }, community: { type: 'string' } };
  for (const k of numeric) options[k] = { type: 'string' };
  const { values, positionals } = parseFlags('graph', argv, options);
  if (positionals.length) throw new InputError([{ path: '', message: `murmur graph: unexpected argument "${positionals[0]}"; usage: ${graphHelp}` }]);
  // A network file names its own model: `murmur graph --file karate.gml`.
  const model = (values.model as string | undefined) ?? (values.file !== undefined ? 'file' : undefined);
  if (!model) throw new InputError([{ path: '', message: `murmur graph: --model is required (one of ${NETWORK_KINDS.join(', ')})` }]);
  if (!(NETWORK_KINDS as string[]).includes(model)) {
    throw new InputError([{ path: '', message: `murmur graph: unknown model "${model}"${didYouMean(model, NETWORK_KINDS)} (known: ${NETWORK_KINDS.join(', ')})` }]);
  }
  const raw: Record<string, unknown> = { kind: model };
  for (const k of numeric) {
    const v = numberFlag('graph', k, values[k]);
    if (v !== undefined) raw[camel(k)] = v;
  }
  if (values.file !== undefined) {
    raw.file = values.file;
    raw.text = model === 'file' ? readNetworkInput(String(values.file), 'murmur graph: --file') : readInput(String(values.file), 'edge list');
    if (model === 'file') for (const k of ['format', 'weights', 'community'] as const) if (values[k] !== undefined) raw[k] = values[k];
  }
  const parsed = networkSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    throw new InputError(issuesToProblems(parsed.error.issues, raw).map((p) => ({ path: '', message: `murmur graph: --${p.path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${p.message}` })));
  }
  const seed = intFlag('graph', 'seed', values.seed) ?? 1;
  const samples = intFlag('graph', 'samples', values.samples, 1);
  const spec = parsed.data;
  let graph;
  try {
    if (spec.kind === 'file' && spec.text !== undefined) for (const note of fileNotes(parsedNetworkFile(spec), spec.file)) noteOnce(note);
    graph = generateNetwork(createStreams(seed).network, spec as any);
  } catch (e) {
    if (e instanceof InputError) {
      // A problem with the whole spec (path `network`) names no flag.
      const flag = (path: string) => (path === 'network' ? '' : `--${path.replace(/^network\./, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: `);
      throw new InputError(e.problems.map((p) => ({ path: '', message: `murmur graph: ${flag(p.path)}${p.message}` })));
    }
    throw e;
  }
  const report = { model, ...networkReport(graph, createStream(seed, 'metrics'), samples ? { samples } : {}) };
  if (values.json) process.stdout.write(JSON.stringify(report) + '\n');
  else {
    const lines = [`${model}: ${report.n} members, ${report.m} ties`];
    for (const [k, v] of Object.entries(report)) {
      if (k === 'model' || Array.isArray(v)) continue;
      lines.push(`  ${k.padEnd(20)} ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : String(v)}`);
    }
    lines.push(`  ${'degrees of separation'.padEnd(20)} ${report.distanceDistribution.map((c, d) => `${d}:${c}`).slice(1).join(' ')}`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  return 0;
}
