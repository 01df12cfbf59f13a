// The shares arriving in one tick, as columns: who receives, from whom, which item, and the chance of noticing.

/**
 * Buffers a run keeps between ticks (on its world), grown by doubling and refilled every tick:
 * deliverShares pushes a tick's arrivals, then reads them back newest first.
 */
export class Arrivals {
  to = new Int32Array(1024);
  from = new Int32Array(1024);
  item = new Int32Array(1024);
  notice = new Float32Array(1024);
  count = 0;

  push(to: number, from: number, item: number, notice: number): void {
    const k = this.count;
    if (k === this.to.length) this.grow();
    this.to[k] = to;
    this.from[k] = from;
    this.item[k] = item;
    this.notice[k] = notice;
    this.count = k + 1;
  }

  private grow(): void {
    const size = this.count * 2;
    const to = new Int32Array(size);
    const from = new Int32Array(size);
    const item = new Int32Array(size);
    const notice = new Float32Array(size);
    to.set(this.to);
    from.set(this.from);
    item.set(this.item);
    notice.set(this.notice);
    this.to = to;
    this.from = from;
    this.item = item;
    this.notice = notice;
  }
}
