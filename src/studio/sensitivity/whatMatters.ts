// The studio's "What matters" panel: pick inputs (a STEPPS item's six drivers preselected), run a
// Morris screening in the browser's workers, see the inputs ranked by μ* with intervals, click one
// to sweep it alone. The link carries the panel's state (mattersLink.ts), so it reproduces it.
import './whatMatters.css';
import { leafFields } from '../controls/fields';
import type { Studio } from '../studio';
import { clear, el } from '../ui/el';
import { describePath } from '../../scenario/paramInfo';
import { BrowserPool } from './browserPool';
import { MATTERS_DEFAULTS, MAX_R, MAX_SEEDS, mattersQuery, metricsFor, readMattersLink, type MattersState } from './mattersLink';
import { rankedBars, sweepChart } from './rankedBars';
import { measureOption } from '../charts/measureWords';
import { screen, sweepAlone, type ScreenInput, type Screening } from './screening';

const DRIVERS = /^content\.items\.0\.stepps\.[0-5]$/;
const SWEEP_VALUES = 9;

/** Numeric fields with a finite range; an end the schema excludes is moved in by a millionth of the range. */
function candidates(studio: Studio): ScreenInput[] {
  const out: ScreenInput[] = [];
  for (const f of leafFields(studio.fields)) {
    if (f.type !== 'number' || f.min === undefined || f.max === undefined || f.max <= f.min || f.path === 'seed') continue;
    let [lo, hi] = [f.min, f.max];
    try {
      const info = describePath(studio.resolved, f.path);
      if (info.minExclusive) lo += (hi - lo) * 1e-6;
      if (info.maxExclusive) hi -= (hi - lo) * 1e-6;
    } catch {
      continue;
    }
    out.push({ path: f.path, label: f.label === f.path ? f.path : `${f.label} (${f.path})`, lo, hi, integer: f.int });
  }
  return out;
}

export interface WhatMatters {
  readonly root: HTMLElement;
  /** The last screening's inputs and indices (tests compare them with the CLI's). */
  last(): { inputs: ScreenInput[]; indices: Screening['indices'] } | null;
  open(state?: Partial<MattersState>): Promise<void>;
  run(): Promise<void>;
  sweep(path: string): Promise<void>;
  /** Opens and runs what the page's link asked for (read when the panel was attached, before the studio rewrote the link). */
  openFromLink(): Promise<void>;
}

export function attachWhatMatters(studio: Studio): WhatMatters {
  const linked = readMattersLink(location.search);
  const state: MattersState = { inputs: [], metric: MATTERS_DEFAULTS.metric, r: MATTERS_DEFAULTS.r, seeds: MATTERS_DEFAULTS.seeds, sweep: null };
  let shown = false;
  let busy = false;
  let last: { inputs: ScreenInput[]; indices: Screening['indices'] } | null = null;
  const list = el('div.matters-inputs', { role: 'group', 'aria-label': 'Inputs to screen' });
  const metric = el('select#matters-metric', { 'aria-label': 'Measure' });
  const r = el('input#matters-r', { type: 'number', min: 2, max: MAX_R, step: 1, 'aria-label': 'Trajectories', title: 'Trajectories (r): each moves every input once' });
  const seeds = el('input#matters-seeds', { type: 'number', min: 1, max: MAX_SEEDS, step: 1, 'aria-label': 'Seeds', title: 'Seeds per point (the same for every point)' });
  const runButton = el('button.button.primary#matters-run', { text: 'Screen' });
  const status = el('output.matters-status#matters-status', { 'aria-live': 'polite' });
  const result = el('div.matters-result#matters-result');
  const sweepBox = el('div.matters-sweep-box#matters-sweep');
  const cli = el('code.cli#matters-cli', { title: 'The same screening from the command line' });
  const root = el(
    'section.what-matters#what-matters',
    { 'aria-label': 'What matters', hidden: true },
    el('h2', {}, 'What matters ', el('button.button.small', { text: 'Close', onclick: () => close() })),
    el('p.matters-note', {
      text: 'Morris screening: every input moved once per trajectory, each point run on the same seeds. Inputs ranked by μ*, the mean absolute effect of a move across half the range; whiskers: 95% interval. Click an input to sweep it alone.',
    }),
    el('details.matters-pick', { open: true }, el('summary', { text: 'Inputs' }), list),
    el('div.matters-row', {}, el('label', {}, 'measure ', metric), el('label', {}, 'r ', r), el('label', {}, 'seeds ', seeds), runButton),
    status,
    result,
    sweepBox,
    cli,
  );
  const button = el('button.button.toggle#what-matters-button', { 'aria-pressed': 'false', title: 'Which inputs move the outcome most (Morris screening)', text: 'What matters' });
  button.addEventListener('click', () => (shown ? close() : void open()));
  studio.shell.root.querySelector('.topbar .spacer')?.before(button);
  studio.shell.charts.before(root);

  // Beside whatever else a mode keeps in the link; chained again if a mode replaced the function since.
  let chained: (() => Record<string, string>) | null = null;
  const chain = () => {
    if (studio.extraQuery === chained) return;
    const previous = studio.extraQuery;
    chained = studio.extraQuery = () => ({ ...previous(), ...(shown ? mattersQuery(state) : {}) });
  };
  chain();
  const syncLink = () => {
    chain();
    history.replaceState(null, '', `${location.pathname}?${studio.query}`);
  };

  function renderInputs(): void {
    clear(list);
    const all = candidates(studio);
    if (!state.inputs.length) state.inputs = all.filter((c) => DRIVERS.test(c.path)).map((c) => c.path);
    if (!state.inputs.length) state.inputs = all.slice(0, 6).map((c) => c.path);
    for (const c of all) {
      const box = el('input', { type: 'checkbox', value: c.path, checked: state.inputs.includes(c.path) });
      box.addEventListener('change', () => {
        state.inputs = all.filter((x) => (x.path === c.path ? box.checked : state.inputs.includes(x.path))).map((x) => x.path);
        syncLink();
      });
      list.append(el('label.matters-input', { title: `${c.lo} to ${c.hi}` }, box, ` ${c.label}`));
    }
  }

  /** Offers the measures the scenario reports; a measure it does not report (from a link or the last scenario) becomes reach. */
  function fillMetrics(): void {
    const offered = metricsFor(studio.resolved);
    clear(metric);
    metric.append(...offered.map(measureOption));
    if (!offered.includes(state.metric)) state.metric = MATTERS_DEFAULTS.metric;
    metric.value = state.metric;
  }

  function readControls(): void {
    state.metric = metric.value;
    state.r = Math.max(2, Math.min(MAX_R, Math.round(Number(r.value)) || MATTERS_DEFAULTS.r));
    state.seeds = Math.max(1, Math.min(MAX_SEEDS, Math.round(Number(seeds.value)) || MATTERS_DEFAULTS.seeds));
  }

  function chosen(): ScreenInput[] {
    const all = candidates(studio);
    return state.inputs.map((p) => all.find((c) => c.path === p)).filter((c): c is ScreenInput => c !== undefined);
  }

  async function withPool<T>(f: (pool: BrowserPool) => Promise<T>): Promise<T | undefined> {
    if (busy || !studio.resolved) return undefined;
    busy = true;
    runButton.disabled = true;
    const pool = new BrowserPool();
    try {
      return await f(pool);
    } catch (e) {
      status.textContent = `Stopped: ${(e as Error).message}`;
      return undefined;
    } finally {
      pool.close();
      busy = false;
      runButton.disabled = false;
    }
  }

  async function run(): Promise<void> {
    readControls();
    const inputs = chosen();
    if (!inputs.length) return void (status.textContent = 'Pick at least one input.');
    clear(result);
    clear(sweepBox);
    state.sweep = null;
    syncLink();
    cli.textContent = `murmur sensitivity SCENARIO --method morris --samples ${state.r} --seeds 1..${state.seeds} --metric ${state.metric} ${inputs.map((i) => `--vary ${i.path}=${i.lo}:${i.hi}`).join(' ')} --out DIR`;
    const t0 = performance.now();
    const done = await withPool((pool) =>
      screen(
        studio.resolved!,
        inputs,
        { r: state.r, levels: 4, seeds: state.seeds, metric: state.metric },
        (tasks, onDone) => pool.run(tasks, onDone),
        (d, total) => (status.textContent = `${d} / ${total} runs`),
      ),
    );
    if (!done) return;
    last = { inputs, indices: done.indices };
    const workers = BrowserPool.defaultSize();
    status.textContent = `${done.runs} runs in ${((performance.now() - t0) / 1000).toFixed(1)} s on ${workers} worker${workers === 1 ? '' : 's'}`;
    result.append(rankedBars(inputs, done.indices, (input) => void sweep(input.path)));
    root.dataset.state = 'done';
  }

  async function sweep(path: string): Promise<void> {
    const input = chosen().find((c) => c.path === path) ?? candidates(studio).find((c) => c.path === path);
    if (!input) return;
    state.sweep = path;
    syncLink();
    clear(sweepBox);
    const points = await withPool((pool) => sweepAlone(studio.resolved!, input, SWEEP_VALUES, state.seeds, state.metric, (tasks, onDone) => pool.run(tasks, onDone)));
    if (points) sweepBox.append(sweepChart(input, state.metric, points));
    root.dataset.state = 'swept';
  }

  async function open(s: Partial<MattersState> = {}): Promise<void> {
    Object.assign(state, s);
    shown = true;
    root.hidden = false;
    button.setAttribute('aria-pressed', 'true');
    renderInputs();
    fillMetrics();
    r.value = String(state.r);
    seeds.value = String(state.seeds);
    syncLink();
  }

  function close(): void {
    shown = false;
    root.hidden = true;
    button.setAttribute('aria-pressed', 'false');
    syncLink();
  }

  runButton.addEventListener('click', () => void run());
  studio.on('loaded', () => {
    // Another scenario may not have the inputs picked for the last one: start again from its defaults.
    const all = new Set(candidates(studio).map((c) => c.path));
    if (!state.inputs.some((p) => all.has(p))) state.inputs = [];
    if (shown) {
      renderInputs();
      fillMetrics();
    }
  });
  async function openFromLink(): Promise<void> {
    if (!linked) return;
    await open(linked);
    await run();
    if (linked.sweep) await sweep(linked.sweep);
  }

  return { root, last: () => last, open, run, sweep, openFromLink };
}
