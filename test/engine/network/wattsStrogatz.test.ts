import { describe, expect, it } from 'vitest';
import { wattsStrogatz } from '../../../src/engine/network/generators/wattsStrogatz';
import { createStream } from '../../../src/engine/rng/rng';

describe('wattsStrogatz', () => {
  it('keeps n·k/2 ties', () => {
    const g = wattsStrogatz.generate(createStream(1, 'network'), { kind: 'watts-strogatz', n: 100, k: 4, p: 0.3 });
    expect(g.m).toBe(200);
  });
});
