// How long a lesson step's run takes on screen: the teacher's pace, read from the link with a clear message, and the
// play rate it gives a step of N ticks. Pace is presentation only: the run's numbers are the same at every pace.
import { DEFAULT_SPEED, SPEEDS } from '../settings';

/** Seconds a step's run takes at each pace the teacher can choose. */
export const PACES = [5, 10, 20, 40] as const;
/** Long enough to talk over, short enough to keep a class. */
export const DEFAULT_PACE = 10;
/** Slowest play: a day every two seconds (slower and the canvas looks stuck between pulses). */
export const MIN_RATE = 0.5;
/** Fastest play: the studio's own fastest speed (a long run takes longer than its pace rather than skip days). */
export const MAX_RATE = SPEEDS[SPEEDS.length - 1];
/** Where the pace is remembered for the browser tab's session. */
const STORE_KEY = 'murmuration.lessonPace';

export function isPace(v: number): boolean {
  return (PACES as readonly number[]).includes(v);
}

/** The link's `pace` value: a known pace, else the default with a sentence saying so. */
export function parsePace(text: string): { pace: number; problem?: string } {
  const v = Number(text);
  if (text.trim() !== '' && isPace(v)) return { pace: v };
  return { pace: DEFAULT_PACE, problem: `pace must be one of ${PACES.join(', ')} seconds per step (got "${text}"); using ${DEFAULT_PACE} s.` };
}

/**
 * Ticks per second that play a step of `ticks` ticks in `pace` seconds, kept between MIN_RATE and
 * MAX_RATE (a step of a few days plays a day every two seconds at most; a year at the studio's fastest).
 * A step whose length is unknown (its numbers could not be computed) plays at the studio's default speed.
 */
export function rateFor(ticks: number | null, pace: number): number {
  if (ticks === null) return DEFAULT_SPEED;
  if (ticks <= 0) return MAX_RATE;
  return Math.min(MAX_RATE, Math.max(MIN_RATE, ticks / pace));
}

/** The studio's speed nearest a play rate: pulses last about a tick, and the link out of lesson mode stays valid. */
export function speedNear(rate: number): number {
  return SPEEDS.reduce((best, s) => (Math.abs(Math.log(s / rate)) < Math.abs(Math.log(best / rate)) ? s : best), SPEEDS[0] as number);
}

/** The pace chosen earlier in this tab, if any (storage may be unavailable: then none). */
export function rememberedPace(): number | null {
  try {
    const v = Number(sessionStorage.getItem(STORE_KEY));
    return isPace(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberPace(pace: number): void {
  try {
    sessionStorage.setItem(STORE_KEY, String(pace));
  } catch {
    // A tab without storage keeps the pace in the link only.
  }
}
