// Typed arrays kept between calls for the temporaries of code that runs once per run: a batch that
// builds a graph and summarises a cascade per run then allocates, zeroes and frees nothing large.

type Typed = Uint8Array | Int32Array | Float32Array | Float64Array;

/** Temporaries above this many elements are made fresh each time: not worth the memory kept. */
const MAX_KEPT = 1 << 20;

/**
 * One temporary of a given use. `take` lends the kept array (contents arbitrary); `takeZeroed` lends
 * it all zero, which is cheap when the borrower, before `giveBackZeroed`, zeroed only what it wrote.
 * Taking it while lent (a borrower that threw before giving it back, or a nested use) makes a fresh
 * array the kept one, so nothing ever sees another's leftovers; giving back an array no longer kept
 * does nothing.
 */
export class Scratch<T extends Typed> {
  private kept: T | null = null;
  private lent = false;
  private zero = true;

  constructor(private readonly make: (length: number) => T) {}

  take(length: number): T {
    return this.lend(length, false);
  }

  takeZeroed(length: number): T {
    return this.lend(length, true);
  }

  /** Back, with unknown contents. */
  giveBack(a: T): void {
    this.back(a, false);
  }

  /** Back, every entry zero again (the borrower cleared what it wrote). */
  giveBackZeroed(a: T): void {
    this.back(a, true);
  }

  private lend(length: number, zeroed: boolean): T {
    if (length > MAX_KEPT) return this.make(length);
    let a = this.kept;
    if (a === null || a.length !== length || this.lent) {
      // A fresh one (zero) becomes the kept one; one still lent is abandoned to its borrower.
      a = this.kept = this.make(length);
    } else if (zeroed && !this.zero) a.fill(0);
    this.lent = true;
    return a;
  }

  private back(a: T, zero: boolean): void {
    if (a !== this.kept) return;
    this.lent = false;
    this.zero = zero;
  }
}
