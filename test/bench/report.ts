// How benchmark figures are printed: aligned lines for people, or one JSON object per line for scripts.

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

export type Report = (name: string, value: number, unit: string, note?: string) => void;

export function reporter(json: boolean, out: (line: string) => void = (l) => process.stdout.write(l + '\n')): Report {
  return (name, value, unit, note) => {
    if (json) out(JSON.stringify({ name, value, unit } satisfies Figure));
    else out(`  ${name.padEnd(34)} ${format(value).padStart(12)} ${unit.padEnd(14)}${note ? ` ${note}` : ''}`);
  };
}

function format(v: number): string {
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  if (Math.abs(v) >= 1e6) return Math.round(v).toLocaleString('en-US');
  return v.toPrecision(4);
}

/** Heading for people; nothing in JSON mode, so that stdout stays one object per line. */
export function heading(json: boolean, text: string): void {
  if (!json) process.stdout.write(`\n${text}\n`);
}

/** Median of a list of numbers (the list is sorted in place). */
export function median(xs: number[]): number {
  xs.sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}
