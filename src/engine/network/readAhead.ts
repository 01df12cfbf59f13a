// Reading rows of the adjacency ahead of use, so that their cache misses overlap.
/**
 * Members whose rows a frontier loop reads ahead of walking them. A small cascade on a large graph
 * waits on memory, not arithmetic: walked one by one, each row's offset and first targets miss the
 * cache in turn; read first, a block of rows' misses overlap. Independent cascade, old and new code
 * alternately on this VM: a small cascade's step (p = 0.05, 10 seeds, WS 100k) went from 3.8–5.4 µs
 * to 2.7–3.9, and giant cascades on 1M members from 22–29 M to 40–47 M edges per second; a whole
 * threshold cascade (φ = 0.1) on WS 1M from 343–442 ms to 276–298, an SIR epidemic (p = 0.2,
 * recovery 0.3) from 1.34–1.58 s to 0.76–0.90. Nothing is written, so results are unchanged.
 */
export const READ_AHEAD = 32;

/**
 * Reads the offset and the first target of the rows of members list[from..to). A frontier loop
 * calls it at every READ_AHEAD-th member, for the members after it, and keeps what it returns (a
 * mix of what was read) in its own state, where the compiler cannot drop the reads as unused.
 */
export function touchRows(list: Int32Array, offsets: Int32Array, targets: Int32Array, from: number, to: number): number {
  let t = 0;
  for (let j = from; j < to; j++) {
    const a = offsets[list[j]];
    if (a < targets.length) t ^= targets[a];
  }
  return t;
}
