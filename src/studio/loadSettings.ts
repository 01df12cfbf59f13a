// Showing a setting: resolve it, restart every run under it, and only then make it the studio's (whoever sees it sees tick 0).
import { fieldPhrase } from './controls/fieldPhrase';
import { formatProblem, type Problem } from '../engine/problem';
import { scenarioFields } from './controls/fields';
import type { Settings } from './settings';
import { largestRebuild, REBUILD_TEXT } from './rebuilds';
import { reportRefused, showSettings } from './showSettings';
import { resolveSettings } from './resolveSettings';
import type { Playback } from './playback';
import type { Studio } from './studio';

export interface LoadOptions {
  /** The settings come from a link: overrides that fail are dropped and named instead of refusing the whole. */
  sanitize?: boolean;
  /** The fields a user changed, to say what their change rebuilds. */
  changed?: string[];
}

/** What loading needs of the studio besides its public face. */
export interface LoadContext {
  playback: Playback;
  emit(event: 'loaded' | 'settings'): void;
}

/**
 * Shows a setting. With `sanitize` (a link), overrides that fail are dropped and named; a user's
 * change that fails leaves the current run and lists the problems at the fields. Returns success.
 */
export async function loadSettings(studio: Studio, { playback, emit }: LoadContext, next: Settings, opts: LoadOptions): Promise<boolean> {
  const r = resolveSettings(next, opts.sanitize);
  if (!r.ok) {
    reportRefused(r, studio.panel, studio.messages);
    return false;
  }
  if (r.dropped.length) studio.messages.show('link', 'warning', 'Parts of the link could not be used; they were left out:', r.dropped);
  next = r.settings;
  const { resolved, resolvedB } = r;
  performance.mark('studio:validated');
  studio.messages.dismiss('settings');
  studio.panel.showProblems([]);
  const built = playback.beginRestart();
  let problems: Problem[] | null;
  try {
    problems = await studio.panes.create(next);
  } finally {
    built();
  }
  if (problems === null) return false;
  // The new settings become visible only now that every run has restarted: whoever sees them sees tick 0
  // (nothing is awaited between built() and here, so nothing runs on the new runs under the old settings).
  studio.settings = next;
  studio.sideline.setSummaries(null);
  studio.resolved = resolved;
  studio.resolvedB = resolvedB;
  studio.fields = scenarioFields(resolved as unknown as Record<string, unknown>);
  studio.fieldsB = resolvedB && next.compareWith ? scenarioFields(resolvedB as unknown as Record<string, unknown>) : [];
  showSettings(studio.shell, studio.panel, studio.fields, next, resolved);
  performance.mark('studio:fields');
  if (problems.length) {
    studio.messages.show('settings', 'error', 'The model refused the setting:', problems.map(formatProblem));
    return false;
  }
  performance.mark('studio:sessions');
  await playback.read(0);
  if (next.at > 0) await studio.stepTo(next.at);
  performance.mark('studio:loaded');
  if (opts.changed?.length) {
    const rebuild = largestRebuild(opts.changed, resolved.network.seed !== undefined);
    if (rebuild) studio.messages.toast(`${opts.changed.map((p) => fieldPhrase(studio.fields, p)).join(', ')} changed: this ${REBUILD_TEXT[rebuild]}.`);
  }
  studio.sideline.markDue();
  emit('loaded');
  emit('settings');
  return true;
}
