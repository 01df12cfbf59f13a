// Named random streams: every random draw in the engine comes from one of these.
import alea from 'seedrandom/lib/alea.js';

/** A uniform source in [0, 1) with 32 bits of resolution (seedrandom's alea). */
export type Rng = () => number;

/**
 * The streams every run uses, one per purpose, so that changing one purpose's parameters leaves the
 * others' draws unchanged. Narrower purposes name their own stream with `createStream` by the same
 * rule: `interventions` (ties removed), `taste` (circle taste), `metrics` (sampled path lengths),
 * `readout` (a lesson step's sampled readings).
 */
export const STREAMS = ['network', 'traits', 'seeding', 'dynamics'] as const;
export type StreamName = (typeof STREAMS)[number];
export type Streams = Record<StreamName, Rng>;

/**
 * The documented derivation rule: stream `name` of seed `s` is alea seeded with the string
 * `murmuration/<name>/<s>`. Distinct names give unrelated sequences; the same name and seed give
 * the same sequence in every JavaScript engine.
 */
export function streamKey(seed: number | string, name: string): string {
  return `murmuration/${name}/${seed}`;
}

export function createStream(seed: number | string, name: string): Rng {
  return alea(streamKey(seed, name));
}

/**
 * The four streams of a run. `networkSeed`, when given, seeds the `network` stream instead of the
 * run seed, so that many runs can share one graph.
 */
export function createStreams(seed: number | string, networkSeed?: number | string): Streams {
  // Each stream is seeded on first use: a run that shares a prebuilt graph never pays for `network`.
  const made: Partial<Streams> = {};
  const lazy = (name: StreamName, s: number | string) => () => (made[name] ??= createStream(s, name));
  const network = lazy('network', networkSeed ?? seed);
  const traits = lazy('traits', seed);
  const seeding = lazy('seeding', seed);
  const dynamics = lazy('dynamics', seed);
  return {
    get network() {
      return network();
    },
    get traits() {
      return traits();
    },
    get seeding() {
      return seeding();
    },
    get dynamics() {
      return dynamics();
    },
  };
}

/** A uniform integer in [0, n). n must be below 2^32. */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** Fisher–Yates shuffle of a prefix-free copy; returns the array it was given. */
export function shuffleInPlace<T extends { length: number; [i: number]: number }>(rng: Rng, a: T): T {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

/**
 * Draws `k` distinct integers from [0, n) in draw order (Floyd's algorithm would lose the order;
 * a partial Fisher–Yates over an index array keeps it and costs O(n) memory once).
 */
export function sampleDistinct(rng: Rng, n: number, k: number): Int32Array {
  if (k > n) throw new RangeError(`rng/sampleDistinct: k must be at most n (got k=${k}, n=${n})`);
  const out = new Int32Array(k);
  if (k * 4 < n) {
    // Sparse case: rejection against the values drawn so far (k is small).
    const seen = new Set<number>();
    for (let i = 0; i < k; i++) {
      let v = Math.floor(rng() * n);
      while (seen.has(v)) v = Math.floor(rng() * n);
      seen.add(v);
      out[i] = v;
    }
    return out;
  }
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
    out[i] = idx[i];
  }
  return out;
}
