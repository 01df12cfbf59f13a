// Where the class sits in the network: the member ids students take, in the order they join.

export type Placement = 'circle' | 'spread' | 'halves';
export const PLACEMENTS: readonly Placement[] = ['circle', 'spread', 'halves'];

/**
 * `seats` member ids out of n, in join order. circle: members 0…seats−1, neighbours on a ring
 * lattice (and one circle of a community network, whose circles are runs of ids), so the class is
 * a circle of its own; spread: evenly spaced ids, so students sit among simulated members;
 * halves: two runs of ids, one from 0 and one from n/2, joiners alternating between them (a class
 * split in two).
 */
export function seatMembers(n: number, seats: number, placement: Placement): Int32Array {
  const s = Math.max(0, Math.min(seats, n));
  const out = new Int32Array(s);
  if (placement === 'circle') {
    for (let j = 0; j < s; j++) out[j] = j;
  } else if (placement === 'spread') {
    for (let j = 0; j < s; j++) out[j] = Math.floor((j * n) / s);
  } else {
    const half = Math.floor(n / 2);
    for (let j = 0; j < s; j++) out[j] = (j % 2 === 0 ? 0 : half) + Math.floor(j / 2);
  }
  return out;
}
