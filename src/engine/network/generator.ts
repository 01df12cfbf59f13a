// The contract every network generator meets, and the memory rule they share.
import type { Rng } from '../rng/rng';
import type { Problem } from '../problem';
import type { Graph } from './graph';
import type { Workspace } from '../workspace';
import { STRENGTH, type KindDescriptor, type NumberParam, type Params } from '../params';

/**
 * A network kind, declared once: its parameters as data (src/engine/params.ts) and the hooks data
 * cannot say. The scenario schema, the range checks, `murmur graph`'s flags, the studio's controls
 * and size guard, and describePath are derived from it (see networks.ts to register one).
 */
export interface NetworkGenerator<S extends { kind: string }> extends KindDescriptor<S> {
  readonly kind: S['kind'];
  /** One line for `--help`, the schema and the studio. */
  readonly summary: string;
  /** Every field of the spec but `kind` (and the scenario's `seed`): type, range, default, doc. */
  readonly params: Params;
  /** Rules across fields (paths relative to the spec); the declared ranges are checked without it. */
  check?(spec: S): Problem[];
  /** Problems of size, asked once everything else passed (memoryProblem below). */
  memory?(spec: S): Problem[];
  /** Peak bytes while generating, for refusing graphs that cannot fit. */
  peakBytes(spec: S): number;
  /** Ties it will make, estimated from the parameters alone (the studio refuses too many before building). */
  estimateTies(spec: S): number;
  /** Members sit on a ring in id order (lattices): the studio lays them out so; otherwise by community. */
  readonly shape?: 'ring';
  /** Temporaries and the graph's arrays come from `ws` when given (a batch builds a graph per run). */
  generate(rng: Rng, spec: S, ws?: Workspace): Graph;
}

/** Strength of the ties a kind makes, declared once so it carries over a switch of kind. */
export const TIE_STRENGTH: NumberParam = { ...STRENGTH, label: 'tie strength', doc: 'Strength of the ties (default 1)' };

/** Members of a generated network (`n`), declared alike by every generator with the same floor so it carries over a switch of kind. */
export function members(min: number): NumberParam {
  return { type: 'integer', min, default: 1000, unit: 'members', label: 'members', doc: 'Members: the nodes of the network' };
}

/** Above this a graph is refused before any memory is taken (typed arrays top out near here too). */
export const MAX_GRAPH_BYTES = 4 * 1024 ** 3;
/** Ids and offsets are Int32. */
export const MAX_ARCS = 2 ** 31 - 1;

export function memoryProblem(path: string, what: string, bytes: number, arcs: number): Problem[] {
  if (bytes <= MAX_GRAPH_BYTES && arcs <= MAX_ARCS) return [];
  return [{ path, message: `${what} would need about ${formatBytes(bytes)} of memory; the limit is ${formatBytes(MAX_GRAPH_BYTES)}` }];
}

export function formatBytes(b: number): string {
  if (b >= 1024 ** 3) return `${(b / 1024 ** 3).toFixed(1)} GB`;
  if (b >= 1024 ** 2) return `${(b / 1024 ** 2).toFixed(0)} MB`;
  return `${Math.ceil(b / 1024)} KB`;
}
