// The studio's entry: read the link, build the page, open the run. `window.studio` is the handle lessons and tests use.
import './localeGuard';
import './styles.css';
import { buildShell } from './shell';
import { Studio } from './studio';
import { BUNDLED, DEFAULT_SCENARIO } from './scenarios';
import { fromQuery } from './urlState';
import { attachBindings } from './bindings';
import { attachInspector } from './inspector';
import { attachDrop } from './dropScenario';

declare global {
  interface Window {
    studio?: Studio;
  }
}

async function boot(): Promise<void> {
  const host = document.getElementById('app')!;
  performance.mark('studio:boot');
  const shell = buildShell(host);
  const parsed = fromQuery(location.search, BUNDLED.map((s) => s.name), DEFAULT_SCENARIO);
  const studio = new Studio(shell, parsed.settings);
  window.studio = studio;
  attachBindings(studio);
  attachInspector(studio);
  attachDrop(studio);
  if (parsed.problems.length) studio.messages.show('link-parse', 'warning', 'Parts of the link could not be used:', parsed.problems);
  const ok = await studio.load(parsed.settings, { sanitize: true });
  if (!ok) {
    studio.messages.show('fallback', 'warning', 'Opened the default scenario instead.');
    await studio.setScenario(DEFAULT_SCENARIO);
  }
  await studio.drawn();
  document.body.dataset.ready = 'true';
}

void boot();
