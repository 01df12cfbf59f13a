// The one shape every network file format is read into: labels in file order, undirected merged ties, node attributes, weights.
import { InputError } from '../../problem';

export const NETWORK_FORMATS = ['graphml', 'gexf', 'gml', 'pajek', 'mtx'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/** File extensions of each format (a trailing `.gz` is the loader's business and is stripped first). */
const EXTENSIONS: Record<string, NetworkFormat> = { graphml: 'graphml', xml: 'graphml', gexf: 'gexf', gml: 'gml', net: 'pajek', paj: 'pajek', mtx: 'mtx' };

/** A node attribute column: numbers when every given value is a number, text otherwise; undefined where a node has none. */
export interface NodeAttribute {
  name: string;
  type: 'number' | 'string';
  values: (number | string | undefined)[];
}

export interface NetworkFile {
  format: NetworkFormat;
  n: number;
  /** Each node's label (its id when the file gives no unique labels), in file order. */
  labels: string[];
  /** Undirected ties, each pair once with eu < ev, sorted by (eu, ev). */
  m: number;
  eu: Int32Array;
  ev: Int32Array;
  /** The file's weight per tie (1 where a tie gives none), or null when no tie gives one. */
  weights: Float64Array | null;
  attributes: NodeAttribute[];
  /** The file declared directed ties (read as undirected). */
  directed: boolean;
  /** Ties dropped because both ends were the same node. */
  selfLoops: number;
  /** Ties folded into another between the same pair (either direction), keeping the largest weight. */
  merged: number;
  /** Labels were not unique, so node ids stand in for them. */
  labelsFromIds: boolean;
}

/** The format named by a file's extension (after any `.gz`), or undefined. */
export function formatOf(file: string): NetworkFormat | undefined {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[name.slice(dot + 1)];
}

/** One problem naming the file and where in it: `karate.gml:12: expected "]"`. */
export function fileError(source: string, where: number | string, message: string): InputError {
  return new InputError([{ path: 'network.file', message: `${source}:${where}: ${message}` }]);
}

/** What reading the file changed, one sentence each, for stderr (once per file). */
export function fileNotes(f: NetworkFile, source: string): string[] {
  const notes: string[] = [];
  if (f.directed) notes.push(`${source}: directed ties read as undirected`);
  if (f.merged > 0) notes.push(`${source}: ${f.merged} repeated ${f.merged === 1 ? 'tie' : 'ties'} merged (the largest weight kept)`);
  if (f.selfLoops > 0) notes.push(`${source}: ${f.selfLoops} ${f.selfLoops === 1 ? 'self-loop' : 'self-loops'} dropped`);
  if (f.labelsFromIds) notes.push(`${source}: node labels are not unique, so node ids are used as labels`);
  return notes;
}

/** Text shortened for a message. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}…` : text);
}
