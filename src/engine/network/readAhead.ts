// Reading rows of the adjacency ahead of use, so that their cache misses overlap.
/**
 * Members whose rows a frontier loop reads ahead of walking them. A small cascade on a large graph
 * waits on memory, not arithmetic: walked one by one, each row's offset and first targets miss the
 * cache in turn; read first, a block of rows' misses overlap. The cascade section of npm run bench
 * shows the effect on small and giant cascades. Nothing is written, so results are unchanged.
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
