// The studio's "Suggest seeds": the optimal set for the open scenario, computed in the model worker,
// marked on the canvas and set against every heuristic on the same runs; one click runs from it.
import './suggestSeeds.css';
import type { Studio } from '../studio';
import { clear, el } from '../ui/el';
import { valueText, withOverride } from '../settings';
import { toSimulationSpec } from '../../scenario/spec';
import { seedingBudget } from '../../engine/seeding/strategies';
import type { SuggestAnswer } from '../../analysis/influence/suggestSeeds';
import { seedMarks } from './seedMarks';

export interface SuggestSeeds {
  readonly root: HTMLElement;
  open(): void;
  /** Computes for the open scenario; resolves with the answer (null when it failed). */
  suggest(budget?: number): Promise<SuggestAnswer | null>;
  /** Runs the scenario from the last suggestion (its members as explicit seeds). */
  runFromThem(): Promise<boolean>;
  last(): SuggestAnswer | null;
}

const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function attachSuggestSeeds(studio: Studio): SuggestSeeds {
  let last: SuggestAnswer | null = null;
  let shown = false;
  const budget = el('input#suggest-budget', { type: 'number', min: 1, step: 1, 'aria-label': 'Budget', title: 'Members to seed' });
  const go = el('button.button.primary#suggest-go', { text: 'Suggest' });
  const status = el('output.suggest-status#suggest-status', { 'aria-live': 'polite' });
  const result = el('div#suggest-result');
  const runButton = el('button.button#suggest-run', { text: 'Run from these seeds', disabled: true });
  const root = el(
    'section.suggest-seeds#suggest-seeds',
    { 'aria-label': 'Suggest seeds', hidden: true },
    el('h2', {}, 'Suggest seeds ', el('button.button.small', { text: 'Close', onclick: () => close() })),
    el('p.suggest-note', {
      text: 'Whom to seed with a budget of k: OPIM-C with a certified ratio for the independent cascade and the linear threshold; CELF over paired runs, without guarantee, for the other models. Reach is measured on fresh runs, the same for every strategy.',
    }),
    el('div.suggest-row', {}, el('label', {}, 'budget ', budget), go, runButton),
    status,
    result,
  );
  const button = el('button.button.toggle#suggest-seeds-button', {
    'aria-pressed': 'false',
    title: 'The seeds of largest expected reach, against the heuristics',
    text: 'Suggest seeds',
  });
  button.addEventListener('click', () => (shown ? close() : open()));
  studio.shell.root.querySelector('.topbar .spacer')?.before(button);
  studio.shell.charts.before(root);
  const marks = seedMarks(() => {
    const view = studio.panes.A?.maybeView;
    return view ? (m) => view.screenOf(m) : null;
  });
  // A new scenario or setting makes the suggestion stale: its marks go.
  studio.on('loaded', () => marks.hide());

  function open(): void {
    shown = true;
    root.hidden = false;
    button.setAttribute('aria-pressed', 'true');
    const s = studio.resolved;
    if (s && !budget.value) budget.value = String(Math.max(1, seedingBudget(s.seeding)));
  }

  function close(): void {
    shown = false;
    root.hidden = true;
    button.setAttribute('aria-pressed', 'false');
    marks.hide();
  }

  async function suggest(k = Number(budget.value)): Promise<SuggestAnswer | null> {
    const s = studio.resolved;
    if (!s) return null;
    go.disabled = true;
    runButton.disabled = true;
    status.textContent = 'Computing in the model worker…';
    const started = performance.now();
    try {
      last = await studio.model.call((api) => api.suggestSeeds(toSimulationSpec(s), { budget: k }));
      status.textContent = `${last.method} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${last.guarantee}`;
      render(last);
      marks.show(last.seeds);
      runButton.disabled = false;
      return last;
    } catch (e) {
      status.textContent = (e as Error).message.replace(/^InputError: /, '');
      return null;
    } finally {
      go.disabled = false;
    }
  }

  function render(a: SuggestAnswer): void {
    clear(result);
    const rows = a.rows.map((r, i) =>
      el(
        `tr${i === 0 ? '.chosen' : ''}`,
        { 'data-strategy': r.strategy },
        el('td', { text: i === 0 ? `${r.strategy} (${a.method})` : r.strategy }),
        el('td', { text: `${fmt(r.mean)} ± ${fmt(r.half)}` }),
        el('td', { text: r.gain ? `${r.gain.mean >= 0 ? '+' : ''}${fmt(r.gain.mean)} ± ${fmt(r.gain.half)}` : '' }),
      ),
    );
    result.append(
      el('p.suggest-note', { text: `Seeds: ${a.seeds.join(' ')} (${a.model})` }),
      el(
        'table.suggest-table',
        {},
        el('thead', {}, el('tr', {}, el('th', { text: 'strategy' }), el('th', { text: 'reach' }), el('th', { text: 'suggested − it' }))),
        el('tbody', {}, ...rows),
      ),
      el('p.suggest-note', { text: `Mean adopters over ${a.runs} fresh runs, 95% intervals; differences paired run by run.` }),
    );
  }

  async function runFromThem(): Promise<boolean> {
    if (!last) return false;
    marks.hide();
    return studio.load({ ...studio.settings, set: withOverride(studio.settings.set, 'seeding', valueText({ strategy: 'explicit', members: last.seeds })), at: 0 });
  }

  go.addEventListener('click', () => void suggest());
  runButton.addEventListener('click', () => void runFromThem());
  return { root, open, suggest, runFromThem, last: () => last };
}
