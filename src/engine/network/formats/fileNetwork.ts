// The `file` network kind: a GraphML, GEXF, GML, Pajek or Matrix Market text (read by the caller) as a graph.
import type { Rng } from '../../rng/rng';
import { InputError, type Problem } from '../../problem';
import { buildGraph, buildPeakBytes, type Graph } from '../graph';
import { memoryProblem, TIE_STRENGTH, type NetworkGenerator } from '../generator';
import type { Workspace } from '../../workspace';
import { formatOf, NETWORK_FORMATS, type NetworkFile, type NetworkFormat } from './networkFile';
import { FILE_TRAIT_NAMES, FILE_TRAITS, resolveTraits, type FileTrait } from './memberTraits';
import { parseGraphml } from './graphml';
import { parseGexf } from './gexf';
import { parseGml } from './gml';
import { parsePajek } from './pajek';
import { parseMatrixMarket } from './matrixMarket';

/** How a file's edge weights (often counts) become tie strengths in (0, 1]. */
export const WEIGHT_MAPPINGS = ['as-is', 'max', 'log-max', 'ignore'] as const;
export type WeightMapping = (typeof WEIGHT_MAPPINGS)[number];

export interface FileNetworkSpec {
  kind: 'file';
  file: string;
  /** By the file's extension when absent. */
  format?: NetworkFormat;
  /** The file's text, loaded (and decompressed) by the caller: the engine does no I/O. */
  text?: string;
  /** as-is (weights already in (0, 1]), max (w / largest w), log-max (ln(1+w) / ln(1+largest w)), ignore. Default as-is. */
  weights?: WeightMapping;
  /** Strength of ties whose file gives no weights, or all ties under `ignore` (default 1). */
  strength?: number;
  /** A node attribute whose distinct values become community ids (graph.community), in order of first appearance. */
  community?: string;
  /** Member traits read from numeric node attributes: trait → attribute name. */
  traits?: Partial<Record<FileTrait, string>>;
  /** The traits' values per member, filled in by the loader from the file (they travel to workers without the text). */
  traitValues?: Partial<Record<FileTrait, number[]>>;
  seed?: number;
}

const PARSERS: Record<NetworkFormat, (text: string, source: string) => NetworkFile> = {
  graphml: parseGraphml,
  gexf: parseGexf,
  gml: parseGml,
  pajek: parsePajek,
  mtx: parseMatrixMarket,
};

export function fileFormat(spec: Pick<FileNetworkSpec, 'file' | 'format'>): NetworkFormat | undefined {
  return spec.format ?? formatOf(spec.file);
}

/** Reads the spec's text in its format; throws InputError naming the file and line. */
export function readNetworkFile(spec: FileNetworkSpec): NetworkFile {
  const format = fileFormat(spec);
  if (!format)
    throw new InputError([{ path: 'network.format', message: `cannot tell the format of "${spec.file}" from its extension; set format to one of ${NETWORK_FORMATS.join(', ')}` }]);
  if (spec.text === undefined) throw new InputError([{ path: 'network.file', message: `no text was loaded for "${spec.file}"` }]);
  return PARSERS[format](spec.text, spec.file);
}

/** Tie strengths from the file's weights under the spec's mapping; problems name the first tie out of (0, 1]. */
export function tieStrengths(f: NetworkFile, spec: FileNetworkSpec): Float32Array | number | Problem {
  const mapping = spec.weights ?? 'as-is';
  if (!f.weights || mapping === 'ignore') return spec.strength ?? 1;
  let max = 0;
  for (let e = 0; e < f.m; e++) if (f.weights[e] > max) max = f.weights[e];
  const out = new Float32Array(f.m);
  for (let e = 0; e < f.m; e++) {
    const w = f.weights[e];
    const s = mapping === 'max' ? w / max : mapping === 'log-max' ? Math.log1p(w) / Math.log1p(max) : w;
    if (!(s > 0 && s <= 1)) {
      const tie = `tie ${JSON.stringify(f.labels[f.eu[e]])}–${JSON.stringify(f.labels[f.ev[e]])} has weight ${w}`;
      const fix = mapping === 'as-is' ? '; declare a mapping, e.g. "weights": "max" (weight / largest weight)' : '';
      return { path: 'network.weights', message: `${spec.file}: ${tie}, which "${mapping}" maps to ${s}, outside (0, 1]${fix}` };
    }
    out[e] = s;
  }
  return out;
}

/** Community ids from a node attribute: distinct values numbered in order of first appearance (a missing value is a value too). */
export function communityOf(f: NetworkFile, spec: FileNetworkSpec): { community: Int32Array; communities: number } | Problem {
  const column = f.attributes.find((a) => a.name === spec.community);
  if (!column) {
    const names = f.attributes.map((a) => a.name);
    return {
      path: 'network.community',
      message: `${spec.file}: has no node attribute "${spec.community}" (it has ${names.length ? names.map((x) => `"${x}"`).join(', ') : 'none'})`,
    };
  }
  const ids = new Map<number | string | undefined, number>();
  const community = new Int32Array(f.n);
  for (let i = 0; i < f.n; i++) {
    const v = column.values[i];
    let id = ids.get(v);
    if (id === undefined) ids.set(v, (id = ids.size));
    community[i] = id;
  }
  return { community, communities: Math.max(1, ids.size) };
}

/** Every problem a parsed file has with the spec's mapping and attribute. */
export function fileNetworkProblems(f: NetworkFile, spec: FileNetworkSpec): Problem[] {
  const out: Problem[] = [];
  const s = tieStrengths(f, spec);
  if (!(typeof s === 'number' || s instanceof Float32Array)) out.push(s);
  if (spec.community !== undefined) {
    const c = communityOf(f, spec);
    if (!('community' in c)) out.push(c);
  }
  if (spec.traits) {
    const t = resolveTraits(f, spec.file, spec.traits);
    if ('path' in t) out.push(t as Problem);
  }
  return out;
}

/** The graph of a parsed file under the spec. */
export function fileGraph(f: NetworkFile, spec: FileNetworkSpec, ws?: Workspace): Graph {
  const problems = fileNetworkProblems(f, spec);
  if (problems.length) throw new InputError(problems);
  const strength = tieStrengths(f, spec) as Float32Array | number;
  const c = spec.community === undefined ? undefined : (communityOf(f, spec) as { community: Int32Array; communities: number });
  return buildGraph(f.n, f.eu, f.ev, f.m, { strength, community: c?.community, communities: c?.communities }, ws);
}

export const fileNetwork: NetworkGenerator<FileNetworkSpec> = {
  kind: 'file',
  summary: `a real network read from a file: ${NETWORK_FORMATS.join(', ')} (by extension or format; .gz allowed)`,
  params: {
    file: {
      type: 'text',
      required: true,
      minLength: 1,
      label: 'network file',
      doc: 'A GraphML, GEXF, GML, Pajek (.net) or Matrix Market (.mtx) file, possibly .gz; relative to the scenario',
    },
    format: { type: 'choice', options: NETWORK_FORMATS, label: 'file format', doc: "The file's format when its extension does not say" },
    text: { type: 'text', label: 'file contents', doc: 'The file contents, filled in by the loader' },
    weights: {
      type: 'choice',
      options: WEIGHT_MAPPINGS,
      label: 'weights to strengths',
      doc: 'Edge weights to tie strengths: as-is (already in (0, 1]; default), max (w / largest), log-max (ln(1+w) / ln(1+largest)), ignore',
    },
    strength: { ...TIE_STRENGTH, label: 'unweighted tie strength', doc: 'Strength of ties the file gives no weight (all ties under weights: ignore); default 1' },
    community: {
      type: 'text',
      minLength: 1,
      label: 'community attribute',
      doc: "A node attribute whose values are the community ids (community measures, bridges seeding, the studio's colours)",
    },
    traits: {
      type: 'group',
      params: Object.fromEntries(
        FILE_TRAIT_NAMES.map((t) => [t, { type: 'text', minLength: 1, label: `${t} attribute`, doc: `A numeric node attribute giving each member's ${t}: ${FILE_TRAITS[t].doc}` }]),
      ),
      label: 'traits from the file',
      doc: 'Member traits read from node attributes (each names a numeric attribute every member has)',
    },
    traitValues: {
      type: 'group',
      params: Object.fromEntries(
        FILE_TRAIT_NAMES.map((t) => [t, { type: 'list', of: { type: 'number' }, label: `${t} per member`, doc: `Each member's ${t}, read from the file` }]),
      ),
      label: 'traits per member',
      doc: 'The traits per member, filled in by the loader',
    },
  },
  check(spec: FileNetworkSpec): Problem[] {
    const problems: Problem[] = [];
    if (!fileFormat(spec))
      problems.push({ path: 'format', message: `cannot tell the format of "${spec.file}" from its extension; set format to one of ${NETWORK_FORMATS.join(', ')}` });
    if (typeof spec.text !== 'string') problems.push({ path: 'file', message: `no text was loaded for "${spec.file}"` });
    return problems;
  },
  memory(spec: FileNetworkSpec): Problem[] {
    return memoryProblem('file', `"${spec.file}"`, fileNetwork.peakBytes(spec), (spec.text?.length ?? 0) / 2);
  },
  // At most one tie per four characters of text ("1 2\n"): enough to refuse a file before parsing it.
  estimateTies: (spec) => Math.ceil((spec.text?.length ?? 0) / 4),
  peakBytes(spec: FileNetworkSpec): number {
    // Raw columns (Int32 ×2, Float64), the sort orders, the merged ties, then the graph.
    const ties = Math.ceil((spec.text?.length ?? 0) / 4);
    return buildPeakBytes(ties, ties) + ties * 40;
  },
  generate(_rng: Rng, spec: FileNetworkSpec, ws?: Workspace): Graph {
    return fileGraph(readNetworkFile(spec), spec, ws);
  },
};
