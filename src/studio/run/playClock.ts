// When Play asks for ticks: each animation frame, the ticks due at the chosen speed, a few at most, so
// a slow frame never queues a burst and a fast one never runs ahead. The studio's Play and a lesson step's run share it.

/** Ticks advanced per request at most when catching up. */
export const MAX_CATCH_UP = 8;

export class PlayClock {
  playing = false;
  private nextDue = 0;

  start(now: number): void {
    this.playing = true;
    this.nextDue = now;
  }

  stop(): void {
    this.playing = false;
  }

  /** Ticks to ask for at `now` (0: none due yet), at `speed` ticks per second. */
  due(now: number, speed: number): number {
    if (!this.playing || now < this.nextDue) return 0;
    const interval = 1000 / speed;
    const due = Math.min(MAX_CATCH_UP, 1 + Math.floor((now - this.nextDue) / interval));
    this.nextDue = Math.max(this.nextDue + due * interval, now - interval);
    return due;
  }

  /** Milliseconds from `now` until the next tick is due (0: due now), for a player that sleeps between reads. */
  wait(now: number): number {
    return Math.max(0, this.nextDue - now);
  }
}
