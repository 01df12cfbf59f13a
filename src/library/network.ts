// Networks for library users: generate one from a scenario's `network` section and measure it,
// with the numbers `murmur graph --json` prints for the same settings and seed.
import { InputError } from '../engine/problem';
import { createStream, createStreams } from '../engine/rng/rng';
import type { Graph } from '../engine/network/graph';
import { generateNetwork as generate, type NetworkSpec } from '../engine/network/networks';
import { networkReport, type NetworkReport } from '../engine/network/metrics';
import { network as networkSchema } from '../scenario/schema';
import { issuesToProblems } from '../scenario/problems';

export type { Graph, NetworkReport };

/**
 * A network as a scenario's `network` section describes it (`{ kind: 'watts-strogatz', n, k, p }`),
 * drawn from the `network` stream of `seed` (default 1), as a run with that seed would draw it.
 * @throws InputError naming each bad field (`network.k: …`).
 */
export function generateNetwork(spec: Record<string, unknown>, options: { seed?: number } = {}): Graph {
  const parsed = networkSchema.safeParse(spec, { reportInput: true });
  if (!parsed.success) throw new InputError(issuesToProblems(parsed.error.issues, spec).map((p) => ({ path: p.path ? `network.${p.path}` : 'network', message: p.message })));
  return generate(createStreams(options.seed ?? 1).network, parsed.data as NetworkSpec);
}

/**
 * Degree histogram, clustering, transitivity, path lengths (exact below 2,000 members, sampled
 * above with `samples` sources from the seed's `metrics` stream), components, degrees of separation.
 */
export function measureNetwork(graph: Graph, options: { seed?: number; samples?: number } = {}): NetworkReport {
  return networkReport(graph, createStream(options.seed ?? 1, 'metrics'), options.samples ? { samples: options.samples } : {});
}
