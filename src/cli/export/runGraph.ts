// `murmur run --out DIR --graph gexf|graphml`: the run's network with each member's cascade facts, for Gephi and graph tools.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../engine/network/graph';
import type { CascadeRecord } from '../../engine/cascade/record';
import { InputError } from '../../engine/problem';
import { writeGexf } from '../../engine/network/formats/writeGexf';
import { writeGraphml } from '../../engine/network/formats/writeGraphml';
import type { NetworkSpec } from '../../engine/network/networks';
import { runExport } from '../../scenario/networkFile';

export const GRAPH_FORMATS = ['gexf', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** The --graph flag's value, checked; undefined when absent. */
export function graphFormatFlag(value: unknown, out: unknown): GraphFormat | undefined {
  if (value === undefined) return undefined;
  if (!(GRAPH_FORMATS as readonly string[]).includes(String(value))) {
    throw new InputError([{ path: '', message: `murmur run: --graph: expected one of ${GRAPH_FORMATS.join(', ')} (got "${String(value)}")` }]);
  }
  if (out === undefined) throw new InputError([{ path: '', message: 'murmur run: --graph needs --out DIR to write the network into' }]);
  return value as GraphFormat;
}

/**
 * The graph the run used (ties removed by interventions stay removed), its members' labels and,
 * for a file network, the file's node attributes, plus the cascade; written as DIR/network.gexf
 * or DIR/network.graphml. Tie weights are the tie strengths the run used.
 */
export function writeRunGraph(dir: string, format: GraphFormat, network: NetworkSpec, graph: Graph, record: CascadeRecord, tipOf?: (member: number) => string): string {
  const x = runExport(network, graph, record, tipOf);
  const path = join(dir, `network.${format}`);
  writeFileSync(path, format === 'gexf' ? writeGexf(x) : writeGraphml(x));
  return path;
}
