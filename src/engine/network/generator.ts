// The contract every network generator meets, and the memory rule they share.
import type { Rng } from '../rng/rng';
import type { Problem } from '../problem';
import type { Graph } from './graph';
import type { Workspace } from '../workspace';

export interface NetworkGenerator<S extends { kind: string }> {
  readonly kind: S['kind'];
  /** One line for `--help` and the studio. */
  readonly summary: string;
  /** Problems with a spec's values (paths relative to the spec). Types are checked before this. */
  check(spec: S): Problem[];
  /** Peak bytes while generating, for refusing graphs that cannot fit. */
  peakBytes(spec: S): number;
  /** Temporaries and the graph's arrays come from `ws` when given (a batch builds a graph per run). */
  generate(rng: Rng, spec: S, ws?: Workspace): Graph;
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

export function checkProbability(path: string, v: number): Problem[] {
  return v >= 0 && v <= 1 ? [] : [{ path, message: `must be a probability in [0, 1] (got ${v})` }];
}

export function checkStrength(path: string, v: number | undefined): Problem[] {
  return v === undefined || (v > 0 && v <= 1) ? [] : [{ path, message: `must be a tie strength in (0, 1] (got ${v})` }];
}

export function checkCount(path: string, v: number, min: number): Problem[] {
  return Number.isInteger(v) && v >= min ? [] : [{ path, message: `must be a whole number of at least ${min} (got ${v})` }];
}
