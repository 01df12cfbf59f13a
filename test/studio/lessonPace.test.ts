import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PACE, MAX_RATE, MIN_RATE, PACES, parsePace, rateFor, rememberedPace, rememberPace, speedNear } from '../../src/studio/lesson/lessonPace';
import { PlayClock } from '../../src/studio/run/playClock';
import { SPEEDS } from '../../src/studio/settings';

/** Plays `ticks` ticks at `rate` on a simulated 60 Hz frame clock; returns when (ms) each tick was asked for. */
function play(ticks: number, rate: number): number[] {
  const clock = new PlayClock();
  const at: number[] = [];
  clock.start(0);
  for (let frame = 0; at.length < ticks; frame++) {
    const now = (frame * 1000) / 60;
    for (let k = clock.due(now, rate); k > 0 && at.length < ticks; k--) at.push(now);
  }
  return at;
}

describe('lesson pace', () => {
  it('reads a pace from the link, and falls back to the default with a sentence for anything else', () => {
    for (const p of PACES) expect(parsePace(String(p))).toEqual({ pace: p });
    for (const bad of ['', ' ', '7', '10.5', '-5', 'fast', '1e1x', 'Infinity']) {
      expect(parsePace(bad)).toEqual({ pace: DEFAULT_PACE, problem: `pace must be one of 5, 10, 20, 40 seconds per step (got "${bad}"); using 10 s.` });
    }
    expect(PACES).toContain(DEFAULT_PACE);
  });

  it('a step of N ticks plays at N / pace ticks per second, within the slowest and fastest rates', () => {
    expect(rateFor(40, 5)).toBe(8);
    expect(rateFor(40, 10)).toBe(4);
    expect(rateFor(40, 20)).toBe(2);
    expect(rateFor(40, 40)).toBe(1);
    expect(rateFor(74, 10)).toBeCloseTo(7.4, 12);
    // A short step does not crawl; a long one is capped at the studio's fastest speed.
    expect(rateFor(6, 40)).toBe(MIN_RATE);
    expect(rateFor(5000, 5)).toBe(MAX_RATE);
    expect(MAX_RATE).toBe(SPEEDS[SPEEDS.length - 1]);
    // Nothing to play, or a length not known (its numbers failed): the fastest, or the studio's default speed.
    expect(rateFor(0, 10)).toBe(MAX_RATE);
    expect(rateFor(null, 10)).toBe(4);
  });

  it("the play clock at a pace's rate asks for a step's last tick at (N − 1) / N of the pace, whatever the pace", () => {
    for (const pace of PACES) {
      for (const ticks of [24, 40, 74]) {
        const rate = rateFor(ticks, pace);
        if (rate === MIN_RATE || rate === MAX_RATE) continue;
        const at = play(ticks, rate);
        expect(at).toHaveLength(ticks);
        // Within a frame of the ideal: ticks are asked for on frames.
        expect(Math.abs(at[ticks - 1] - ((ticks - 1) / ticks) * pace * 1000)).toBeLessThanOrEqual(1000 / 60);
      }
    }
  });

  it('the play clock says how long to sleep until the next tick', () => {
    const clock = new PlayClock();
    clock.start(100);
    expect(clock.due(100, 8)).toBe(1);
    expect(clock.wait(100)).toBe(125);
    expect(clock.due(150, 8)).toBe(0);
    expect(clock.wait(150)).toBe(75);
    expect(clock.due(225, 8)).toBe(1);
    expect(clock.wait(400)).toBe(0);
  });

  it("the studio's speed nearest a rate (so pulses last about a tick and the link out of the lesson stays valid)", () => {
    expect([0.5, 1, 1.4, 3, 7.4, 8, 12, 40, 60].map(speedNear)).toEqual([1, 1, 1, 4, 8, 8, 15, 30, 60]);
    for (const r of [0.5, 2.5, 9, 45]) expect(SPEEDS).toContain(speedNear(r));
  });

  describe('remembered for the tab', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('keeps a chosen pace in session storage, and ignores one it does not know', () => {
      const store = new Map<string, string>();
      vi.stubGlobal('sessionStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) });
      expect(rememberedPace()).toBeNull();
      rememberPace(20);
      expect(rememberedPace()).toBe(20);
      store.set([...store.keys()][0], '7');
      expect(rememberedPace()).toBeNull();
    });

    it('without storage, nothing is remembered and nothing throws', () => {
      vi.stubGlobal('sessionStorage', {
        getItem: () => {
          throw new Error('denied');
        },
        setItem: () => {
          throw new Error('denied');
        },
      });
      expect(() => rememberPace(20)).not.toThrow();
      expect(rememberedPace()).toBeNull();
    });
  });
});
