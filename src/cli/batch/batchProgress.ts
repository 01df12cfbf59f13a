// Batch progress on stderr: a live bar on a terminal, a plain line every few seconds otherwise
// (logs of Slurm jobs), and always one final line. stdout is never touched.

export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  label: string;
  /** Runs this process will do. */
  todo: number;
  /** Runs already in the output before it started. */
  already: number;
  sink?: ProgressSink;
  now?: () => number;
  /** Seconds between lines when not on a terminal. */
  every?: number;
}

export function formatDuration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 10) return `${s.toFixed(1)} s`;
  if (s < 120) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
}

export function formatRate(r: number): string {
  return r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2);
}

export class BatchProgress {
  private readonly sink: ProgressSink;
  private readonly now: () => number;
  private readonly start: number;
  private last = -Infinity;
  private drawn = false;
  /** When the first run finished: rates leave out the workers' start-up. */
  private firstAt: number | undefined;
  private firstDone = 0;
  private latest = 0;

  constructor(private readonly o: ProgressOptions) {
    this.sink = o.sink ?? process.stderr;
    this.now = o.now ?? Date.now;
    this.start = this.now();
    this.last = this.sink.isTTY ? -Infinity : this.start;
  }

  /** Seconds since the start. */
  elapsed(): number {
    return (this.now() - this.start) / 1000;
  }

  /** Runs per second since the first run finished (workers warm), or over the whole time before that. */
  rate(): number {
    const t = this.now();
    if (this.firstAt !== undefined && t > this.firstAt && this.latest > this.firstDone) return ((this.latest - this.firstDone) * 1000) / (t - this.firstAt);
    return t > this.start ? (this.latest * 1000) / (t - this.start) : 0;
  }

  /** `done` and `failed` count runs finished by this process. */
  update(done: number, failed: number): void {
    const t = this.now();
    if (this.firstAt === undefined && done > 0) {
      this.firstAt = t;
      this.firstDone = done;
    }
    this.latest = done;
    const tty = this.sink.isTTY === true;
    if (t - this.last < (tty ? 100 : (this.o.every ?? 5) * 1000)) return;
    this.last = t;
    const total = this.o.todo + this.o.already;
    const all = this.o.already + done;
    const rate = this.rate();
    const left = rate > 0 ? (this.o.todo - done) / rate : Infinity;
    const pct = total ? Math.floor((100 * all) / total) : 100;
    const tail = `${formatRate(rate)} runs/s · ${formatDuration(left)} left${failed ? ` · ${failed} failed` : ''}`;
    if (tty) {
      const width = 24;
      const fill = total ? Math.round((width * all) / total) : width;
      this.sink.write(`\r\x1b[K${this.o.label} ${'█'.repeat(fill)}${'░'.repeat(width - fill)} ${all}/${total} ${pct}% · ${tail}`);
      this.drawn = true;
    } else {
      this.sink.write(`${this.o.label}: ${all}/${total} runs (${pct}%) · ${tail}\n`);
    }
  }

  /** Clears the bar and writes the final line. */
  finish(line: string): void {
    if (this.drawn) this.sink.write('\r\x1b[K');
    this.sink.write(line + '\n');
  }
}
