// Batch progress on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise.
import { describe, expect, it } from 'vitest';
import { BatchProgress, formatDuration } from '../../src/cli/batch/batchProgress';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { isTTY, out, write: (s: string) => out.push(s) };
}

describe('BatchProgress', () => {
  it('on a terminal redraws one line with done/total, runs per second and time left', () => {
    let t = 0;
    const s = sink(true);
    const p = new BatchProgress({ label: 'batch', todo: 100, already: 20, sink: s, now: () => t });
    t = 1000;
    p.update(1, 0);
    t = 2000;
    p.update(11, 1);
    t = 2050;
    p.update(12, 1); // within 100 ms of the last draw: not drawn
    expect(s.out).toHaveLength(2);
    expect(s.out[1]).toBe('\r\x1b[Kbatch ██████░░░░░░░░░░░░░░░░░░ 31/120 25% · 10.0 runs/s · 8.9 s left · 1 failed');
    p.finish('batch: done');
    expect(s.out.slice(-2)).toEqual(['\r\x1b[K', 'batch: done\n']);
  });

  it('elsewhere (a Slurm log) writes a plain line every few seconds, and always the final line', () => {
    let t = 0;
    const s = sink(false);
    const p = new BatchProgress({ label: 'batch', todo: 50, already: 0, sink: s, now: () => t, every: 5 });
    for (let done = 1; done <= 50; done++) {
      t = done * 200;
      p.update(done, 0);
    }
    expect(s.out).toEqual(['batch: 25/50 runs (50%) · 5.00 runs/s · 5.0 s left\n', 'batch: 50/50 runs (100%) · 5.00 runs/s · 0.0 s left\n']);
    p.finish('batch: 50/50 runs');
    expect(s.out.at(-1)).toBe('batch: 50/50 runs\n');
    expect(s.out.join('')).not.toMatch(/\r|\x1b/);
  });

  it('formats durations for people', () => {
    expect([formatDuration(3.21), formatDuration(42.4), formatDuration(3725), formatDuration(Infinity)]).toEqual(['3.2 s', '42 s', '1 h 2 min', '?']);
  });
});
