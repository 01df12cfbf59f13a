// The registry of network generators, keyed by `kind`: adding a generator is one file and one line here.
import type { Rng } from '../rng/rng';
import { InputError, under, type Problem } from '../problem';
import type { Graph } from './graph';
import type { Workspace } from '../workspace';
import type { NetworkGenerator } from './generator';
import { newmanWatts, ringLattice, wattsStrogatz, type NewmanWattsSpec, type RingLatticeSpec, type WattsStrogatzSpec } from './generators/wattsStrogatz';
import { barabasiAlbert, type BarabasiAlbertSpec } from './generators/barabasiAlbert';
import { erdosRenyi, type ErdosRenyiSpec } from './generators/erdosRenyi';
import { communitySmallWorld, type CommunitySmallWorldSpec } from './generators/communitySmallWorld';
import { edgeList, type EdgeListSpec } from './generators/edgeList';
import { fileNetwork, type FileNetworkSpec } from './formats/fileNetwork';

export type NetworkSpec =
  | WattsStrogatzSpec
  | NewmanWattsSpec
  | RingLatticeSpec
  | BarabasiAlbertSpec
  | ErdosRenyiSpec
  | CommunitySmallWorldSpec
  | EdgeListSpec
  | FileNetworkSpec;

const generators = {
  'watts-strogatz': wattsStrogatz,
  'newman-watts': newmanWatts,
  'ring-lattice': ringLattice,
  'barabasi-albert': barabasiAlbert,
  'erdos-renyi': erdosRenyi,
  'community-small-world': communitySmallWorld,
  'edge-list': edgeList,
  file: fileNetwork,
} satisfies { [K in NetworkSpec['kind']]: NetworkGenerator<Extract<NetworkSpec, { kind: K }>> };

export const NETWORK_KINDS = Object.keys(generators) as NetworkSpec['kind'][];

export function networkGenerator<S extends NetworkSpec>(kind: S['kind']): NetworkGenerator<S> {
  const g = (generators as Record<string, NetworkGenerator<any>>)[kind];
  if (!g) throw new InputError([{ path: 'kind', message: `unknown network kind "${kind}" (known: ${NETWORK_KINDS.join(', ')})` }]);
  return g;
}

/** Problems with a network spec, paths prefixed by `prefix` (e.g. `network`). */
export function checkNetwork(spec: NetworkSpec, prefix = 'network'): Problem[] {
  const g = (generators as Record<string, NetworkGenerator<any>>)[spec.kind];
  if (!g) return [{ path: `${prefix}.kind`, message: `unknown network kind "${spec.kind}" (known: ${NETWORK_KINDS.join(', ')})` }];
  return under(prefix, g.check(spec));
}

/** Checks, then generates; throws InputError with `network.`-prefixed paths on bad specs. */
export function generateNetwork(rng: Rng, spec: NetworkSpec, ws?: Workspace): Graph {
  const problems = checkNetwork(spec);
  if (problems.length) throw new InputError(problems);
  return networkGenerator(spec.kind).generate(rng, spec, ws);
}
