// The registry of network generators, keyed by `kind`.
// To add one: write a file exporting a NetworkGenerator (generator.ts: kind, summary, params as data,
// the hooks check/memory/peakBytes/estimateTies/shape, generate), add its spec type to NetworkSpec and
// the generator to NETWORKS below. The scenario schema and its JSON Schema (`npm run schema`), the
// range checks, `murmur graph`'s flags, the studio's controls and size guard, and describePath follow.
import type { Rng } from '../rng/rng';
import { InputError, under, type Problem } from '../problem';
import { checkKind } from '../params';
import type { Graph } from './graph';
import type { Workspace } from '../workspace';
import type { NetworkGenerator } from './generator';
import { newmanWatts, ringLattice, wattsStrogatz, type NewmanWattsSpec, type RingLatticeSpec, type WattsStrogatzSpec } from './generators/wattsStrogatz';
import { barabasiAlbert, type BarabasiAlbertSpec } from './generators/barabasiAlbert';
import { erdosRenyi, type ErdosRenyiSpec } from './generators/erdosRenyi';
import { communitySmallWorld, type CommunitySmallWorldSpec } from './generators/communitySmallWorld';
import { edgeList, type EdgeListSpec } from './generators/edgeList';
import { fileNetwork, type FileNetworkSpec } from './formats/fileNetwork';

export type NetworkSpec = WattsStrogatzSpec | NewmanWattsSpec | RingLatticeSpec | BarabasiAlbertSpec | ErdosRenyiSpec | CommunitySmallWorldSpec | EdgeListSpec | FileNetworkSpec;

export const NETWORKS = [wattsStrogatz, newmanWatts, ringLattice, barabasiAlbert, erdosRenyi, communitySmallWorld, edgeList, fileNetwork] as const;

// Every spec has its generator and every generator its spec.
type Registered = (typeof NETWORKS)[number]['kind'];
export type _EveryKindRegistered = [NetworkSpec['kind']] extends [Registered] ? ([Registered] extends [NetworkSpec['kind']] ? true : never) : never;
const _everyKind: _EveryKindRegistered = true;
void _everyKind;

export const NETWORK_KINDS = NETWORKS.map((g) => g.kind) as NetworkSpec['kind'][];

function find(kind: string): NetworkGenerator<any> | undefined {
  return (NETWORKS as readonly NetworkGenerator<any>[]).find((g) => g.kind === kind);
}

export function networkGenerator<S extends NetworkSpec>(kind: S['kind']): NetworkGenerator<S> {
  const g = find(kind);
  if (!g) throw new InputError([{ path: 'kind', message: `unknown network kind "${kind}" (known: ${NETWORK_KINDS.join(', ')})` }]);
  return g;
}

/** Problems with a network spec (declared ranges, the generator's own rules, then memory), paths prefixed by `prefix`. */
export function checkNetwork(spec: NetworkSpec, prefix = 'network'): Problem[] {
  const g = find(spec.kind);
  if (!g) return [{ path: `${prefix}.kind`, message: `unknown network kind "${spec.kind}" (known: ${NETWORK_KINDS.join(', ')})` }];
  return under(prefix, checkKind(g, spec));
}

/** Checks, then generates; throws InputError with `network.`-prefixed paths on bad specs. */
export function generateNetwork(rng: Rng, spec: NetworkSpec, ws?: Workspace): Graph {
  const problems = checkNetwork(spec);
  if (problems.length) throw new InputError(problems);
  return networkGenerator(spec.kind).generate(rng, spec, ws);
}
