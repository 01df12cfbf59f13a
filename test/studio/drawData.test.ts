import { describe, expect, it } from 'vitest';
import { applyStateColors, applyStates, baseRadius, fillColors, memberRadii, tieList, tieVertexAlpha, tieVertices } from '../../src/studio/view/drawData';
import { stateRgbUnit, STATE_COLORS, hexToRgb } from '../../src/studio/view/palette';
import { PulseTrack } from '../../src/studio/view/pulseTrack';
import { buildGraph } from '../../src/engine/network/graph';

// A path 0-1-2-3 plus a chord 0-2 (weak).
const g = buildGraph(4, Int32Array.of(0, 1, 2, 0), Int32Array.of(1, 2, 3, 2), 4, { strength: Float32Array.of(1, 1, 1, 0.2) });

describe('draw reducers', () => {
  it('colours only the members that changed and reports the slice to upload', () => {
    const palette = stateRgbUnit();
    const rgb = new Float32Array(12);
    fillColors(rgb, 4, palette);
    expect(Array.from(rgb.slice(0, 3), (v) => Math.round(v * 255))).toEqual([...hexToRgb(STATE_COLORS[0])]);
    const range = applyStateColors(rgb, Int32Array.of(2, 1), Uint8Array.of(2, 1), palette);
    expect(range).toEqual({ first: 1, last: 2 });
    expect(Array.from(rgb.slice(6, 9), (v) => Math.round(v * 255))).toEqual([...hexToRgb(STATE_COLORS[2])]);
    expect(Array.from(rgb.slice(9, 12))).toEqual(Array.from(rgb.slice(0, 3)));
    expect(applyStateColors(rgb, new Int32Array(0), new Uint8Array(0), palette)).toEqual({ first: 0, last: -1 });
  });

  it('keeps state counts in step with the changes', () => {
    const shown = new Uint8Array(4);
    const counts = Int32Array.of(4, 0, 0, 0);
    applyStates(shown, counts, Int32Array.of(0, 3), Uint8Array.of(2, 1));
    applyStates(shown, counts, Int32Array.of(3), Uint8Array.of(3));
    expect(Array.from(counts)).toEqual([2, 0, 1, 1]);
  });

  it('sizes members by degree around a base radius', () => {
    const r = memberRadii(g.offsets, 4, 'degree');
    expect(r[0]).toBeCloseTo(4 * Math.sqrt(2 / 2));
    expect(r[3]).toBeCloseTo(4 * Math.sqrt(1 / 2));
    expect(Array.from(memberRadii(g.offsets, 4, 'uniform'))).toEqual([4, 4, 4, 4]);
    expect(baseRadius(Float32Array.of(0, 0, 10, 0, 0, 10, 10, 10), 4)).toBeCloseTo(0.28 * 5);
  });

  it('lists each tie once with its strength, and samples evenly past a limit', () => {
    const all = tieList(g.offsets, g.targets, g.strength, 100);
    expect(all.total).toBe(4);
    expect(Array.from(all.ends)).toEqual([0, 1, 0, 2, 1, 2, 2, 3]);
    expect(Array.from(all.strength)).toEqual([1, Math.fround(0.2), 1, 1]);
    const half = tieList(g.offsets, g.targets, g.strength, 2);
    expect(half.ends.length).toBe(4);
    expect(half.total).toBe(4);
    expect(Array.from(half.ends)).toEqual([0, 1, 1, 2]);
    const xy = tieVertices(all.ends, Float32Array.of(0, 0, 1, 0, 2, 0, 3, 0));
    expect(Array.from(xy.slice(0, 8))).toEqual([0, 0, 1, 0, 0, 0, 2, 0]);
    const alpha = tieVertexAlpha(all.strength);
    expect(alpha[2]).toBeCloseTo(0.3 + 0.7 * 0.2);
    expect(alpha[0]).toBeCloseTo(1);
  });
});

describe('pulse track', () => {
  it('moves pulses from sharer to receiver and retires them', () => {
    const track = new PulseTrack(4);
    const pos = Float32Array.of(0, 0, 10, 0, 0, 10);
    const xy = new Float32Array(8);
    const size = new Float32Array(4);
    track.add(Int32Array.of(0, 1), 1000, 100);
    expect(track.write(1050, pos, xy, size, 2)).toBe(1);
    expect(xy[0]).toBeCloseTo(5);
    expect(size[0]).toBeGreaterThan(0);
    // The finished pulse's entry is cleared once, then nothing is left to upload.
    expect(track.write(1200, pos, xy, size, 2)).toBe(1);
    expect(size[0]).toBe(0);
    expect(track.active).toBe(0);
    expect(track.write(1300, pos, xy, size, 2)).toBe(0);
  });

  it('lets the oldest give way when full', () => {
    const track = new PulseTrack(2);
    track.add(Int32Array.of(0, 1, 1, 2, 2, 0), 0, 100);
    const xy = new Float32Array(4);
    const size = new Float32Array(2);
    expect(track.write(50, Float32Array.of(0, 0, 10, 0, 0, 10), xy, size, 1)).toBe(2);
  });
});
