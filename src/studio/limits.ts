// Networks too large to draw in a browser are refused before building, with the headless command instead.
import type { Scenario } from '../scenario/schema';

/** Members the studio draws at most; 50k is its tested size and twice that still fits comfortably. */
export const MAX_MEMBERS = 100_000;
/** Ties the studio builds at most (the canvas draws a sample of dense graphs anyway). */
export const MAX_TIES = 1_500_000;

/** Ties a network spec will produce, estimated from its parameters (exact for the ring families). */
export function estimateTies(net: Scenario['network']): number {
  switch (net.kind) {
    case 'watts-strogatz':
    case 'ring-lattice':
      return (net.n * net.k) / 2;
    case 'newman-watts':
      return (net.n * net.k * (1 + net.p)) / 2;
    case 'barabasi-albert':
      return net.n * net.m;
    case 'erdos-renyi':
      return net.meanDegree !== undefined ? (net.n * net.meanDegree) / 2 : ((net.p ?? 0) * net.n * (net.n - 1)) / 2;
    case 'community-small-world':
      return (net.n * (net.k + net.bridges)) / 2;
    case 'edge-list': {
      // One tie per line, at most: counting newlines is enough to refuse a file before parsing it.
      let lines = 0;
      const text = net.text ?? '';
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
      return lines + (text.length > 0 ? 1 : 0);
    }
    default:
      return 0;
  }
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
