// The memory a run owns: pools and scratch arrays kept between calls, held by the run (or by a batch
// worker that runs one run after another) and passed down, never kept in module scope.
import { Scratch } from './scratch';
import type { CascadeRecord } from './cascade/record';
import type { GapTable } from './sharing/geometricGaps';

const int32 = (length: number) => new Int32Array(length);
const float32 = (length: number) => new Float32Array(length);

/**
 * Everything the engine keeps between calls, in one place (as d3-force keeps its state in the
 * simulation and bitECS in the world). Two runs with two workspaces share nothing, so they can be
 * stepped in any interleaving; runs that follow one another on one workspace (a batch worker's)
 * reuse its arrays and allocate, zero and free nothing large. A workspace is single-threaded, and
 * what it lends is lent to one borrower at a time (Scratch), so nested or concurrent runs on one
 * workspace stay correct, only less thrifty.
 */
export class Workspace {
  /** Released cascade records by member count, cleared and ready for reuse (cascade/record.ts). */
  readonly records = new Map<number, CascadeRecord[]>();
  /** Arrays of released graphs by length, for the next graph of that size (network/graph.ts). */
  readonly spareInt32 = new Map<number, Int32Array[]>();
  readonly spareFloat32 = new Map<number, Float32Array[]>();
  /** buildGraph's temporaries. */
  readonly rowCursor = new Scratch(int32);
  readonly arcsByTarget = new Scratch(int32);
  readonly strengthByTarget = new Scratch(float32);
  /** The table of the last EdgeSet released (generators that refuse duplicates as they go). */
  readonly edgeTable = new Scratch((length) => new Float64Array(length));
  /** Watts–Strogatz rewiring's temporaries. */
  readonly degrees = new Scratch(int32);
  readonly rowLength = new Scratch(int32);
  readonly rewiredFlags = new Scratch((length) => new Uint8Array(length));
  readonly rewireLists: readonly Scratch<Int32Array>[] = [new Scratch(int32), new Scratch(int32), new Scratch(int32)];
  /** The community small world's edge lists and circles. */
  readonly circleOf = new Scratch(int32);
  readonly edgeFrom = new Scratch(int32);
  readonly edgeTo = new Scratch(int32);
  readonly edgeStrength = new Scratch(float32);
  /** Cascade-tree statistics' per-member temporaries (cascade/trees.ts). */
  readonly subtreeSize = new Scratch(int32);
  readonly rootOf = new Scratch(int32);
  readonly treeOfRoot = new Scratch(int32);
  /** Gap tables of geometric skipping by probability (sharing/geometricGaps.ts); each is never written once built. */
  readonly gapTables = new Map<number, GapTable>();
}
