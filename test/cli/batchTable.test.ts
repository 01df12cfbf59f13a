// The batch writer without worker threads: whole lines in completion order, one final file in run
// order whatever that order was, errors recorded, resume after an interruption or a cut-short line.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/engine/problem';
import { runTaskHere, type RunTask } from '../../src/runtime/runs';
import { BatchPlan } from '../../src/cli/batch/plan';
import { parseSweepFlag } from '../../src/cli/batch/sweep';
import { runBatch, type Executor } from '../../src/cli/batch/runBatch';
import { indexTables, canonicalDynamic } from '../../src/cli/batch/tableIndex';
import { csvRowLine, mainLayout, mainRow, cell } from '../../src/cli/batch/rows';
import { csvLine } from '../../src/cli/csv';
import { TableWriter } from '../../src/cli/batch/tableWriter';
import { ShardRuns } from '../../src/cli/batch/shard';
import type { Format } from '../../src/cli/batch/rows';

const dir = mkdtempSync(join(tmpdir(), 'murmur-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const fresh = (ext: string) => join(dir, `t${counter++}.${ext}`);

const scenario = {
  ticks: 15,
  network: { kind: 'watts-strogatz', n: 300, k: 4, p: 0.1, seed: 11 },
  sharing: { model: 'independent-cascade', p: 0.3 },
  seeding: { strategy: 'random', budget: 2 },
};

/** IC then SIR: the two models have different summary and series columns. */
function plan(sweep = 'sharing.model=sir,independent-cascade', seeds = { from: 1, to: 6 }) {
  return BatchPlan.create({ source: 'test', dir, raw: scenario, sets: [], sweeps: [] }, [parseSweepFlag(sweep)], seeds, null);
}

/** Runs in this thread; `delay` decides completion order; `fail` makes chosen runs throw. */
function inline(opts: { delay?: (t: RunTask) => number; fail?: (t: RunTask) => boolean; calls?: number[] } = {}): Executor {
  return {
    size: 3,
    run: (task) =>
      new Promise((resolve, reject) => {
        opts.calls?.push(task.spec.seed);
        setTimeout(() => {
          if (opts.fail?.(task)) reject(new TypeError(`failed on purpose\nseed ${task.spec.seed}`));
          else resolve(runTaskHere(task));
        }, opts.delay?.(task) ?? 0);
      }),
    close: async () => {},
  };
}

async function batch(out: string, format: Format, executor: Executor, p = plan(), series?: string, signal?: AbortSignal) {
  return runBatch(p, { out, format, series: series ? { path: series, format } : undefined }, { workers: 3, makeExecutor: () => executor, signal });
}

const scramble = (t: RunTask) => ((t.spec.seed * 7919 + (t.spec.sharing.model === 'sir' ? 3 : 0)) % 11) * 2;

describe('runBatch', () => {
  it('writes the same bytes whatever order runs finish in (CSV with a union header, JSONL, series)', async () => {
    const outputs: string[][] = [];
    for (const executor of [inline(), inline({ delay: scramble }), inline({ delay: (t) => 30 - t.spec.seed * 4 })]) {
      const [csv, jsonl, series] = [fresh('csv'), fresh('jsonl'), fresh('csv')];
      await batch(csv, 'csv', executor, plan(), series);
      await batch(jsonl, 'jsonl', executor);
      outputs.push([readFileSync(csv, 'utf8'), readFileSync(jsonl, 'utf8'), readFileSync(series, 'utf8')]);
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    const [csv, jsonl, series] = outputs[0];
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^run,seed,sharing\.model,adopters,.*,edgesTraversed,error$/);
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual([...Array(12).keys()]);
    // SIR rows have no edgesTraversed; IC rows do.
    expect(lines[1].split(',').at(-2)).toBe('');
    expect(lines[7].split(',').at(-2)).not.toBe('');
    const first = JSON.parse(jsonl.split('\n')[0]);
    expect(Array.isArray(first.influenceByDistance)).toBe(true);
    expect(first.influenceByDistance[0]).toBe(1);
    expect(first).toMatchObject({ run: 0, seed: 1, 'sharing.model': 'sir' });
    expect(series.split('\n')[0]).toMatch(/^run,seed,sharing\.model,tick,newAdopters,adopters,newReach,reach,sharing,forgotten$/);
  });

  it('records a run that throws in the error column and goes on; a rerun retries only the failed runs', async () => {
    const out = fresh('csv');
    const report = await batch(out, 'csv', inline({ fail: (t) => t.spec.seed === 2 }));
    expect(report.failed.map((f) => f.run).sort()).toEqual([1, 7]);
    expect(report.failed[0].error).toBe('TypeError: failed on purpose seed 2');
    const rows = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(rows[2]).toMatch(/^1,2,sir,,+TypeError: failed on purpose seed 2$/);
    expect(rows).toHaveLength(13);
    const calls: number[] = [];
    const again = await batch(out, 'csv', inline({ calls }));
    expect(calls).toEqual([2, 2]);
    expect(again.failed).toEqual([]);
    const clean = fresh('csv');
    await batch(clean, 'csv', inline());
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(clean, 'utf8'));
  });

  it('resumes an interrupted batch: whole lines kept, a cut-short last line dropped, only missing runs run', async () => {
    const out = fresh('csv');
    const series = fresh('csv');
    const abort = new AbortController();
    let seen = 0;
    const stopping: Executor = {
      ...inline({ delay: scramble }),
      run: (t) =>
        inline({ delay: scramble })
          .run(t)
          .finally(() => ++seen === 5 && abort.abort()),
    };
    const first = await batch(out, 'csv', stopping, plan(), series, abort.signal);
    expect(first.interrupted).toBe(true);
    const partial = readFileSync(out, 'utf8');
    expect(partial.endsWith('\n')).toBe(true);
    const header = partial.split('\n')[0].split(',').length;
    for (const line of partial.trimEnd().split('\n')) expect(line.split(',').length).toBe(header);
    const done = partial.trimEnd().split('\n').length - 1;
    expect(done).toBeGreaterThanOrEqual(4);
    // A kill in the middle of a write, and a series block whose main row never came, for a run the
    // interrupted batch did not finish (which runs finished depends on timers, so look).
    const present = new Set(
      partial
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => Number(l.split(',')[0])),
    );
    const missing = [...Array(12).keys()].reverse().find((r) => !present.has(r))!;
    const info = plan().describe(missing);
    const lead = [missing, info.seed, ...info.params].join(',');
    appendFileSync(out, `${lead},3,0.01`);
    appendFileSync(series, `${lead},0,2,2,5,5,,\n${lead},1,1,3`);
    const calls: number[] = [];
    const second = await batch(out, 'csv', inline({ calls }), plan(), series);
    expect(second.already).toBe(done);
    expect(calls).toHaveLength(12 - done);
    expect(second.droppedBytes).toBeGreaterThan(0);
    const [cleanOut, cleanSeries] = [fresh('csv'), fresh('csv')];
    await batch(cleanOut, 'csv', inline(), plan(), cleanSeries);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(cleanOut, 'utf8'));
    expect(readFileSync(series, 'utf8')).toBe(readFileSync(cleanSeries, 'utf8'));
  });

  it('a finished batch rerun runs nothing and leaves the file as it was', async () => {
    const out = fresh('jsonl');
    await batch(out, 'jsonl', inline({ delay: scramble }));
    const before = readFileSync(out, 'utf8');
    const calls: number[] = [];
    const r = await batch(out, 'jsonl', inline({ calls }));
    expect(calls).toEqual([]);
    expect(r.already).toBe(12);
    expect(readFileSync(out, 'utf8')).toBe(before);
    // JSONL: the last run cut short mid-line is dropped and run again.
    const lines = before.split('\n');
    writeFileSync(out, lines.slice(0, 11).join('\n') + '\n' + lines[11].slice(0, 40));
    const redo: number[] = [];
    await batch(out, 'jsonl', inline({ calls: redo }));
    expect(redo).toEqual([6]);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('refuses a table holding rows of runs outside the batch or with foreign columns', async () => {
    const out = fresh('csv');
    await batch(out, 'csv', inline(), plan('sharing.p=0.1,0.2', { from: 1, to: 2 }));
    appendFileSync(out, `9,1,0.1${',1'.repeat(12)},\n`);
    await expect(batch(out, 'csv', inline(), plan('sharing.p=0.1,0.2', { from: 1, to: 2 }))).rejects.toThrow(InputError);
    writeFileSync(out, 'a,b,c\n');
    await expect(batch(out, 'csv', inline(), plan('sharing.p=0.1,0.2', { from: 1, to: 2 }))).rejects.toThrow(/columns do not fit this batch/);
  });
});

describe('TableWriter', () => {
  it('widens the header when a row brings new columns, keeping earlier rows, and each append is whole lines', () => {
    const out = fresh('csv');
    const layout = mainLayout(['x']);
    const w = new TableWriter(out, 'csv', layout);
    w.append([mainRow(2, 1, [0.5], undefined, 'boom, "quoted"\nsecond line')]);
    w.append([mainRow(0, 1, [0.1], { a: 1, b: 2 } as any)]);
    w.append([mainRow(1, 2, [0.1], { a: 3, c: 4, list: [1, 2] } as any)]);
    w.close();
    expect(readFileSync(out, 'utf8')).toBe('run,seed,x,a,b,c,error\n2,1,0.5,,,,"boom, ""quoted"" second line"\n0,1,0.1,1,2,,\n1,2,0.1,3,,4,\n');
    const index = indexTables([out], 'csv', layout, new ShardRuns(3, null), { perLine: true, crossDuplicates: 'last' });
    expect(canonicalDynamic(index)).toEqual(['a', 'b', 'c']);
    expect([...index.failed]).toEqual([0, 0, 1]);
  });

  it('writes nothing until flushed, then every line appended since in one go; widening takes the waiting lines along', () => {
    const out = fresh('csv');
    const w = new TableWriter(out, 'csv', mainLayout([]));
    w.append([mainRow(0, 1, [], { a: 1 } as any)]);
    w.append([mainRow(1, 2, [], { a: 2 } as any)]);
    // The first row's new column widened the header at once; the lines themselves wait.
    expect(readFileSync(out, 'utf8')).toBe('run,seed,a,error\n');
    w.flush();
    expect(readFileSync(out, 'utf8')).toBe('run,seed,a,error\n0,1,1,\n1,2,2,\n');
    w.append([mainRow(2, 3, [], { a: 3 } as any)]);
    w.append([mainRow(3, 4, [], { a: 4, b: 5 } as any)]);
    w.close();
    expect(readFileSync(out, 'utf8')).toBe('run,seed,a,b,error\n0,1,1,,\n1,2,2,,\n2,3,3,,\n3,4,4,5,\n');
  });

  it('formats a row as csvLine does its cells', () => {
    const values = { n: 0.1 + 0.2, big: 1e21, tiny: -5e-7, nan: NaN, inf: -Infinity, list: [1, 2], text: 'a,"b"\nc', obj: { x: 1 }, nil: null };
    const dynamic = [...Object.keys(values), 'missing'];
    const row = mainRow(7, 3, ['s p', 0.25, { k: [1, 'x'] }], values as any, 'failed: "x", y');
    const reference = csvLine([
      ...row.fixed.map(cell),
      ...dynamic.map((k) => (Array.isArray((row.values as any)[k]) ? undefined : cell((row.values as any)[k]))),
      ...row.trailer.map(cell),
    ]);
    expect(csvRowLine(row, dynamic)).toBe(reference);
    expect(csvRowLine(mainRow(0, 1, [], undefined), [])).toBe('0,1,\n');
  });
});
