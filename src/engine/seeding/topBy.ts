// Ranking members by a score: the deterministic top-k that several strategies share.

/** The k ids with the largest score, ties broken by lower id; deterministic. */
export function topBy(n: number, k: number, score: (i: number) => number): Int32Array {
  const ids = new Int32Array(n);
  const s = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    ids[i] = i;
    s[i] = score(i);
  }
  ids.sort((a, b) => s[b] - s[a] || a - b);
  return ids.slice(0, k);
}

export function maxDegree(g: { n: number; offsets: Int32Array }): number {
  let m = 0;
  for (let i = 0; i < g.n; i++) m = Math.max(m, g.offsets[i + 1] - g.offsets[i]);
  return m;
}
