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
  // Mash reads the key once through, then twice more: the first pass over the name's prefix is
  // the same for every seed, so it is hashed once per name.
  const first = mash(keyPrefix(name).hash, String(seed));
  return alea('', { state: seedStateFrom(first, streamKey(seed, name)) });
}

/**
 * Streams `a` and `b` of one seed, each exactly what `createStream` gives. Their Mash chains are
 * independent, so they are hashed side by side in one loop, whose steps the CPU partly overlaps,
 * so a pair costs less than two streams hashed one after the other.
 */
export function createStreamPair(seed: number | string, a: string, b: string): [Rng, Rng] {
  // A key is its name's prefix `murmuration/<name>/` and then the seed: hashing the two parts in
  // turn reads the same characters as hashing the key, without building the key.
  const suffix = String(seed);
  const pa = keyPrefix(a);
  const pb = keyPrefix(b);
  const h: MashPair = { a: 0, b: 0 };
  mashTwo(h, pa.hash, suffix, pb.hash, suffix);
  const s0A = sub(SPACE1, h.a);
  const s0B = sub(SPACE1, h.b);
  mashTwo(h, h.a, pa.text, h.b, pb.text);
  mashTwo(h, h.a, suffix, h.b, suffix);
  const s1A = sub(SPACE2, h.a);
  const s1B = sub(SPACE2, h.b);
  mashTwo(h, h.a, pa.text, h.b, pb.text);
  mashTwo(h, h.a, suffix, h.b, suffix);
  return [alea('', { state: { c: 1, s0: s0A, s1: s1A, s2: sub(SPACE3, h.a) } }), alea('', { state: { c: 1, s0: s0B, s1: s1B, s2: sub(SPACE3, h.b) } })];
}

/** A name's key prefix `murmuration/<name>/`, and Mash's state after alea's start and that prefix. */
interface KeyPrefix {
  readonly text: string;
  readonly hash: number;
}

function prefixOf(name: string): KeyPrefix {
  const text = streamKey('', name);
  return Object.freeze({ text, hash: mash(SPACE3, text) });
}

/** The prefix of a name: hashed once at import for the engine's own streams, else when asked. */
function keyPrefix(name: string): KeyPrefix {
  return KNOWN_PREFIXES[name] ?? prefixOf(name);
}

const TWO_POW_32 = 0x100000000;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/*
 * Baagøe's Mash, step for step, with one change of form: seedrandom truncates with `h >>> 0`,
 * these functions with Math.floor. Within a step h is never negative and stays below 2^28 (n is
 * below 2^32 + 2^27, a character adds at most 2^16, and the multiplier is about 0.025), and for
 * 0 ≤ h < 2^32 the two are the same number. Math.floor keeps the value a double, where `>>> 0`
 * converts it to an integer and back twice per character, which made a character cost about 14 ns
 * here against 8.5.
 */

/** Mash over `data` from index `from`, continuing from hash state `n`; returns the new state. */
function mash(n: number, data: string, from = 0): number {
  for (let i = from; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    let t = Math.floor(h);
    h = (h - t) * t;
    t = Math.floor(h);
    n = t + (h - t) * TWO_POW_32;
  }
  return n;
}

/** The two hash states mashTwo leaves (one small object per stream pair, not module state). */
interface MashPair {
  a: number;
  b: number;
}

/** Mash over `a` from state `nA` and over `b` from state `nB`, in one loop; results in out.a and out.b. */
function mashTwo(out: MashPair, nA: number, a: string, nB: number, b: string): void {
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) {
    nA += a.charCodeAt(i);
    nB += b.charCodeAt(i);
    let hA = 0.02519603282416938 * nA;
    let hB = 0.02519603282416938 * nB;
    let tA = Math.floor(hA);
    let tB = Math.floor(hB);
    hA = (hA - tA) * tA;
    hB = (hB - tB) * tB;
    tA = Math.floor(hA);
    tB = Math.floor(hB);
    nA = tA + (hA - tA) * TWO_POW_32;
    nB = tB + (hB - tB) * TWO_POW_32;
  }
  out.a = mash(nA, a, common);
  out.b = mash(nB, b, common);
}

// Alea starts from three hashes of ' ', the same for every key.
const SPACE1 = mash(0xefc8249d, ' ');
const SPACE2 = mash(SPACE1, ' ');
const SPACE3 = mash(SPACE2, ' ');
/** Hashed prefixes of the engine's own stream names, built at import and never written after (frozen, no prototype). */
const KNOWN_PREFIXES: Readonly<Record<string, KeyPrefix | undefined>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, KeyPrefix>, ...[...STREAMS, 'interventions', 'taste', 'metrics', 'readout'].map((name) => ({ [name]: prefixOf(name) }))),
);
/** Mash's output for hash state n (here `>>> 0` is meant: n may exceed 2^32 and wraps). */
const unit = (n: number) => (n >>> 0) * TWO_POW_MINUS_32;
/** One of alea's seeds: a hash of ' ' less a hash of the key, wrapped into [0, 1). */
const sub = (space: number, n: number) => {
  const s = unit(space) - unit(n);
  return s < 0 ? s + 1 : s;
};

/**
 * The state alea(key) starts in, computed as seedrandom's alea seeds itself (the same Mash, step
 * for step) but in local numbers: seedrandom's Mash keeps its hash in a closure, which allocates a
 * heap number per character and made seeding a stream cost more than a small cascade. The stream
 * is still seedrandom's generator, started from this state, and draws exactly what alea(key) draws.
 */
export function aleaSeedState(key: string): { c: number; s0: number; s1: number; s2: number } {
  return seedStateFrom(mash(SPACE3, key), key);
}

/** The rest of alea's seeding, given the hash state after the first pass over the key. */
function seedStateFrom(n: number, key: string): { c: number; s0: number; s1: number; s2: number } {
  const s0 = sub(SPACE1, n);
  n = mash(n, key);
  const s1 = sub(SPACE2, n);
  n = mash(n, key);
  return { c: 1, s0, s1, s2: sub(SPACE3, n) };
}

/**
 * The four streams of a run. `networkSeed`, when given, seeds the `network` stream instead of the
 * run seed, so that many runs can share one graph.
 */
export function createStreams(seed: number | string, networkSeed?: number | string): Streams {
  return new RunStreams(seed, networkSeed ?? seed);
}

/**
 * Each stream is seeded on first use: a run that shares a prebuilt graph never pays for `network`.
 * A class rather than an object literal with getters, which V8 creates and reads slowly.
 */
class RunStreams implements Streams {
  #network: Rng | undefined;
  #traits: Rng | undefined;
  #seeding: Rng | undefined;
  #dynamics: Rng | undefined;

  constructor(
    private readonly seed: number | string,
    private readonly networkSeed: number | string,
  ) {}

  get network(): Rng {
    return (this.#network ??= createStream(this.networkSeed, 'network'));
  }
  get traits(): Rng {
    return (this.#traits ??= createStream(this.seed, 'traits'));
  }
  // Every run chooses seeds and every sharing model draws from `dynamics`: the two are seeded
  // together (createStreamPair), on the first read of either.
  get seeding(): Rng {
    if (this.#seeding === undefined) this.seedBoth();
    return this.#seeding!;
  }
  get dynamics(): Rng {
    if (this.#dynamics === undefined) this.seedBoth();
    return this.#dynamics!;
  }
  private seedBoth(): void {
    const pair = createStreamPair(this.seed, 'seeding', 'dynamics');
    this.#seeding = pair[0];
    this.#dynamics = pair[1];
  }
}

/** A uniform integer in [0, n). n must be below 2^32. */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/**
 * Draws `k` distinct integers from [0, n) in draw order (Floyd's algorithm would lose the order;
 * a partial Fisher–Yates over an index array keeps it and costs O(n) memory once).
 */
export function sampleDistinct(rng: Rng, n: number, k: number): Int32Array {
  if (k > n) throw new RangeError(`rng/sampleDistinct: k must be at most n (got k=${k}, n=${n})`);
  const out = new Int32Array(k);
  if (k <= 64 && k * 4 < n) {
    // Few draws: rejection against the values drawn so far, found by scanning them.
    for (let i = 0; i < k; i++) {
      let v = Math.floor(rng() * n);
      for (let j = 0; j < i; j++) {
        if (out[j] !== v) continue;
        v = Math.floor(rng() * n);
        j = -1; // a repeat: draw again and scan from the start
      }
      out[i] = v;
    }
    return out;
  }
  if (k * 4 < n) {
    // Sparse case: rejection against the values drawn so far.
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
