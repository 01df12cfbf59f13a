// The studio's entry: read the link, build the page, open the run (or the lesson the link names). `window.studio` is the handle lessons and tests use.
import './localeGuard';
import './styles.css';
import { buildShell } from './shell';
import { Studio } from './studio';
import { BUNDLED, DEFAULT_SCENARIO } from './scenarios';
import { fromQuery } from './urlState';
import { attachBindings } from './bindings';
import { attachInspector } from './inspector';
import { attachLessons, type Lessons } from './lesson/attachLessons';
import { LESSON_PARAMS, readLessonLink } from './lesson/lessonLink';
import { PairedPanel } from './compare/pairedPanel';
import { attachWhatMatters, type WhatMatters } from './sensitivity/whatMatters';
import { MATTERS_PARAMS } from './sensitivity/mattersLink';
import { attachSuggestSeeds } from './seeds/suggestSeedsPanel';
import { attachFitPanel, openFitLink, type FitPanel } from './calibration/fitPanel';
import { FIT_PARAMS } from './calibration/fitLink';

declare global {
  interface Window {
    studio?: Studio;
    lessons?: Lessons;
    paired?: PairedPanel;
    whatMatters?: WhatMatters;
    fitPanel?: FitPanel;
  }
}

async function boot(): Promise<void> {
  const host = document.getElementById('app')!;
  performance.mark('studio:boot');
  const shell = buildShell(host);
  const parsed = fromQuery(
    location.search,
    BUNDLED.map((s) => s.name),
    DEFAULT_SCENARIO,
    [...LESSON_PARAMS, ...MATTERS_PARAMS, ...FIT_PARAMS],
  );
  const studio = new Studio(shell, parsed.settings);
  window.studio = studio;
  attachBindings(studio);
  attachInspector(studio);
  window.paired = new PairedPanel(shell.compareResults, studio);
  const matters = (window.whatMatters = attachWhatMatters(studio));
  (window as unknown as { suggestSeeds: unknown }).suggestSeeds = attachSuggestSeeds(studio);
  const fit = (window.fitPanel = attachFitPanel(studio));
  // Files dropped or opened go to the lesson loader or the scenario loader by what they hold.
  const lessons = attachLessons(studio);
  window.lessons = lessons;
  // A lesson link fixes the settings itself; the studio's own parameters beside it are not used.
  const link = readLessonLink(location.search);
  if (!link || !(await lessons.openLink(link))) {
    if (parsed.problems.length) studio.messages.show('link-parse', 'warning', 'Parts of the link could not be used:', parsed.problems);
    const ok = await studio.load(parsed.settings, { sanitize: true });
    if (!ok) {
      studio.messages.show('fallback', 'warning', 'Opened the default scenario instead.');
      await studio.setScenario(DEFAULT_SCENARIO);
    }
  }
  await studio.drawn();
  document.body.dataset.ready = 'true';
  if (!link) void matters.openFromLink();
  if (!link) void openFitLink(fit);
}

void boot();
