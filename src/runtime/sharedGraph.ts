// One read-only graph per distinct network when the network does not depend on the run seed:
// built once in the main thread, copied into SharedArrayBuffers, and handed to every worker
// without a copy. Other networks are rebuilt in each run from the run's own stream.
import { createStreams } from '../engine/rng/rng';
import { generateNetwork } from '../engine/network/networks';
import type { Graph } from '../engine/network/graph';
import type { SimulationSpec } from '../engine/simulation';

/**
 * The key of a network that every run shares, or undefined when each run draws its own.
 * `network.seed` fixes the generator's stream; a file (edge list or other) uses no randomness at all.
 */
export function sharedGraphKey(spec: SimulationSpec): string | undefined {
  const net = spec.network as SimulationSpec['network'] & { text?: string };
  // Files (an edge list or any network file) use no randomness: every run shares one graph.
  if (net.seed === undefined && net.kind !== 'edge-list' && net.kind !== 'file') return undefined;
  return stableJson(net);
}

/** JSON with object keys sorted, so that equal specs give equal keys (and hashes). */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x) && !ArrayBuffer.isView(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, x[k]]),
        )
      : x,
  );
}

function shared<T extends Int32Array | Float32Array>(a: T, make: (b: SharedArrayBuffer) => T): T {
  const out = make(new SharedArrayBuffer(a.byteLength));
  out.set(a);
  return out;
}

/** A copy of `g` whose arrays live in SharedArrayBuffers (posting it shares, never copies). */
export function toSharedGraph(g: Graph): Graph {
  return {
    n: g.n,
    m: g.m,
    communities: g.communities,
    offsets: shared(g.offsets, (b) => new Int32Array(b)),
    targets: shared(g.targets, (b) => new Int32Array(b)),
    strength: shared(g.strength, (b) => new Float32Array(b)),
    community: shared(g.community, (b) => new Int32Array(b)),
  };
}

/** Builds the graph exactly as `createSimulation` would for this spec (same stream, same rule). */
export function buildSharedGraph(spec: SimulationSpec): Graph {
  return toSharedGraph(generateNetwork(createStreams(spec.seed, spec.network.seed).network, spec.network));
}

/**
 * The main thread's few most recent shared graphs, each with a short id that tasks carry instead
 * of the (possibly long) network spec. Batches visit sweep points in order, so a few suffice.
 */
let nextId = 0;

export class SharedGraphs {
  private readonly graphs = new Map<string, { id: string; graph: Graph }>();
  constructor(private readonly keep = 2) {}

  get(key: string, spec: SimulationSpec): { id: string; graph: Graph } {
    let entry = this.graphs.get(key);
    if (!entry) {
      // Ids are unique in this thread, so a worker that outlives a batch never mistakes one graph for another.
      entry = { id: `g${nextId++}`, graph: buildSharedGraph(spec) };
      this.graphs.set(key, entry);
      while (this.graphs.size > this.keep) this.graphs.delete(this.graphs.keys().next().value as string);
    }
    return entry;
  }
}
