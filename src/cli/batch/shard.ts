// `--shard I/N`: this process runs the runs whose index is I modulo N (I counts from 0).
import { InputError } from '../../engine/problem';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new InputError([{ path: '', message: `--shard ${text}: expected I/N, like 0/4 (shard I of N, counting from 0)` }]);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || !Number.isSafeInteger(count)) throw new InputError([{ path: '', message: `--shard ${text}: N must be at least 1` }]);
  if (index >= count) {
    throw new InputError([
      { path: '', message: `--shard ${text}: out of range, I must be from 0 to ${count - 1} (shards count from 0, as SLURM_ARRAY_TASK_ID does with --array=0-${count - 1})` },
    ]);
  }
  return { index, count };
}

/** The runs of a batch that one shard does, as positions 0..size-1. */
export class ShardRuns {
  readonly size: number;
  constructor(
    readonly total: number,
    readonly shard: Shard | null,
  ) {
    const { index, count } = shard ?? { index: 0, count: 1 };
    this.size = index < total ? Math.floor((total - 1 - index) / count) + 1 : 0;
  }

  runAt(pos: number): number {
    return this.shard ? this.shard.index + pos * this.shard.count : pos;
  }

  /** The position of `run` in this shard, or -1 when it belongs to another shard or no batch run. */
  posOf(run: number): number {
    if (!Number.isInteger(run) || run < 0 || run >= this.total) return -1;
    if (!this.shard) return run;
    const d = run - this.shard.index;
    return d % this.shard.count === 0 ? d / this.shard.count : -1;
  }
}
