import { describe, expect, it } from 'vitest';
import { circlesLayout, discLayout, initialLayout, ringLayout, SPACING } from '../../src/studio/layout/initialLayout';
import { forceLayout, layoutTicks } from '../../src/studio/layout/forceLayout';
import { tieList } from '../../src/studio/view/drawData';
import { wattsStrogatz } from '../../src/engine/network/generators/wattsStrogatz';
import { barabasiAlbert } from '../../src/engine/network/generators/barabasiAlbert';
import { createStream } from '../../src/engine/rng/rng';

describe('generator-shaped layouts', () => {
  it('puts ring neighbours side by side around a circle', () => {
    const p = ringLayout(100);
    const r = Math.hypot(p[0], p[1]);
    expect(Math.hypot(p[20], p[21])).toBeCloseTo(r);
    expect(Math.hypot(p[2] - p[0], p[3] - p[1])).toBeCloseTo(SPACING, 0);
    const big = ringLayout(5000);
    const radii = Array.from({ length: 5000 }, (_, i) => Math.hypot(big[2 * i], big[2 * i + 1]));
    expect(Math.min(...radii) / Math.max(...radii)).toBeGreaterThan(0.8);
  });

  it('gives each community its own circle, apart from the others', () => {
    const community = Int32Array.from({ length: 300 }, (_, i) => Math.floor(i / 100));
    const p = circlesLayout(community, 3);
    const centre = (c: number) => {
      let x = 0,
        y = 0;
      for (let i = c * 100; i < c * 100 + 100; i++) (x += p[2 * i]), (y += p[2 * i + 1]);
      return [x / 100, y / 100];
    };
    const [a, b] = [centre(0), centre(1)];
    const spread = Math.max(...Array.from({ length: 100 }, (_, i) => Math.hypot(p[2 * i] - a[0], p[2 * i + 1] - a[1])));
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(2 * spread);
  });

  it('puts hubs in the middle of a disc', () => {
    const g = barabasiAlbert.generate(createStream(1, 'network'), { kind: 'barabasi-albert', n: 400, m: 2 });
    const p = discLayout(g.offsets);
    let hub = 0;
    for (let i = 0; i < g.n; i++) if (g.offsets[i + 1] - g.offsets[i] > g.offsets[hub + 1] - g.offsets[hub]) hub = i;
    expect(Math.hypot(p[2 * hub], p[2 * hub + 1])).toBeLessThan(SPACING * 2);
    expect(initialLayout({ kind: 'disc' }, g.offsets, g.community)).toEqual(p);
  });

  it('plans a live settle when small, a polish when middling, nothing for large rings', () => {
    expect(layoutTicks(2000, 'ring')).toBeGreaterThan(100);
    expect(layoutTicks(8000, 'disc')).toBeGreaterThan(0);
    expect(layoutTicks(8000, 'ring')).toBe(0);
    expect(layoutTicks(50000, 'disc')).toBe(0);
  });

  it('settles a force layout from the warm start, tied members closer than untied ones', () => {
    const g = wattsStrogatz.generate(createStream(2, 'network'), { kind: 'watts-strogatz', n: 300, k: 6, p: 0.1 });
    const ties = tieList(g.offsets, g.targets, g.strength, 1e6);
    const { sim, read } = forceLayout({ n: g.n, ends: ties.ends, strength: ties.strength, positions: ringLayout(g.n) });
    for (let t = 0; t < 120; t++) sim.tick();
    const p = read(new Float32Array(2 * g.n));
    let tied = 0;
    for (let k = 0; k < ties.ends.length; k += 2) tied += Math.hypot(p[2 * ties.ends[k]] - p[2 * ties.ends[k + 1]], p[2 * ties.ends[k] + 1] - p[2 * ties.ends[k + 1] + 1]);
    tied /= ties.ends.length / 2;
    let any = 0;
    for (let i = 0; i < 300; i++) any += Math.hypot(p[2 * i] - p[2 * ((i * 7 + 150) % 300)], p[2 * i + 1] - p[2 * ((i * 7 + 150) % 300) + 1]);
    any /= 300;
    expect(Number.isFinite(tied)).toBe(true);
    expect(tied * 3).toBeLessThan(any);
  });
});
