// The studio's "Fit to data" panel: drop or paste a CSV of daily counts, pick what to fit (each
// range inside the field's declared one), watch ABC-SMC's populations narrow, then see the 90%
// predictive band over the points and the forecast. The link carries the panel (fitLink.ts), the
// data inline when small, so it reproduces the fit; the panel shows the matching murmur command.
import './fitPanel.css';
import { bandChart } from '../../analysis/calibration/bandChart';
import { CURVE_METRICS, type CurveMetric, type ObservedCurve } from '../../analysis/calibration/curveDistance';
import { parseObservedCsv } from '../../analysis/calibration/observedCsv';
import { InputError } from '../../engine/problem';
import { describePath } from '../../scenario/paramInfo';
import { leafFields } from '../controls/fields';
import { BrowserPool } from '../sensitivity/browserPool';
import type { Studio } from '../studio';
import { clear, el, formatNumber } from '../ui/el';
import { measureLabel, measureOption } from '../charts/measureWords';
import { FIT_DEFAULTS, MAX_INLINE, fitQuery, readFitLink, type FitState } from './fitLink';
import { fitScenario, type FitOutcome, type FitParameter } from './fitRun';

interface Candidate {
  path: string;
  label: string;
  min: number;
  max: number;
  integer: boolean;
}

/** Numeric fields with a finite declared range (the fit's prior must lie inside it). */
function candidates(studio: Studio): Candidate[] {
  const out: Candidate[] = [];
  for (const f of leafFields(studio.fields)) {
    if (f.type !== 'number' || f.min === undefined || f.max === undefined || f.max <= f.min || f.path === 'seed' || f.path === 'ticks') continue;
    try {
      describePath(studio.resolved, f.path);
    } catch {
      continue;
    }
    out.push({ path: f.path, label: f.label === f.path ? f.path : `${f.label} (${f.path})`, min: f.min, max: f.max, integer: f.int });
  }
  return out;
}

export interface FitPanel {
  readonly root: HTMLElement;
  /** The link the page opened with, read when the panel was attached (loading may rewrite the address). */
  readonly initialSearch: string;
  last(): FitOutcome | null;
  open(state?: Partial<FitState>): Promise<void>;
  run(): Promise<void>;
}

export function attachFitPanel(studio: Studio): FitPanel {
  const initialSearch = location.search;
  const state: FitState = { ranges: [], data: null, ...FIT_DEFAULTS };
  let shown = false;
  let busy = false;
  let last: FitOutcome | null = null;
  const dataNote = el('output.fit-data-note#fit-data-note', { text: 'No data yet: drop a CSV here (day, count) or paste it below.' });
  const paste = el('textarea#fit-paste', { rows: 3, placeholder: 'day,adopters\n1,6\n2,22', 'aria-label': 'Observed counts as CSV' });
  const file = el('input#fit-file', { type: 'file', accept: '.csv,text/csv,text/plain', 'aria-label': 'Open a CSV of daily counts' });
  const drop = el('div.fit-drop#fit-drop', {}, dataNote, paste, file);
  const list = el('div.fit-inputs', { role: 'group', 'aria-label': 'Fields to fit' });
  const metric = el('select#fit-metric', { 'aria-label': 'What the count is' }, ...CURVE_METRICS.map(measureOption));
  const particles = el('input#fit-particles', { type: 'number', min: 10, max: 2000, step: 1, 'aria-label': 'Particles' });
  const budget = el('input#fit-budget', { type: 'number', min: 100, step: 100, 'aria-label': 'Simulation budget' });
  const forecast = el('input#fit-forecast', { type: 'number', min: 0, step: 1, 'aria-label': 'Forecast days' });
  const runButton = el('button.button.primary#fit-run', { text: 'Fit' });
  const status = el('output.fit-status#fit-status', { 'aria-live': 'polite' });
  const populations = el('ol.fit-populations#fit-populations');
  const result = el('div.fit-result#fit-result');
  const cli = el('code.cli#fit-cli', { title: 'The same fit from the command line' });
  const root = el(
    'section.fit-panel#fit-panel',
    { 'aria-label': 'Fit to data', hidden: true },
    el('h2', {}, 'Fit to data ', el('button.button.small', { text: 'Close', onclick: () => close() })),
    el('p.fit-note', {
      text: 'ABC-SMC: parameter sets from uniform priors, kept when their curve is near the observed one; each population narrows the tolerance. The band holds 90% of curves simulated from the posterior.',
    }),
    drop,
    el('details.fit-pick', { open: true }, el('summary', { text: 'Fit (prior range)' }), list),
    el(
      'div.fit-row',
      {},
      el('label', {}, 'count is ', metric),
      el('label', {}, 'particles ', particles),
      el('label', {}, 'budget ', budget),
      el('label', {}, 'forecast ', forecast),
      runButton,
    ),
    status,
    populations,
    result,
    cli,
  );
  const button = el('button.button.toggle#fit-button', { 'aria-pressed': 'false', title: 'Fit settings to an observed curve (ABC-SMC)', text: 'Fit to data' });
  button.addEventListener('click', () => (shown ? close() : void open()));
  studio.shell.root.querySelector('.topbar .spacer')?.before(button);
  studio.shell.charts.before(root);

  const previous = studio.extraQuery;
  studio.extraQuery = () => ({ ...previous(), ...(shown ? fitQuery(state) : {}) });
  const syncLink = () => history.replaceState(null, '', `${location.pathname}?${studio.query}`);

  function setData(text: string, source: string): void {
    try {
      const parsed = parseObservedCsv(text, source);
      state.data = { days: parsed.days, counts: parsed.counts };
      const cols = parsed.columns ? `columns "${parsed.columns[0]}" and "${parsed.columns[1]}"` : 'the first two columns';
      if (parsed.columns && (CURVE_METRICS as readonly string[]).includes(parsed.columns[1])) state.metric = metric.value = parsed.columns[1] as CurveMetric;
      dataNote.textContent = `${parsed.days.length} rows from ${cols}, days ${parsed.days[0]}–${parsed.days[parsed.days.length - 1]}${parsed.days.length > MAX_INLINE ? ' (too long for the link)' : ''}`;
      dataNote.classList.remove('bad');
    } catch (e) {
      state.data = null;
      dataNote.textContent = e instanceof InputError ? e.problems[0].message : String(e);
      dataNote.classList.add('bad');
    }
    syncLink();
  }
  drop.addEventListener('dragover', (e) => e.preventDefault());
  drop.addEventListener('drop', (e) => {
    // The page's own drop handler opens scenarios and lessons; a CSV dropped here is data.
    e.preventDefault();
    e.stopPropagation();
    const f = e.dataTransfer?.files[0];
    if (f) void f.text().then((t) => setData(t, f.name));
  });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) void f.text().then((t) => setData(t, f.name));
  });
  paste.addEventListener('change', () => setData(paste.value, 'pasted data'));

  function renderInputs(): void {
    clear(list);
    const all = candidates(studio);
    if (!state.ranges.length) {
      const model = (studio.resolved as { sharing?: { model?: string } } | null)?.sharing?.model;
      const picks =
        model === 'bass'
          ? ['sharing.innovation', 'sharing.imitation']
          : all
              .filter((c) => c.path.startsWith('sharing.'))
              .slice(0, 1)
              .map((c) => c.path);
      state.ranges = all.filter((c) => picks.includes(c.path)).map((c) => ({ path: c.path, lo: c.min, hi: c.max }));
    }
    for (const c of all) {
      const chosen = state.ranges.find((r) => r.path === c.path);
      const box = el('input', { type: 'checkbox', value: c.path, checked: chosen !== undefined, 'aria-label': `Fit ${c.path}` });
      const lo = el('input.fit-lo', { type: 'number', min: c.min, max: c.max, step: 'any', value: chosen?.lo ?? c.min, 'aria-label': `${c.path} from` });
      const hi = el('input.fit-hi', { type: 'number', min: c.min, max: c.max, step: 'any', value: chosen?.hi ?? c.max, 'aria-label': `${c.path} to` });
      const update = () => {
        const l = Math.max(c.min, Number(lo.value));
        const h = Math.min(c.max, Number(hi.value));
        const others = state.ranges.filter((r) => r.path !== c.path);
        state.ranges = box.checked && l < h ? [...others, { path: c.path, lo: l, hi: h }] : others;
        syncLink();
      };
      for (const i of [box, lo, hi]) i.addEventListener('change', update);
      list.append(el('div.fit-input', { title: `declared range ${c.min} to ${c.max}` }, el('label', {}, box, ` ${c.label}`), lo, '–', hi));
    }
  }

  function readControls(): void {
    state.metric = metric.value as CurveMetric;
    state.particles = Math.max(10, Math.min(2000, Math.round(Number(particles.value)) || FIT_DEFAULTS.particles));
    state.budget = Math.max(3 * state.particles, Math.round(Number(budget.value)) || FIT_DEFAULTS.budget);
    state.forecast = Math.max(0, Math.round(Number(forecast.value)) || 0);
  }

  async function run(): Promise<void> {
    if (busy || !studio.resolved) return;
    readControls();
    const all = candidates(studio);
    const parameters: FitParameter[] = state.ranges.flatMap((r) => {
      const c = all.find((x) => x.path === r.path);
      return c ? [{ name: r.path, lo: r.lo, hi: r.hi, integer: c.integer }] : [];
    });
    const data: ObservedCurve | null = state.data;
    if (!data) return void (status.textContent = 'Drop or paste the observed counts first.');
    if (!parameters.length) return void (status.textContent = 'Pick at least one field to fit.');
    const lastDay = data.days[data.days.length - 1];
    if (lastDay > studio.resolved.ticks) return void (status.textContent = `Day ${lastDay} is beyond the scenario's ${studio.resolved.ticks} ticks.`);
    syncLink();
    clear(populations);
    clear(result);
    cli.textContent = `murmur calibrate SCENARIO --observed FILE.csv ${parameters.map((p) => `--fit ${p.name}=${p.lo}:${p.hi}`).join(' ')} --metric ${state.metric} --particles ${state.particles} --budget ${state.budget} --seed ${state.seed} --forecast ${state.forecast} --out DIR`;
    busy = true;
    runButton.disabled = true;
    root.dataset.state = 'running';
    const pool = new BrowserPool();
    const t0 = performance.now();
    try {
      const options = { metric: state.metric, particles: state.particles, budget: state.budget, seed: state.seed, forecast: state.forecast, draws: 200 };
      last = await fitScenario(
        studio.resolved,
        parameters,
        data,
        options,
        (tasks, onDone) => pool.run(tasks, onDone),
        ({ record, summary }) => {
          const widths = parameters.map((p) => `${p.name.split('.').pop()} ${formatNumber(summary[p.name].q05, 4)}–${formatNumber(summary[p.name].q95, 4)}`).join(', ');
          populations.append(
            el('li', { text: `tolerance ${record.epsilon.toPrecision(3)}, ${Math.round(100 * record.acceptance)}% accepted, ${record.simulations} runs: ${widths}` }),
          );
        },
        (done, total) => (status.textContent = `${done} / ${total} runs`),
      );
      status.textContent = `${last.history[last.history.length - 1].simulations} simulations in ${last.history.length} populations (stopped: ${last.stop}), ${((performance.now() - t0) / 1000).toFixed(1)} s`;
      const chart = el('div.fit-chart');
      chart.innerHTML = bandChart(last.band, data, { title: `fitted ${parameters.map((p) => p.name).join(', ')}`, metric: measureLabel(state.metric), level: 0.9 });
      const rows = parameters.map((p) => {
        const s = last!.summary[p.name];
        return el(
          'tr',
          {},
          el('td', { text: p.name }),
          el('td', { text: formatNumber(s.median, 4) }),
          el('td', { text: `${formatNumber(s.q25, 4)}–${formatNumber(s.q75, 4)}` }),
          el('td', { text: `${formatNumber(s.q05, 4)}–${formatNumber(s.q95, 4)}` }),
        );
      });
      result.append(
        chart,
        el('table.fit-table', {}, el('tr', {}, el('th', { text: 'field' }), el('th', { text: 'median' }), el('th', { text: '50%' }), el('th', { text: '90%' })), ...rows),
      );
      root.dataset.state = 'done';
    } catch (e) {
      status.textContent = `Stopped: ${(e as Error).message}`;
      root.dataset.state = 'failed';
    } finally {
      pool.close();
      busy = false;
      runButton.disabled = false;
    }
  }

  async function open(s: Partial<FitState> = {}): Promise<void> {
    Object.assign(state, s);
    shown = true;
    root.hidden = false;
    button.setAttribute('aria-pressed', 'true');
    renderInputs();
    metric.value = state.metric;
    particles.value = String(state.particles);
    budget.value = String(state.budget);
    forecast.value = String(state.forecast);
    if (state.data) {
      paste.value = state.data.days.map((d, i) => `${d},${state.data!.counts[i]}`).join('\n');
      dataNote.textContent = `${state.data.days.length} rows from the link`;
    }
    syncLink();
  }

  function close(): void {
    shown = false;
    root.hidden = true;
    button.setAttribute('aria-pressed', 'false');
    syncLink();
  }

  runButton.addEventListener('click', () => void run());
  studio.on('loaded', () => shown && renderInputs());
  return { root, initialSearch, last: () => last, open, run };
}

/** Opens and runs the fit the page's link asked for, once the studio has loaded its scenario. */
export async function openFitLink(panel: FitPanel): Promise<void> {
  const link = readFitLink(panel.initialSearch);
  if (!link) return;
  await panel.open(link);
  if (link.data && link.ranges.length) await panel.run();
}
