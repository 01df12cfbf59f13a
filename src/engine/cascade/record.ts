// Who passed an item to whom, when, and how far from its root: the cascade record of one item.
import type { Workspace } from '../workspace';

export const NOT_ADOPTED = -2;
export const ROOT = -1;
/** Bits of `mark`: the member has seen the item; the member has adopted it. */
export const SEEN = 1;
export const ADOPTED = 2;

/**
 * Columns indexed by member. `order` lists adopters in adoption order, so the adopters of the
 * latest tick are one contiguous slice of it: models walk that slice as their frontier, and a
 * renderer reads it to draw the pulses of the tick.
 */
export interface CascadeRecord {
  readonly n: number;
  /** Who passed it on to the member; ROOT for a seed or a spontaneous adopter, NOT_ADOPTED otherwise. */
  readonly parent: Int32Array;
  /** Tick of adoption (sharing), -1 if never. */
  readonly adoptedAt: Int32Array;
  /** Hops from the root of the member's cascade tree. */
  readonly hop: Int32Array;
  /** Tick of first exposure (seeing it), -1 if never; adopters have seen it. */
  readonly seenAt: Int32Array;
  readonly order: Int32Array;
  /** Members in order of first exposure: reach grows by appending, so a tick's new exposures are one slice. */
  readonly seenOrder: Int32Array;
  /**
   * One byte per member: SEEN when seenAt ≥ 0, and ADOPTED as well when parent ≠ NOT_ADOPTED. The
   * same facts as those columns, a quarter of their width: a hot loop that asks them of every
   * neighbour keeps this in cache where it would miss on the Int32 columns.
   */
  readonly mark: Uint8Array;
  adopters: number;
  reach: number;
  /** +1 for praise (and every classic model), −1 for a complaint. */
  valence: 1 | -1;
}

/** Released records kept per size in a workspace. */
const POOL_PER_SIZE = 4;

/**
 * A fresh record of n members. Reuses one released to the workspace when there is one: clearing a
 * released record costs what its run touched, so a small cascade on a large graph costs little to
 * repeat. Without a workspace the record is new.
 */
export function createRecord(n: number, valence: 1 | -1 = 1, ws?: Workspace): CascadeRecord {
  const reused = ws?.records.get(n)?.pop();
  if (reused) {
    reused.valence = valence;
    return reused;
  }
  return {
    valence,
    seenOrder: new Int32Array(n),
    mark: new Uint8Array(n),
    n,
    parent: new Int32Array(n).fill(NOT_ADOPTED),
    adoptedAt: new Int32Array(n).fill(-1),
    hop: new Int32Array(n),
    seenAt: new Int32Array(n).fill(-1),
    order: new Int32Array(n),
    adopters: 0,
    reach: 0,
  };
}

/*
 * expose, exposeAll and adopt are the only writers of a record's columns (with releaseRecord, which
 * undoes them): every model goes through them, so a new column is one edit here. They are small
 * enough for the compiler to inline into a model's loop.
 */

/** Marks a first exposure; returns true when the member had not seen the item before. */
export function expose(r: CascadeRecord, i: number, tick: number): boolean {
  if (r.mark[i] !== 0) return false;
  r.mark[i] = SEEN;
  r.seenAt[i] = tick;
  r.seenOrder[r.reach++] = i;
  return true;
}

/**
 * Exposes every member of ids[from..to) not exposed before (a sharer's row of the adjacency): one
 * call per row, so the record's columns are read once for the lot.
 */
export function exposeAll(r: CascadeRecord, ids: Int32Array, from: number, to: number, tick: number): void {
  const { mark, seenAt, seenOrder } = r;
  let reach = r.reach;
  for (let a = from; a < to; a++) {
    const i = ids[a];
    if (mark[i] !== 0) continue;
    mark[i] = SEEN;
    seenAt[i] = tick;
    seenOrder[reach++] = i;
  }
  r.reach = reach;
}

/**
 * Records an adoption; the caller has checked that i has not adopted yet. `hop` is one more than the
 * parent's (0 for a root); a model that knows it without reading the parent's (independent cascade:
 * the tick) passes it, sparing a cache miss per sharer on a large graph.
 */
export function adopt(r: CascadeRecord, i: number, parent: number, tick: number, hop = parent >= 0 ? r.hop[parent] + 1 : 0): void {
  r.parent[i] = parent;
  r.adoptedAt[i] = tick;
  r.hop[i] = hop;
  r.order[r.adopters++] = i;
  const seen = r.mark[i] !== 0;
  r.mark[i] = SEEN | ADOPTED;
  if (!seen) {
    r.seenAt[i] = tick;
    r.seenOrder[r.reach++] = i;
  }
}

/**
 * Hands a record back to the workspace for reuse once nobody reads it any more. Every member a run
 * touched was exposed, so the exposure order lists exactly the entries to clear.
 */
export function releaseRecord(r: CascadeRecord, ws: Workspace): void {
  const { parent, adoptedAt, hop, seenAt, seenOrder, mark } = r;
  for (let k = 0; k < r.reach; k++) {
    const i = seenOrder[k];
    mark[i] = 0;
    parent[i] = NOT_ADOPTED;
    adoptedAt[i] = -1;
    hop[i] = 0;
    seenAt[i] = -1;
  }
  r.adopters = 0;
  r.reach = 0;
  let list = ws.records.get(r.n);
  if (!list) ws.records.set(r.n, (list = []));
  if (list.length < POOL_PER_SIZE && !list.includes(r)) list.push(r);
}
