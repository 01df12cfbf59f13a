import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/lesson/load';
import { runStep } from '../../src/lesson/run';
import { itemsOf, keyNumbers } from '../../src/studio/lesson/keyNumbers';
import { numbersOf, ticksOf } from '../../src/lesson/numbers';
import { stepCharts } from '../../src/studio/lesson/stepCharts';
import { lessonSummary } from '../../src/studio/lesson/lessonSummary';
import { escapeXml, lineChart, niceTicks, svgDataUrl } from '../../src/studio/lesson/svgChart';

const folder = resolve(import.meta.dirname, '../../scenarios/lessons');
const lesson = (f: string) => loadLesson(readFileSync(resolve(folder, f), 'utf8'), { source: f, readText: (p) => readFileSync(resolve(folder, p), 'utf8') });
const numbersAt = (l: ReturnType<typeof lesson>, k: number) => numbersOf(runStep(l, k));
const SIZE = { width: 400, height: 180, font: 13 };

describe("a step's numbers", () => {
  const six = lesson('six-degrees.json');

  it('six degrees on the ring: average distance 50.45, clustering 0.67, member 0 to 500 in 100 handshakes', () => {
    const rows = keyNumbers(six.steps[0].step, numbersAt(six, 0), itemsOf(six.steps[0].scenario));
    expect(rows.map((r) => [r.id, r.values])).toEqual([
      ['distance', ['50.45']],
      ['clustering', ['0.67']],
      ['path', ['100']],
    ]);
    expect(rows[2].label).toBe('Member 0 to member 500 (handshakes)');
  });

  it('a comparing step gives each number for both runs; its length is the longer run', () => {
    const n = numbersAt(six, 3);
    const rows = keyNumbers(six.steps[3].step, n, itemsOf(six.steps[3].scenario));
    expect(rows.find((r) => r.id === 'sharers')!.values).toEqual(['1,000', '1,000']);
    expect(rows.find((r) => r.id === 'depth')!.values[1]).toBe('100');
    expect(ticksOf(n)).toBe(n.compare!.tick);
    expect(n.compare!.tick).toBeGreaterThan(n.run.tick);
  });

  it('keeps only the charted columns of the series (it travels from the worker)', () => {
    const wom = lesson('word-of-mouth.json');
    const n = numbersAt(wom, 0);
    expect(Object.keys(n.run.series[0]).sort()).toEqual(['adopters', 'adopters.stranded', 'reach', 'tick', 'trustMembers', 'trustNonMembers']);
    expect(n.run.series).toHaveLength(7);
    const rows = keyNumbers(wom.steps[0].step, n, itemsOf(wom.steps[0].scenario));
    expect(rows.map((r) => r.label)).toEqual(['Passed on: praise', 'Passed on: stranded (complaint)']);
  });

  it('names every number a step shows: circles, the influence curve, trust and outcomes', () => {
    const weak = lesson('weak-ties.json');
    expect(keyNumbers(weak.steps[1].step, numbersAt(weak, 1), itemsOf(weak.steps[1].scenario)).find((r) => r.id === 'circles')).toEqual({
      id: 'circles',
      label: 'Circles reached (of 20)',
      values: ['1'],
    });
    const three = lesson('three-degrees.json');
    const ids = keyNumbers(three.steps[0].step, numbersAt(three, 0), itemsOf(three.steps[0].scenario)).map((r) => r.id);
    expect(ids).toEqual(['background', 'lift-1', 'lift-2', 'lift-3', 'lift-4']);
    const soc = lesson('sociability-vs-associability.json');
    const rows = keyNumbers(soc.steps[1].step, numbersAt(soc, 1), itemsOf(soc.steps[1].scenario));
    expect(rows.map((r) => r.id)).toEqual(['trust', 'trust-change', 'outcome-form', 'outcome-return', 'outcome-payment']);
    for (const r of rows) for (const v of r.values) expect(v).toMatch(/^[×+−]?\d/);
  });
});

describe("a step's charts", () => {
  it('draw what the step shows, in its order: trust before sharers when it says so', () => {
    const wom = lesson('word-of-mouth.json');
    const n = numbersAt(wom, 2);
    const step = wom.steps[2];
    const charts = stepCharts({ show: step.step.show, items: itemsOf(step.scenario), rows: [n.run.series, n.compare!.series], labels: ['silence', 'answering'] }, SIZE);
    expect(charts.map((c) => c.id)).toEqual(['trust', 'sharers']);
    expect(charts[0].svg).toContain('members (answering)');
    expect(charts[1].svg).toContain('stranded (silence)');
    expect(charts[1].svg).toContain('stroke-dasharray');
  });

  it('the influence curve waits for the readout, then draws adoption against chance', () => {
    const three = lesson('three-degrees.json');
    const n = numbersAt(three, 0);
    const input = { show: three.steps[0].step.show, items: [{ id: 'item', complaint: false }], rows: [n.run.series], labels: ['x'] };
    expect(stepCharts(input, SIZE)).toEqual([]);
    const [chart] = stepCharts({ ...input, readouts: [n.run.readout] }, SIZE);
    expect(chart.id).toBe('influence');
    expect(chart.svg).toContain('chance alone');
    expect(chart.svg.match(/<circle /g)).toHaveLength(6);
  });
});

describe('the printed summary', () => {
  it('has every step, with numbers and charts for the steps computed, and only text for the rest', () => {
    const six = lesson('six-degrees.json');
    const known = new Map([
      [0, numbersAt(six, 0)],
      [3, numbersAt(six, 3)],
    ]);
    const s = lessonSummary(six, known, 'http://x/?lesson=six-degrees&step=1', 'scenarios/lessons/six-degrees.json');
    expect(s.title).toBe('Six degrees');
    expect(s.steps.map((x) => x.numbers.length)).toEqual([3, 0, 0, 2]);
    expect(s.steps[1].predict?.answer).toBe(2);
    expect(s.steps[3].labels).toEqual(['with shortcuts', 'plain ring']);
    expect(s.steps[3].charts.map((c) => c.id)).toEqual(['sharers']);
    expect(s.steps[3].charts[0].svg).toContain('<rect'); // a white ground on paper
  });
});

describe('svg charts', () => {
  it('ticks are round and span the data', () => {
    expect(niceTicks(0, 0.555)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(0, 1000)).toEqual([0, 500, 1000]);
    expect(niceTicks(0, 74, 5)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0.43, 0.6)).toEqual([0.4, 0.45, 0.5, 0.55, 0.6]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it('escapes labels and draws a gap where a run has no value', () => {
    const svg = lineChart({
      lines: [
        {
          label: 'a < b & "c"',
          color: '#fff',
          points: [
            [0, 1],
            [1, null],
            [2, 3],
          ],
        },
      ],
      width: 300,
      height: 120,
      xLabel: 'day',
    });
    expect(svg).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(svg.match(/M/g)).toHaveLength(2);
    expect(svgDataUrl(svg).startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).toBe(true);
    expect(escapeXml("it's")).toBe('it&#39;s');
  });
});
