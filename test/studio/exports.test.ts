import { describe, expect, it } from 'vitest';
import { cascadeCsv, cliCommand, comparedSeriesCsv, csvField, scenarioJson, seriesCsv, shellWord } from '../../src/studio/export/tables';
import { alignedData, chartSpecs, columnGroups, seriesKeys } from '../../src/studio/charts/chartData';
import { tooLargeForBrowser, estimateTies, MAX_MEMBERS } from '../../src/studio/limits';
import { checkScenarioText } from '../../src/studio/dropScenario';
import { validateScenario } from '../../src/scenario/load';
import { createSimulation } from '../../src/engine/simulation';
import { runToEnd } from '../../src/engine/measure';
import { toSimulationSpec } from '../../src/scenario/spec';
import type { SeriesRow } from '../../src/engine/measure';

const rows: SeriesRow[] = [
  { tick: 0, newAdopters: 2, adopters: 2, newReach: 2, reach: 2 },
  { tick: 1, newAdopters: 3, adopters: 5, newReach: 9, reach: 11, sharing: 4 },
];

describe('exports', () => {
  it('writes series CSV with the union of columns', () => {
    expect(seriesCsv(rows)).toBe('tick,newAdopters,adopters,newReach,reach,sharing\n0,2,2,2,2,\n1,3,5,9,11,4\n');
    const both = comparedSeriesCsv(rows, rows.slice(0, 1), ['A', 'B']);
    expect(both.split('\n')[0]).toBe('run,tick,newAdopters,adopters,newReach,reach,sharing');
    expect(both.split('\n')[3]).toBe('B,0,2,2,2,2');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });

  it('writes the cascade as the CLI does, with an item column only for several items', () => {
    const t = {
      item: Int32Array.of(0, 0),
      member: Int32Array.of(4, 7),
      parent: Int32Array.of(-1, 4),
      tick: Int32Array.of(0, 1),
      hop: Int32Array.of(0, 1),
      driver: ['seed', 'emotion'],
    };
    expect(cascadeCsv(t)).toBe('member,parent,tick,hop,driver\n4,,0,0,seed\n7,4,1,1,emotion\n');
    expect(cascadeCsv({ ...t, item: Int32Array.of(0, 1) }).split('\n')[0]).toBe('item,member,parent,tick,hop,driver');
  });

  it('exports a scenario that validates back to itself and runs to the same numbers', () => {
    const resolved = validateScenario({ seed: 4, network: { kind: 'watts-strogatz', n: 300, k: 4, p: 0.2 }, sharing: { model: 'independent-cascade', p: 0.3 } });
    const again = validateScenario(JSON.parse(scenarioJson(resolved)));
    expect(again).toEqual(resolved);
    const run = (s: typeof resolved) => runToEnd(createSimulation(toSimulationSpec(s))).summary;
    expect(run(again)).toEqual(run(resolved));
  });

  it('quotes the CLI command for a shell', () => {
    expect(shellWord('sharing.p=0.2')).toBe('sharing.p=0.2');
    expect(shellWord(`seeding={"members":[1]}`)).toBe(`'seeding={"members":[1]}'`);
    expect(cliCommand('scenarios/x.json', ['sharing.p=0.2', 'seed=7'])).toBe('npx murmur run scenarios/x.json --set sharing.p=0.2 --seed 7 --json');
  });
});

describe('charts', () => {
  it('charts the core columns, and trust or model values when reported', () => {
    const keys = seriesKeys(rows);
    expect(chartSpecs(keys).map((s) => s.id)).toEqual(['totals', 'new', 'model']);
    expect(chartSpecs([...keys, 'meanTrustMembers']).map((s) => s.id)).toEqual(['totals', 'new', 'trust', 'model']);
    const more = [...keys, 'currency.status', 'currency.reputation', 'policy.baits'];
    expect([...columnGroups(more).keys()]).toEqual(['model values', 'currency', 'policy']);
    const currency = chartSpecs(more, 'currency').at(-1)!;
    expect(currency.title).toBe('currency');
    expect(currency.columns.map((c) => c.label)).toEqual(['status', 'reputation']);
  });

  it('aligns two runs on ticks, the shorter padded with nulls', () => {
    const spec = chartSpecs(seriesKeys(rows))[0];
    expect(alignedData(spec, rows, rows.slice(0, 1))).toEqual([
      [0, 1],
      [2, 11],
      [2, 5],
      [2, null],
      [2, null],
    ]);
    expect(alignedData(spec, [], null)).toEqual([[0], [null], [null]]);
  });
});

describe('limits and dropped files', () => {
  it('refuses networks too large to draw, naming the CLI', () => {
    const big = validateScenario({ network: { kind: 'watts-strogatz', n: MAX_MEMBERS + 1, k: 4, p: 0.1 } });
    expect(tooLargeForBrowser(big, 'npx murmur run x.json')).toMatch(/more than the studio draws.*npx murmur run x\.json/);
    const dense = validateScenario({ network: { kind: 'erdos-renyi', n: 90_000, p: 0.01 } });
    expect(estimateTies(dense.network)).toBeGreaterThan(1e7);
    expect(tooLargeForBrowser(dense, 'cli')).toMatch(/ties/);
    expect(tooLargeForBrowser(validateScenario({}), 'cli')).toBeNull();
  });

  it('checks a dropped file with the messages of `murmur validate`', () => {
    expect(checkScenarioText('{"seed": 1}', 'a.json').ok).toBe(true);
    const bad = checkScenarioText('{"network": {"kind": "watts-strogatz", "n": 10, "k": 7}}', 'b.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.lines[0]).toMatch(/^b\.json: network\.k: /);
    const broken = checkScenarioText('{"seed": ', 'c.json');
    if (!broken.ok) expect(broken.lines[0]).toMatch(/^c\.json:\d+:\d+: invalid JSON/);
  });
});
