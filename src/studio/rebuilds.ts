// What a change rebuilds: the network (and so everything), the members, or only the run's dynamics.

export type Rebuild = 'network' | 'members' | 'dynamics';

export const REBUILD_TEXT: Record<Rebuild, string> = {
  network: 'rebuilds the network, the members and the run',
  members: 'redraws the members and restarts the run on the same network',
  dynamics: 'restarts the run on the same network and members',
};

/** The seed changes the network too unless the scenario fixes the network's own seed. */
export function rebuildOf(path: string, networkSeedFixed = false): Rebuild {
  const head = path.split('.')[0];
  if (head === 'network') return 'network';
  if (head === 'seed') return networkSeedFixed ? 'members' : 'network';
  if (head === 'population') return 'members';
  return 'dynamics';
}

/** The largest rebuild among several changed paths. */
export function largestRebuild(paths: readonly string[], networkSeedFixed = false): Rebuild | null {
  const order: Rebuild[] = ['dynamics', 'members', 'network'];
  let best = -1;
  for (const p of paths) best = Math.max(best, order.indexOf(rebuildOf(p, networkSeedFixed)));
  return best < 0 ? null : order[best];
}
