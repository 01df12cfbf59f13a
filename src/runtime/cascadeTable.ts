// Every adoption of every item in a run, as columns: the rows of cascade.csv that the studio exports.
import { transfer } from 'comlink';
import type { Simulation } from '../engine/simulation';

export interface CascadeTable {
  item: Int32Array;
  member: Int32Array;
  parent: Int32Array;
  tick: Int32Array;
  hop: Int32Array;
  /** What tipped each share of the first item (a STEPPS driver, proof, trust…); empty for the classic models. */
  driver: string[];
}

/** Every adoption of every item, in order: item by item, each in its adoption order. */
export function cascadeTable(sim: Simulation): CascadeTable {
  const { dynamics } = sim;
  const records = dynamics.records;
  const total = records.reduce((a, r) => a + r.adopters, 0);
  const t: CascadeTable = {
    item: new Int32Array(total),
    member: new Int32Array(total),
    parent: new Int32Array(total),
    tick: new Int32Array(total),
    hop: new Int32Array(total),
    driver: [],
  };
  let row = 0;
  records.forEach((r, item) => {
    for (let k = 0; k < r.adopters; k++, row++) {
      const v = r.order[k];
      t.item[row] = item;
      t.member[row] = v;
      t.parent[row] = r.parent[v];
      t.tick[row] = r.adoptedAt[v];
      t.hop[row] = r.hop[v];
      t.driver.push(item === 0 ? (dynamics.tipOf?.(v) ?? '') : '');
    }
  });
  return transfer(t, [t.item.buffer, t.member.buffer, t.parent.buffer, t.tick.buffer, t.hop.buffer]);
}
