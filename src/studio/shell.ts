// The page's frame: header, settings panel, stage with its transport bar, charts; the parts others fill in.
import { el } from './ui/el';
import { scenarioOptionGroups } from './scenarios';
import { SPEEDS } from './settings';

export interface Shell {
  root: HTMLElement;
  scenarioSelect: HTMLSelectElement;
  scenarioNote: HTMLElement;
  openFile: HTMLInputElement;
  /** Opens the lesson picker (lesson mode fills in the rest). */
  lessons: HTMLButtonElement;
  compareToggle: HTMLButtonElement;
  controls: HTMLElement;
  transport: {
    play: HTMLButtonElement;
    step: HTMLButtonElement;
    reset: HTMLButtonElement;
    end: HTMLButtonElement;
    speed: HTMLSelectElement;
    tick: HTMLElement;
    seedMode: HTMLButtonElement;
    sizeMode: HTMLSelectElement;
  };
  compareBar: HTMLElement;
  /** Compare's paired-seed table (filled by compare/pairedPanel.ts). */
  compareResults: HTMLElement;
  stage: HTMLElement;
  panes: { A: HTMLElement; B: HTMLElement };
  charts: HTMLElement;
  summary: HTMLElement;
  selection: HTMLElement;
  exports: {
    series: HTMLButtonElement;
    cascade: HTMLButtonElement;
    gexf: HTMLButtonElement;
    scenario: HTMLButtonElement;
    png: HTMLButtonElement;
    link: HTMLButtonElement;
    cli: HTMLElement;
  };
  messages: HTMLElement;
  tooltip: HTMLElement;
  dropZone: HTMLElement;
}

function paneBox(id: 'A' | 'B'): HTMLElement {
  return el(
    `section.pane#pane-${id}`,
    { 'data-pane': id, 'aria-label': `Run ${id}` },
    el('div.pane-title', {}, el('span.pane-badge', { text: id }), el('span.pane-caption', { 'data-role': 'caption' })),
    el('div.canvas-host', { 'data-role': 'canvas' }),
    el('div.legend', { 'data-role': 'legend', 'aria-label': 'Legend' }),
  );
}

export function buildShell(host: HTMLElement): Shell {
  // Listed by title in groups; an option's value stays the file's name, as links carry it.
  const scenarioSelect = el('select#scenario', { 'aria-label': 'Scenario' }, ...scenarioOptionGroups());
  const openFile = el('input#open-file', { type: 'file', accept: '.json,application/json', hidden: true });
  const lessons = el('button.button.small#lessons-button', { title: 'Guided lessons for a class', text: 'Lessons' });
  const compareToggle = el('button.button.toggle#compare-toggle', { 'aria-pressed': 'false', title: 'Two runs side by side with one difference', text: 'Compare' });
  const speed = el('select#speed', { 'aria-label': 'Speed (ticks per second)', title: 'Ticks per second' }, ...SPEEDS.map((s) => el('option', { value: s, text: `${s} / s` })));
  const sizeMode = el(
    'select#size-mode',
    { 'aria-label': 'Member size', title: 'Member size' },
    el('option', { value: 'degree', text: 'size: degree' }),
    el('option', { value: 'uniform', text: 'size: same' }),
  );
  const transport = {
    play: el('button.button.primary#play', { title: 'Play / pause (Space)', 'aria-keyshortcuts': 'Space', text: 'Play' }),
    step: el('button.button#step', { title: 'One tick (→)', 'aria-keyshortcuts': 'ArrowRight', text: 'Step' }),
    reset: el('button.button#reset', { title: 'Back to tick 0 (R)', 'aria-keyshortcuts': 'R', text: 'Reset' }),
    end: el('button.button#run-to-end', { title: 'Run to the end at once', text: 'Run to end' }),
    speed,
    tick: el('output#tick', { 'aria-live': 'off', text: 'tick 0' }),
    seedMode: el('button.button.toggle#seed-mode', { 'aria-pressed': 'false', title: 'Click members to seed the item there (S)', text: 'Seed by click' }),
    sizeMode,
  };
  const exports = {
    series: el('button.button.small#export-series', { text: 'Series CSV' }),
    cascade: el('button.button.small#export-cascade', { text: 'Cascade CSV' }),
    gexf: el('button.button.small#export-gexf', { title: 'The network and its cascade for Gephi (its timeline replays the run)', text: 'GEXF' }),
    scenario: el('button.button.small#export-scenario', { text: 'Scenario JSON' }),
    png: el('button.button.small#export-png', { text: 'PNG' }),
    link: el('button.button.small#copy-link', { text: 'Copy link' }),
    cli: el('code.cli#cli-command', { title: 'The same run from the command line' }),
  };
  const panes = { A: paneBox('A'), B: paneBox('B') };
  panes.B.hidden = true;
  const controls = el('div.controls#controls');
  const compareBar = el('div.compare-bar#compare-bar', { hidden: true });
  const stage = el('div.stage#stage', {}, panes.A, panes.B);
  const charts = el('div.charts#charts');
  const compareResults = el('section.paired-box#compare-results', { 'aria-label': 'A against B over paired seeds', hidden: true });
  const summary = el('div.summary-box#summary');
  const selection = el('div.selection#selection');
  const messages = el('div.messages#messages', { 'aria-live': 'polite' });
  const tooltip = el('div.tooltip#tooltip', { role: 'tooltip', hidden: true });
  const dropZone = el('div.drop-zone#drop-zone', { hidden: true }, el('div', { text: 'Drop a scenario file (JSON) to open it' }));
  const scenarioNote = el('p.scenario-note#scenario-note');

  const root = el(
    'div.studio',
    {},
    el(
      'header.topbar',
      {},
      el('h1.brand', {}, el('span.brand-mark', { 'aria-hidden': 'true' }), 'Murmuration', el('small', { text: 'studio' })),
      el('label.scenario-pick', {}, el('span', { text: 'Scenario' }), scenarioSelect),
      el('button.button.small#open-file-button', { title: 'Open a scenario file (or drop one on the page)', text: 'Open file…', onclick: () => openFile.click() }),
      openFile,
      lessons,
      el('div.spacer'),
      compareToggle,
      el('button.button.toggle#results-toggle', {
        'aria-pressed': 'false',
        title: 'Charts, results and exports',
        text: 'Results',
        onclick: (e: Event) => (e.currentTarget as HTMLElement).setAttribute('aria-pressed', String(document.body.classList.toggle('results-open'))),
      }),
    ),
    el(
      'div.workspace',
      {},
      el('aside.sidebar.left', { 'aria-label': 'Settings' }, scenarioNote, controls),
      el(
        'main.center',
        {},
        el(
          'div.transport',
          { role: 'toolbar', 'aria-label': 'Run' },
          transport.play,
          transport.step,
          transport.reset,
          transport.end,
          transport.speed,
          transport.tick,
          el('div.spacer'),
          transport.seedMode,
          transport.sizeMode,
        ),
        firstVisit(),
        compareBar,
        stage,
      ),
      el(
        'aside.sidebar.right',
        { 'aria-label': 'Charts and results' },
        compareResults,
        charts,
        summary,
        selection,
        el(
          'section.export',
          { 'aria-label': 'Share and export' },
          el('h2', { text: 'Share and export' }),
          el('div.export-buttons', {}, exports.link, exports.series, exports.cascade, exports.gexf, exports.scenario, exports.png),
          exports.cli,
        ),
      ),
    ),
    messages,
    tooltip,
    dropZone,
  );
  host.append(root);
  return {
    root,
    scenarioSelect,
    scenarioNote,
    openFile,
    lessons,
    compareToggle,
    controls,
    transport,
    compareBar,
    compareResults,
    stage,
    panes,
    charts,
    summary,
    selection,
    exports,
    messages,
    tooltip,
    dropZone,
  };
}

/** One line on a first visit: what the page is and where to start (gone once dismissed). */
function firstVisit(): HTMLElement | null {
  const KEY = 'murmuration:intro-seen';
  try {
    if (localStorage.getItem(KEY)) return null;
  } catch {
    return null;
  }
  const line = el(
    'p.intro#intro',
    {},
    'A simulation of word of mouth: each dot is a member of a community. Press Play to watch one item spread, change a setting on the left, or open Lessons for a guided class.',
  );
  line.append(
    el('button.button.small', {
      text: 'Got it',
      onclick: () => {
        try {
          localStorage.setItem(KEY, '1');
        } catch {}
        line.remove();
      },
    }),
  );
  return line;
}
