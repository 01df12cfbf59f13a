// Short geometric gaps read off thresholds must be the very integers the logarithm gives.
import { describe, expect, it } from 'vitest';
import { gapByLog, gapTable, geometricGap, geometricGapWithin, SCANNED_GAPS } from '../../../src/engine/sharing/geometricGaps';
import { Workspace } from '../../../src/engine/workspace';
import { createStream } from '../../../src/engine/rng/rng';

const PS = [1e-6, 0.001, 0.01, 0.05, 0.1, 0.15, 0.2, 1 / 3, 0.5, 0.7, 0.9, 0.99, 0.999999, 0.123456789];
const TWO_POW_32 = 2 ** 32;
/** The logarithm's gap, with its −0 (for u = 0) read as 0: gaps are added to array offsets. */
const byLog = (u: number, logFail: number) => gapByLog(u, logFail) + 0;

describe('geometric gaps by threshold', () => {
  it('engine draws are multiples of 2^-32, the lattice the thresholds are found on', () => {
    const rng = createStream(7, 'dynamics');
    for (let i = 0; i < 20_000; i++) {
      const k = rng() * TWO_POW_32;
      expect(Number.isInteger(k)).toBe(true);
    }
  });

  it.each(PS)("p = %f: at and around every threshold, the gap is the logarithm's", (p) => {
    const logFail = Math.log(1 - p);
    const table = gapTable(p);
    const t = table.thresholds;
    expect(t.length).toBe(SCANNED_GAPS);
    for (let g = 1; g <= SCANNED_GAPS; g++) {
      const k = t[g - 1] * TWO_POW_32;
      expect(Number.isInteger(k)).toBe(true);
      if (k >= TWO_POW_32) {
        // No draw reaches this gap: the largest draw falls short of it.
        expect(gapByLog((TWO_POW_32 - 1) / TWO_POW_32, logFail)).toBeLessThan(g);
        continue;
      }
      expect(gapByLog(k / TWO_POW_32, logFail)).toBeGreaterThanOrEqual(g);
      if (k > 0) expect(gapByLog((k - 1) / TWO_POW_32, logFail)).toBeLessThan(g);
      for (const j of [k - 2, k - 1, k, k + 1, k + 2]) {
        if (j < 0 || j >= TWO_POW_32) continue;
        const u = j / TWO_POW_32;
        expect(geometricGap(u, table)).toBe(byLog(u, logFail));
      }
    }
  });

  it.each(PS)('p = %f: over 100,000 draws of a stream and the ends of [0, 1), the same gaps', (p) => {
    const logFail = Math.log(1 - p);
    const t = gapTable(p);
    const rng = createStream(Math.round(p * 1e6), 'dynamics');
    for (let i = 0; i < 100_000; i++) {
      const u = rng();
      const got = geometricGap(u, t);
      if (got !== byLog(u, logFail)) expect(got).toBe(byLog(u, logFail));
    }
    for (const u of [0, 2 ** -32, 0.5, 1 - 2 ** -32]) expect(geometricGap(u, t)).toBe(byLog(u, logFail));
  });

  it.each(PS)('p = %f: at both ends of every bucket of the lookup table, the same gaps', (p) => {
    const logFail = Math.log(1 - p);
    const t = gapTable(p);
    const step = TWO_POW_32 / t.buckets.length;
    for (let b = 0; b < t.buckets.length; b++) {
      for (const k of [b * step, (b + 1) * step - 1]) expect(geometricGap(k / TWO_POW_32, t)).toBe(byLog(k / TWO_POW_32, logFail));
    }
  });

  it.each(PS)('p = %f: within a room of r chances, the exact gap when under r, and at least r otherwise', (p) => {
    const logFail = Math.log(1 - p);
    const t = gapTable(p);
    const rng = createStream(Math.round(p * 1e6), 'traits');
    const draws = [0, 2 ** -32, 0.5, 1 - 2 ** -32, ...Array.from(t.thresholds, (x) => Math.min(x, 1 - 2 ** -32))];
    for (let i = 0; i < 20_000; i++) draws.push(rng());
    for (const room of [0, 1, 2, 9, 10, 31, 32, 33, 100, 5000]) {
      for (const u of draws) {
        const exact = byLog(u, logFail);
        const got = geometricGapWithin(u, t, room);
        if (exact < room ? got !== exact : got < room) expect({ u, room, got }).toEqual({ u, room, got: exact });
      }
    }
  });

  it('keeps one table per p in a workspace', () => {
    const ws = new Workspace();
    expect(gapTable(0.2, ws)).toBe(gapTable(0.2, ws));
    expect(gapTable(0.2, ws)).not.toBe(gapTable(0.21, ws));
    expect(gapTable(0.2, new Workspace())).not.toBe(gapTable(0.2, ws));
    expect(gapTable(0.2, new Workspace())).toEqual(gapTable(0.2, ws));
  });
});

describe('independent cascade at a chance below 2^-53', () => {
  it('passes nothing on (1 − p rounds to 1, so no gap is finite), and stops', async () => {
    const { createSimulation } = await import('../../../src/engine/simulation');
    const sim = createSimulation({
      seed: 3,
      ticks: 50,
      network: { kind: 'ring-lattice', n: 200, k: 4 },
      sharing: { model: 'independent-cascade', p: 1e-17 },
      seeding: { strategy: 'random', budget: 5 },
    });
    while (!sim.done) sim.step();
    expect(sim.dynamics.records[0].adopters).toBe(5);
    // Everyone the seeds showed it to saw it, and nobody else.
    const seeds = Array.from(sim.seeds);
    const shown = new Set([...seeds, ...seeds.flatMap((s) => [-2, -1, 1, 2].map((d) => (s + d + 200) % 200))]);
    expect(sim.dynamics.records[0].reach).toBe(shown.size);
    expect(sim.tick).toBe(1);
  });
});
