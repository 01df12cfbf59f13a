// Networks too large to draw in a browser are refused before building, with the headless command instead.
import type { Scenario } from '../scenario/schema';
import { networkGenerator, type NetworkSpec } from '../engine/network/networks';

/** Members the studio draws at most; 50k is its tested size and twice that still fits comfortably. */
export const MAX_MEMBERS = 100_000;
/** Ties the studio builds at most (the canvas draws a sample of dense graphs anyway). */
export const MAX_TIES = 1_500_000;

/** Ties a network spec will produce, as its generator estimates them from the parameters (exact for the ring families). */
export function estimateTies(net: Scenario['network']): number {
  return networkGenerator(net.kind).estimateTies(net as NetworkSpec);
}

export function membersOf(net: Scenario['network']): number | undefined {
  return 'n' in net ? net.n : undefined;
}

/** A message when the scenario is too large for the studio, naming the CLI command that runs it; null when it fits. */
export function tooLargeForBrowser(s: Scenario, cli: string): string | null {
  const n = membersOf(s.network);
  const m = estimateTies(s.network);
  if (n !== undefined && n > MAX_MEMBERS) {
    return `network.n: ${n.toLocaleString('en')} members is more than the studio draws (at most ${MAX_MEMBERS.toLocaleString('en')}). Run it headless instead: ${cli}`;
  }
  if (m > MAX_TIES) {
    return `network: about ${Math.round(m).toLocaleString('en')} ties is more than the studio builds (at most ${MAX_TIES.toLocaleString('en')}). Run it headless instead: ${cli}`;
  }
  return null;
}
