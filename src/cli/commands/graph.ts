// `murmur graph --model NAME …`: generate a network and print its measures; its flags are the generators' declared parameters.
import { createStream, createStreams } from '../../engine/rng/rng';
import { generateNetwork, NETWORK_KINDS, NETWORKS } from '../../engine/network/networks';
import { paramHelp, type Param, type Params } from '../../engine/params';
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

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A flag for a declared parameter: where it goes in the spec and what it is. */
interface NetworkFlag {
  path: string[];
  param: Param;
}

/**
 * Every generator's parameters as flags, derived from their declarations: `meanDegree` is
 * --mean-degree, a group's `homophily.trait` is --homophily-trait. `file` is read (its text is the
 * loader's), so it is handled apart.
 */
function networkFlags(): Map<string, NetworkFlag> {
  const out = new Map<string, NetworkFlag>();
  for (const g of NETWORKS) {
    for (const [key, param] of Object.entries(g.params as Params)) {
      if (key === 'text' || key === 'file') continue;
      if (param.type === 'group') for (const [child, p] of Object.entries(param.params)) out.set(`${kebab(key)}-${kebab(child)}`, { path: [key, child], param: p });
      else if (param.type !== 'list') out.set(kebab(key), { path: [key], param });
    }
  }
  return out;
}

const FLAGS = networkFlags();

function flagsOf(params: Params): string {
  return Object.entries(params)
    .flatMap(([k, p]) => (k === 'text' ? [] : p.type === 'group' ? Object.keys(p.params).map((c) => `--${kebab(k)}-${kebab(c)}`) : [`--${kebab(k)}`]))
    .join(' ');
}

export const graphHelp = `murmur graph --model NAME [its flags] [--file EDGES|NETWORK] [--seed N] [--samples S] [--json]
${NETWORKS.map((g) => `  ${g.kind}: ${flagsOf(g.params)}`).join('\n')}`;

/** A flag's help line, from its declaration (label, unit, doc): the studio's controls show the same words. */
function flagLines(params: Params): string[] {
  const line = (flag: string, p: Param) => `    ${flag.padEnd(22)} ${paramHelp(p)}`;
  return Object.entries(params).flatMap(([k, p]) => {
    if (k === 'text' || p.type === 'list') return [];
    if (p.type === 'group') return Object.entries(p.params).flatMap(([c, q]) => (q.type === 'list' ? [] : [line(`--${kebab(k)}-${kebab(c)}`, q)]));
    return [line(`--${kebab(k)}`, p)];
  });
}

/** `murmur graph --help`: the usage line, then each model's summary and its flags with their labels, units and docs. */
export const graphDetails = `${graphHelp}

${NETWORKS.map((g) => [`  ${g.kind}: ${g.summary}`, ...flagLines(g.params)].join('\n')).join('\n')}`;

export async function graphCommand(argv: string[]): Promise<number> {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    model: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
    file: { type: 'string' },
    samples: { type: 'string' },
  };
  for (const [name, f] of FLAGS) options[name] = { type: f.param.type === 'boolean' ? 'boolean' : 'string' };
  const { values, positionals } = parseFlags('graph', argv, options);
  if (positionals.length) throw new InputError([{ path: '', message: `murmur graph: unexpected argument "${positionals[0]}"; usage: ${graphHelp}` }]);
  // A network file names its own model: `murmur graph --file karate.gml`.
  const model = (values.model as string | undefined) ?? (values.file !== undefined ? 'file' : undefined);
  if (!model) throw new InputError([{ path: '', message: `murmur graph: --model is required (one of ${NETWORK_KINDS.join(', ')})` }]);
  if (!(NETWORK_KINDS as string[]).includes(model)) {
    throw new InputError([{ path: '', message: `murmur graph: unknown model "${model}"${didYouMean(model, NETWORK_KINDS)} (known: ${NETWORK_KINDS.join(', ')})` }]);
  }
  const raw: Record<string, unknown> = { kind: model };
  for (const [name, f] of FLAGS) {
    if (values[name] === undefined) continue;
    const numeric = f.param.type === 'number' || f.param.type === 'integer' || f.param.type === 'distribution';
    const v = numeric ? numberFlag('graph', name, values[name]) : values[name];
    let at = raw;
    for (const seg of f.path.slice(0, -1)) at = (at[seg] ??= {}) as Record<string, unknown>;
    at[f.path[f.path.length - 1]] = v;
  }
  if (values.file !== undefined) {
    raw.file = values.file;
    raw.text = model === 'file' ? readNetworkInput(String(values.file), 'murmur graph: --file') : readInput(String(values.file), 'edge list');
  }
  const parsed = networkSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    throw new InputError(issuesToProblems(parsed.error.issues, raw).map((p) => ({ path: '', message: `murmur graph: --${kebab(p.path).replace(/\./g, '-')}: ${p.message}` })));
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
      const flag = (path: string) => (path === 'network' ? '' : `--${kebab(path.replace(/^network\./, '')).replace(/\./g, '-')}: `);
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
    lines.push(
      `  ${'degrees of separation'.padEnd(20)} ${report.distanceDistribution
        .map((c, d) => `${d}:${c}`)
        .slice(1)
        .join(' ')}`,
    );
    process.stdout.write(lines.join('\n') + '\n');
  }
  return 0;
}
