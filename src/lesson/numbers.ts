// A step's headless run reduced to what the page shows and prints: readout, summary and the charted columns, plain and cloneable (it crosses to the page from a worker).
import type { SeriesRow } from '../engine/measure';
import type { Readout } from './readout';
import type { StepResult, StepRun } from './run';

export interface RunNumbers {
  label: string;
  tick: number;
  done: boolean;
  n: number;
  readout: Readout;
  summary: Record<string, number | number[]>;
  /** The charted columns only: sharers and reach per item, trust. */
  series: SeriesRow[];
}

export interface StepNumbers {
  run: RunNumbers;
  compare?: RunNumbers;
}

/** Columns a lesson charts: reach and sharers of each item, and trust. */
export const CHARTED = (key: string): boolean => key === 'tick' || key === 'adopters' || key === 'reach' || key.startsWith('adopters.') || /trust/i.test(key);

function runNumbers(r: StepRun): RunNumbers {
  const series = r.series.map((row) => {
    const out: Record<string, number> = {};
    for (const k of Object.keys(row)) if (CHARTED(k)) out[k] = row[k];
    return out as SeriesRow;
  });
  return { label: r.label, tick: r.sim.tick, done: r.sim.done, n: r.sim.graph.n, readout: r.readout, summary: { ...r.summary }, series };
}

export function numbersOf(result: StepResult): StepNumbers {
  return result.compare ? { run: runNumbers(result.run), compare: runNumbers(result.compare) } : { run: runNumbers(result.run) };
}

/** Ticks the step's longest run takes: how long the page has to show it. */
export function ticksOf(n: StepNumbers): number {
  return Math.max(n.run.tick, n.compare?.tick ?? 0);
}
