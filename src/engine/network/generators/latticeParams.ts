// What the ring-lattice family (watts-strogatz, newman-watts, ring-lattice) declares: its parameters and the rules ranges cannot say.
import type { Problem } from '../../problem';
import { buildPeakBytes } from '../graph';
import { members, memoryProblem, TIE_STRENGTH } from '../generator';
import { PROBABILITY, STRENGTH, type Params } from '../../params';

/** k even and below n: what a range cannot say. */
export function checkLattice(spec: { n: number; k: number }): Problem[] {
  if (Number.isInteger(spec.k) && spec.k >= 2 && spec.k % 2 === 0 && spec.k < spec.n) return [];
  return [{ path: 'k', message: `must be even, at least 2 and smaller than n (got ${spec.k}, n=${spec.n})` }];
}

export function latticeMemory(spec: { n: number; k: number }): Problem[] {
  const m = (spec.n * spec.k) / 2;
  return memoryProblem('n', `${spec.n} members with k=${spec.k}`, buildPeakBytes(spec.n, m * 1.05) + m * 2, 2 * m);
}

/** The ring lattice's parameters; Watts–Strogatz and Newman–Watts add p and weakStrength, declared alike so they carry over. */
export const LATTICE = {
  n: members(1),
  k: { type: 'integer', min: 2, default: 10, unit: 'ties', label: 'neighbours per member', doc: "Each member's lattice neighbours, k/2 on each side; even, below n" },
  strength: TIE_STRENGTH,
} as const satisfies Params;

export const SMALL_WORLD = {
  ...LATTICE,
  p: {
    ...PROBABILITY,
    default: 0.1,
    label: 'long-range ties',
    unit: 'probability',
    doc: 'Chance per lattice tie of a long-range tie: the tie rewired (watts-strogatz) or a shortcut added (newman-watts)',
  },
  weakStrength: { ...STRENGTH, label: 'long-range tie strength', doc: 'Strength of the long-range ties (default: strength)' },
} as const satisfies Params;
