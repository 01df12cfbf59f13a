// A scenario's network file: loaded through the caller's readText, parsed once, checked against the scenario's mapping.
import { InputError, type Problem } from '../engine/problem';
import { fileGraph, fileNetworkProblems, readNetworkFile, type FileNetworkSpec } from '../engine/network/formats/fileNetwork';
import type { Graph } from '../engine/network/graph';
import { resolveTraits } from '../engine/network/formats/memberTraits';
import { graphExport, withCascade, type ExportNetwork } from '../engine/network/formats/exportNetwork';
import type { CascadeRecord } from '../engine/cascade/record';
import { fileNotes, type NetworkFile } from '../engine/network/formats/networkFile';
import type { NetworkSpec } from '../engine/network/networks';

/**
 * The last file parsed, so that a batch validating every sweep point (and a run then asking for
 * labels) reads a large file once. Keyed by the text itself: a caller that reads the file once
 * hands the same string back, and comparing one string with itself is immediate.
 */
let last: { text: string; file: string; format: string | undefined; parsed: NetworkFile } | undefined;

/** The parsed file of a `file` network whose text is loaded; throws InputError on a malformed file. */
export function parsedNetworkFile(spec: FileNetworkSpec): NetworkFile {
  if (last && last.text === spec.text && last.file === spec.file && last.format === spec.format) return last.parsed;
  const parsed = readNetworkFile(spec);
  last = { text: spec.text!, file: spec.file, format: spec.format, parsed };
  return parsed;
}

/**
 * Fills in the file's text with `readText` (which decompresses .gz: the floors above know how),
 * parses it, passes what reading changed to `onNote`, and returns the problems with the
 * scenario's weight mapping and community attribute.
 */
export function loadNetworkFile(spec: FileNetworkSpec, readText: ((path: string) => string) | undefined, onNote?: (message: string) => void): Problem[] {
  if (spec.text === undefined && readText) {
    try {
      spec.text = readText(spec.file);
    } catch (e) {
      throw new InputError([{ path: 'network.file', message: `cannot read "${spec.file}" (${(e as Error).message})` }]);
    }
  }
  if (spec.text === undefined) return [];
  const parsed = parsedNetworkFile(spec);
  if (onNote) for (const note of fileNotes(parsed, spec.file)) onNote(note);
  const problems = fileNetworkProblems(parsed, spec);
  // The traits' values go into the spec, so a worker given the shared graph (and no text) has them.
  if (problems.length === 0 && spec.traits) spec.traitValues = resolveTraits(parsed, spec.file, spec.traits) as FileNetworkSpec['traitValues'];
  return problems;
}

/** Member labels for outputs: a file network's node labels, or undefined (members are numbered 0..n-1). */
export function memberLabels(network: NetworkSpec): string[] | undefined {
  if (network.kind !== 'file' || network.text === undefined) return undefined;
  return parsedNetworkFile(network).labels;
}

/**
 * A file network's graph from the parse the loader already made, for createSimulation's `graph`
 * option: a run then reads a large file once, not once to validate and again to build. Undefined
 * for other networks (the run builds them itself).
 */
export function fileNetworkGraph(network: NetworkSpec): Graph | undefined {
  if (network.kind !== 'file' || network.text === undefined) return undefined;
  return fileGraph(parsedNetworkFile(network), network);
}

/**
 * A run's network for GEXF or GraphML: the graph it used, its members' labels and (for a file
 * network) the file's node attributes, plus the cascade. `murmur run --graph` and the studio's
 * export both write this, so they write the same file for the same run.
 */
export function runExport(network: NetworkSpec, graph: Graph, record: CascadeRecord, tipOf?: (member: number) => string): ExportNetwork {
  const nodes = network.kind === 'file' && network.text !== undefined ? parsedNetworkFile(network).attributes.map((a) => ({ ...a })) : [];
  return withCascade(graphExport(graph, memberLabels(network), nodes), record, tipOf);
}
