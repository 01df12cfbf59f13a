import { describe, expect, it } from 'vitest';
import { Scratch } from '../../src/engine/scratch';

describe('Scratch', () => {
  it('lends the same array again once given back, of the length asked', () => {
    const s = new Scratch((l) => new Int32Array(l));
    const a = s.take(100);
    expect(a.length).toBe(100);
    s.giveBack(a);
    expect(s.take(100)).toBe(a);
  });

  it('makes a new array for another length', () => {
    const s = new Scratch((l) => new Int32Array(l));
    const a = s.take(100);
    s.giveBack(a);
    const b = s.take(50);
    expect(b).not.toBe(a);
    expect(b.length).toBe(50);
  });

  it('lends zeroes after a borrower that cleared what it wrote, without clearing the rest', () => {
    const s = new Scratch((l) => new Uint8Array(l));
    const a = s.takeZeroed(1000);
    a[3] = 1;
    a[3] = 0;
    s.giveBackZeroed(a);
    const b = s.takeZeroed(1000);
    expect(b).toBe(a);
    expect(b.every((x) => x === 0)).toBe(true);
  });

  it('clears an array given back dirty before lending it as zeroed', () => {
    const s = new Scratch((l) => new Uint8Array(l));
    const a = s.take(1000);
    a.fill(7);
    s.giveBack(a);
    const b = s.takeZeroed(1000);
    expect(b).toBe(a);
    expect(b.every((x) => x === 0)).toBe(true);
  });

  it('never lends an array that is still lent (a borrower that threw, or a nested use)', () => {
    const s = new Scratch((l) => new Uint8Array(l));
    const leaked = s.takeZeroed(64);
    leaked[5] = 9; // never given back
    const b = s.takeZeroed(64);
    expect(b).not.toBe(leaked);
    expect(b.every((x) => x === 0)).toBe(true);
    // The abandoned array coming back later changes nothing: b is the kept one.
    s.giveBackZeroed(leaked);
    s.giveBackZeroed(b);
    expect(s.takeZeroed(64)).toBe(b);
  });

  it('keeps nothing very large', () => {
    const s = new Scratch((l) => new Uint8Array(l));
    const a = s.take((1 << 20) + 1);
    s.giveBack(a);
    expect(s.take((1 << 20) + 1)).not.toBe(a);
  });
});
