// Wiring the page's buttons and keys to the studio, and the studio's state back to the page and the URL.
import type { Studio } from './studio';
import { CUSTOM, overridesFor } from './settings';
import { renderCompareBar } from './compare/compareBar';
import { cascadeCsv, cliCommand, comparedSeriesCsv, scenarioJson, seriesCsv } from './export/tables';
import { download, fileStem } from './export/download';
import type { SizeMode } from './view/drawData';
import { scenarioFileOfB } from './resolveSettings';

export function attachBindings(studio: Studio): void {
  const { shell } = studio;
  const t = shell.transport;

  t.play.addEventListener('click', () => void studio.toggle());
  t.step.addEventListener('click', () => void studio.step(1));
  t.reset.addEventListener('click', () => void studio.reset());
  t.end.addEventListener('click', () => void studio.runToEnd());
  t.speed.addEventListener('change', () => studio.setSpeed(Number(t.speed.value)));
  t.sizeMode.addEventListener('change', () => studio.setSizeMode(t.sizeMode.value as SizeMode));
  t.seedMode.addEventListener('click', () => {
    studio.seedMode = !studio.seedMode;
    syncTransport(studio);
  });
  shell.scenarioSelect.addEventListener('change', () => void studio.setScenario(shell.scenarioSelect.value));
  shell.compareToggle.addEventListener('click', () => void studio.setCompare(studio.settings.compare ? null : []));

  window.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, [contenteditable]') || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.code === 'Space') {
      e.preventDefault();
      void studio.toggle();
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      void studio.step(1);
    } else if (e.key === 'r' || e.key === 'R') void studio.reset();
    else if (e.key === 's' || e.key === 'S') t.seedMode.click();
    else if (e.key === 'f' || e.key === 'F') for (const p of studio.livePanes()) p.maybeView?.fit();
  });

  const ex = shell.exports;
  const stem = () => fileStem(studio.resolved?.name ?? studio.settings.scenario, studio.resolved?.seed ?? 0);
  ex.series.addEventListener('click', () => {
    const a = studio.panes.A?.state.rows ?? [];
    const b = studio.panes.B?.state.rows;
    download(`${stem()}-series.csv`, b ? comparedSeriesCsv(a, b, studio.labels()) : seriesCsv(a), 'text/csv');
  });
  ex.cascade.addEventListener('click', () => {
    void studio.model.call((api) => api.sessionCascadeTable('A')).then((table) => download(`${stem()}-cascade.csv`, cascadeCsv(table), 'text/csv'));
  });
  ex.gexf.addEventListener('click', () => {
    void studio.model.call((api) => api.sessionGexf('A')).then((text) => download(`${stem()}.gexf`, text, 'application/gexf+xml'));
  });
  ex.scenario.addEventListener('click', () => {
    if (studio.resolved) download(`${stem()}.json`, scenarioJson(studio.resolved), 'application/json');
  });
  ex.png.addEventListener('click', () => {
    const view = studio.panes.A?.maybeView;
    if (view) void view.toPNG().then((blob) => download(`${stem()}-tick${studio.tick}.png`, blob));
  });
  ex.link.addEventListener('click', () => {
    void navigator.clipboard?.writeText(location.href).then(
      () => studio.messages.toast('Link copied: it opens this exact setting.'),
      () => studio.messages.toast('Copy the address bar: it holds this exact setting.'),
    );
  });

  studio.on('settings', () => {
    syncTransport(studio);
    syncUrl(studio);
    renderCompareBar(studio);
    const s = studio.settings;
    shell.compareToggle.setAttribute('aria-pressed', String(s.compare !== null));
    const file = s.scenario === CUSTOM ? `${studio.resolved?.name ?? 'scenario'}.json` : studio.scenarioFile;
    const a = cliCommand(file, overridesFor(s, 'A'));
    // Comparing, both runs have their command: B's is A's file and settings with B's differences (or B's own file).
    ex.cli.textContent = s.compare === null ? a : `A: ${a}\nB: ${cliCommand(s.compareWith ? scenarioFileOfB(s) : file, overridesFor(s, 'B'))}`;
  });
  studio.on('tick', () => syncTransport(studio));
  studio.on('ended', () => syncTransport(studio));
}

/** Writes only what changed: this runs on every tick, and each write would invalidate the page's style. */
function syncTransport(studio: Studio): void {
  const t = studio.shell.transport;
  const text = studio.playing ? 'Pause' : 'Play';
  if (t.play.textContent !== text) t.play.textContent = text;
  setAttr(t.play, 'aria-pressed', String(studio.playing));
  if (t.step.disabled !== studio.done) t.step.disabled = studio.done;
  if (t.end.disabled !== studio.done) t.end.disabled = studio.done;
  if (t.speed.value !== String(studio.settings.speed)) t.speed.value = String(studio.settings.speed);
  setAttr(t.seedMode, 'aria-pressed', String(studio.seedMode));
  if (studio.shell.stage.classList.contains('seeding') !== studio.seedMode) studio.shell.stage.classList.toggle('seeding', studio.seedMode);
}

function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Links longer than this are cut short by some browsers and servers. */
const MAX_LINK = 60_000;
let urlTimer = 0;
function syncUrl(studio: Studio): void {
  clearTimeout(urlTimer);
  urlTimer = window.setTimeout(() => {
    let query = studio.query;
    if (query.length > MAX_LINK) {
      // A large dropped scenario cannot travel in the link: keep the rest, say how to share it.
      query = query.replace(/&?file=[^&]*/, '');
      studio.messages.show('link-size', 'warning', 'This scenario is too large to share by link; export it as JSON (Scenario JSON) and share the file.');
    }
    if (location.search.slice(1) !== query) history.replaceState(null, '', `${location.pathname}?${query}`);
  }, 150);
}
