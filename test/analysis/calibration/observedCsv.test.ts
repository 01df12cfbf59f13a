// Reading an observed curve: headers of any name, separators, notes, and each refusal naming its line.
import { describe, expect, it } from 'vitest';
import { parseObservedCsv } from '../../../src/analysis/calibration/observedCsv';
import { InputError } from '../../../src/engine/problem';

function refusal(text: string): string {
  try {
    parseObservedCsv(text, 'f.csv');
  } catch (e) {
    if (e instanceof InputError) return e.problems[0].message;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseObservedCsv', () => {
  it('reads the first two columns whatever the headers, with notes, quotes, CRLF and extra columns', () => {
    const r = parseObservedCsv('# from the campaign\r\n"Date (day)","Sign-ups",source\r\n0,0,x\r\n1, 4 ,y\r\n\r\n3,9.5,z\r\n', 'f.csv');
    expect(r).toEqual({ days: [0, 1, 3], counts: [0, 4, 9.5], lines: [3, 4, 6], columns: ['Date (day)', 'Sign-ups'] });
  });

  it('splits on semicolons or tabs when a line has no comma, and needs no header', () => {
    expect(parseObservedCsv('1;5\n2;7\n', 'f').days).toEqual([1, 2]);
    expect(parseObservedCsv('day\tnewAdopters\n1\t5\n', 'f')).toMatchObject({ counts: [5], columns: ['day', 'newAdopters'] });
    expect(parseObservedCsv('1,5\n', 'f').columns).toBeNull();
  });

  it('refuses with the file and line', () => {
    expect(refusal('day,n\n')).toBe('f.csv: no numeric rows (expected a day column and a count column)');
    expect(refusal('1,5\n2\n')).toBe('f.csv:2: no count (expected a day column and then a count column)');
    expect(refusal('1,5\nday,n\n')).toBe('f.csv:2: the day "day" is not a number');
    expect(refusal('1.5,5\n')).toBe('f.csv:1: the day 1.5 is not a whole number of ticks ≥ 0');
    expect(refusal('-1,5\n')).toBe('f.csv:1: the day -1 is not a whole number of ticks ≥ 0');
    expect(refusal('1,5\n1,6\n')).toBe('f.csv:2: day 1 comes after day 1 (days must increase)');
    expect(refusal('1,1e999\n')).toBe('f.csv:1: the count 1e999 is negative or not finite');
  });
});
