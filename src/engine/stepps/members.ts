// Members as typed-array columns, drawn from the population's distributions with the `traits` stream.
import type { Rng } from '../rng/rng';
import { sample, type Distribution } from '../rng/distributions';
import { CURRENCY_COUNT, DRIVER_COUNT } from './drivers';
import type { PopulationSpec } from './spec';

/** Row i describes member i; a row past the members (the organizer's node) is kept neutral. */
export interface Members {
  readonly count: number;
  readonly activity: Float32Array;
  /** Arrivals read per online tick; 0 = no limit. */
  readonly attention: Int32Array;
  /** drivers[i * DRIVER_COUNT + d]: how much driver d moves member i. */
  readonly drivers: Float32Array;
  /** Float64 so that φ compares exactly as written (a Float32 0.2 is 0.2000000030: 1 of 5 would miss it). */
  readonly threshold: Float64Array;
  readonly trust: Float32Array;
  readonly trustAtStart: Float32Array;
  readonly isMember: Uint8Array;
  /** currency[i * CURRENCY_COUNT + c]. */
  readonly currency: Float32Array;
  readonly shares: Int32Array;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Draw order is fixed so that a population section gives the same members whatever else the
 * scenario says: per member, activity, attention, six drivers, threshold, trust, membership.
 */
export function drawMembers(rng: Rng, pop: PopulationSpec, n: number, rows: number): Members {
  const m: Members = {
    count: n,
    activity: new Float32Array(rows).fill(1),
    attention: new Int32Array(rows),
    drivers: new Float32Array(rows * DRIVER_COUNT),
    threshold: new Float64Array(rows).fill(2),
    trust: new Float32Array(rows).fill(0.5),
    trustAtStart: new Float32Array(rows),
    isMember: new Uint8Array(rows),
    currency: new Float32Array(rows * CURRENCY_COUNT),
    shares: new Int32Array(rows),
  };
  const drivers: Distribution[] = Array.isArray(pop.drivers) ? pop.drivers : new Array(DRIVER_COUNT).fill(pop.drivers);
  for (let i = 0; i < n; i++) {
    m.activity[i] = clamp01(sample(rng, pop.activity));
    m.attention[i] = Math.max(0, Math.round(sample(rng, pop.attention)));
    for (let d = 0; d < DRIVER_COUNT; d++) m.drivers[i * DRIVER_COUNT + d] = clamp01(sample(rng, drivers[d]));
    m.threshold[i] = sample(rng, pop.threshold);
    m.trust[i] = clamp01(sample(rng, pop.trust));
    m.isMember[i] = pop.membership >= 1 || (pop.membership > 0 && rng() < pop.membership) ? 1 : 0;
  }
  m.trustAtStart.set(m.trust);
  return m;
}

/** Gini coefficient of non-negative values (0 = equal, → 1 = one holds all). */
export function gini(values: Float32Array | Float64Array, count: number, stride = 1, offset = 0): number {
  const v = new Float64Array(count);
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const x = Math.max(0, values[i * stride + offset]);
    v[i] = x;
    sum += x;
  }
  if (sum === 0 || count < 2) return 0;
  v.sort();
  let acc = 0;
  for (let i = 0; i < count; i++) acc += (2 * (i + 1) - count - 1) * v[i];
  return acc / (count * sum);
}
