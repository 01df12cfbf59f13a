// Compare's answer: A and B over N paired seeds in the page's workers, as a table of means, B − A, %
// change and 95% interval with the better run marked, and the `murmur compare` command that gives the same numbers.
import type { Studio } from '../studio';
import type { Scenario } from '../../scenario/schema';
import { el, clear, formatNumber } from '../ui/el';
import { scenarioJson, shellWord } from '../export/tables';
import { download } from '../export/download';
import { DEFAULT_PAIRED_SEEDS, pairedWorkers, runPaired } from './pairedRuns';
import { better, change, excludesZero, pairedDifferences, type MetricComparison } from '../../analysis/pairedDifferences';
import { formatMeasure, isShare, measureHeader } from '../charts/measureWords';

/** Measures shown, in this order (the rest of what the model reports is left to the CSV and the CLI). */
const SHOWN = ['reach', 'reachFraction', 'adopters', 'adoptersFraction', 'peakTick', 'peakAdopters', 'largestCascade', 'maxDepth', 'structuralVirality'];
const MOST_SEEDS = 500;

/** The file names the table's command uses for the two scenarios (the Export buttons save them so). */
export const COMPARE_FILES = ['compare-A.json', 'compare-B.json'] as const;

export function compareCommand(from: number, to: number): string {
  return ['npx', 'murmur', 'compare', ...COMPARE_FILES, '--seeds', `${from}..${to}`, '--json'].map(shellWord).join(' ');
}

const pct = (x: number) => (Number.isFinite(x) ? `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatNumber(Math.abs(x) * 100, 1)}%` : '–');
const num = (x: number) => (Number.isFinite(x) ? formatNumber(x, Math.abs(x) < 10 ? 3 : 1) : '–');
const signed = (x: number) => (Number.isFinite(x) ? `${x > 0 ? '+' : x < 0 ? '−' : ''}${num(Math.abs(x))}` : '–');

export class PairedPanel {
  /** The last answer, for tests and the export: per measure, as `murmur compare --json` writes `metrics`. */
  result: { seeds: string; runs: number; metrics: Record<string, MetricComparison> } | null = null;
  private controller: AbortController | null = null;
  private readonly count: HTMLInputElement;
  private readonly go: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly table: HTMLElement;

  constructor(
    private readonly host: HTMLElement,
    private readonly studio: Studio,
  ) {
    this.count = el('input#paired-seeds', { type: 'number', min: 2, max: MOST_SEEDS, step: 1, value: DEFAULT_PAIRED_SEEDS, 'aria-label': 'Paired seeds' });
    this.go = el('button.button.small.primary#paired-run', { text: 'Run both', onclick: () => void this.run() });
    this.status = el('p.paired-status', { role: 'status' });
    this.table = el('div.paired-table');
    host.append(
      el('h2', { text: 'Who wins, and how sure' }),
      el('p.paired-intro', { text: 'One run is one roll of the dice. Run A and B on the same seeds and compare the means:' }),
      el('div.paired-controls', {}, el('label', {}, this.count, ' paired seeds '), this.go),
      this.status,
      this.table,
    );
    studio.on('settings', () => this.sync());
  }

  /** Shown while comparing; a new setting makes the old answer stale, so it goes. */
  private sync(): void {
    const comparing = this.studio.settings.compare !== null;
    this.host.hidden = !comparing;
    const key = JSON.stringify([this.studio.resolved, this.studio.resolvedB]);
    if (key !== this.shownFor) {
      this.controller?.abort();
      this.result = null;
      clear(this.table);
      this.status.textContent = comparing
        ? `Press Run both: A and B each run ${this.count.value} times (seeds ${this.seedRange().join('–')}), in the page's background workers.`
        : '';
      this.shownFor = key;
    }
  }
  private shownFor = '';

  private seedRange(): [number, number] {
    const n = Math.max(2, Math.min(MOST_SEEDS, Math.round(Number(this.count.value) || DEFAULT_PAIRED_SEEDS)));
    const from = this.studio.resolved?.seed ?? 1;
    return [from, from + n - 1];
  }

  async run(): Promise<boolean> {
    const a = this.studio.resolved;
    const b = this.studio.resolvedB;
    if (!a || !b) return false;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const [from, to] = this.seedRange();
    const seeds = Array.from({ length: to - from + 1 }, (_, k) => from + k);
    const workers = pairedWorkers();
    this.go.disabled = true;
    this.status.textContent = `Running A and B on seeds ${from}–${to} in ${workers} background worker${workers > 1 ? 's' : ''}…`;
    try {
      const out = await runPaired(a, b, seeds, {
        workers,
        signal: controller.signal,
        onProgress: (done, total) => (this.status.textContent = `Running: ${done} of ${total} runs done (${workers} worker${workers > 1 ? 's' : ''})…`),
      });
      if (controller.signal.aborted) return false;
      const metrics = pairedDifferences(out.a, out.b);
      this.result = { seeds: `${from}..${to}`, runs: seeds.length, metrics };
      this.render(a, b, from, to, metrics);
      return true;
    } catch (e) {
      if (!controller.signal.aborted) this.status.textContent = `The paired runs stopped: ${e instanceof Error ? e.message : String(e)}`;
      return false;
    } finally {
      this.go.disabled = false;
    }
  }

  private render(a: Scenario, b: Scenario, from: number, to: number, metrics: Record<string, MetricComparison>): void {
    clear(this.table);
    const n = to - from + 1;
    this.status.textContent = `Means over ${n} paired seeds (${from}–${to}): each seed runs in A and in B. The interval is the 95% range of B − A; “better” is marked only when it leaves out 0.`;
    const keys = SHOWN.filter((k) => k in metrics);
    const head = el('tr', {}, ...['measure', 'A', 'B', 'B − A (95% interval)', 'better'].map((t) => el('th', { scope: 'col', text: t })));
    const rows = keys.map((k) => {
      const m = metrics[k];
      const f = isShare(k);
      // A mean share reads as a plain percentage (no sign); differences keep theirs.
      const show = (x: number) => (f ? formatMeasure(k, x) : num(x));
      const diff = f ? pct(m.diff).replace('%', ' pts') : signed(m.diff);
      const win = better(k, m);
      return el(
        'tr',
        { 'data-key': k, 'data-better': win ?? '' },
        measureHeader(k),
        el('td', { text: show(m.a) }),
        el('td', { text: show(m.b) }),
        el(
          'td.paired-diff',
          {},
          el('span.paired-change', { text: `${diff} (${pct(change(m))})` }),
          el('span.paired-interval', { text: f ? `${pct(m.low)} to ${pct(m.high)}` : `${signed(m.low)} to ${signed(m.high)}` }),
        ),
        el('td.paired-better', { text: win ?? (excludesZero(m) ? 'differs' : 'unclear') }),
      );
    });
    const command = el('code.cli#paired-command', {
      text: compareCommand(from, to),
      title: 'The same numbers from the command line, with the two scenario files saved by the buttons beside',
    });
    const save = (label: string, s: Scenario, file: string) => el('button.button.small', { text: label, onclick: () => download(file, scenarioJson(s), 'application/json') });
    this.table.append(
      el('table.paired', {}, el('thead', {}, head), el('tbody', {}, ...rows)),
      el('p.paired-cli', {}, 'The same numbers from the command line: ', command),
      el('div.export-buttons', {}, save(`Save ${COMPARE_FILES[0]}`, a, COMPARE_FILES[0]), save(`Save ${COMPARE_FILES[1]}`, b, COMPARE_FILES[1])),
    );
  }
}
