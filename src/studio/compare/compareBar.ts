// Compare mode's one difference: pick a field and B's value for it; a few one-click what-ifs from the scenario.
import type { Studio } from '../studio';
import { leafFields, type Field } from '../controls/fields';
import { overrideText, valueAt, valueText, type Override } from '../settings';
import { el, clear } from '../ui/el';

/** Fields whose other options make the classic what-ifs (a seeding strategy, a policy, a model). */
const PRESET_PATHS = [/^seeding\.strategy$/, /^organizer\.policy$/, /\.seeding\.strategy$/];

export function presets(fields: readonly Field[]): Override[] {
  const out: Override[] = [];
  for (const f of leafFields(fields)) {
    if (f.type !== 'choice' || !PRESET_PATHS.some((r) => r.test(f.path))) continue;
    for (const o of f.options) if (o !== f.value && o !== 'explicit') out.push([f.path, o]);
  }
  for (const f of leafFields(fields)) {
    if (f.type === 'number' && f.slider && /(^|\.)p$|probability|rate/i.test(f.path) && typeof f.value === 'number' && out.length < 6) {
      const doubled = Math.min(f.max ?? 1, Number((f.value * 2).toPrecision(3)));
      if (doubled !== f.value) out.push([f.path, String(doubled)]);
    }
  }
  return out.slice(0, 6);
}

/** A short name for a field path: `content.items.0.seeding.strategy` → "item 1 seeding strategy". */
export function presetLabel(path: string): string {
  return path
    .replace(/^content\.items\.(\d+)\./, (_, i) => `item ${Number(i) + 1} `)
    .split('.')
    .slice(-3)
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function editorFor(f: Field, current: unknown, commit: (v: unknown) => void): HTMLElement {
  if (f.type === 'choice') {
    const s = el('select', { 'aria-label': 'B value' }, ...f.options.map((o) => el('option', { value: o, text: o })));
    s.value = String(current ?? f.value ?? '');
    s.addEventListener('change', () => commit(s.value));
    return s;
  }
  if (f.type === 'boolean') {
    const s = el('select', { 'aria-label': 'B value' }, el('option', { value: 'true', text: 'true' }), el('option', { value: 'false', text: 'false' }));
    s.value = String(current ?? !f.value);
    s.addEventListener('change', () => commit(s.value === 'true'));
    return s;
  }
  if (f.type === 'number' || (f.type === 'distribution' && f.kind === 'number')) {
    const spec = f.type === 'number' ? f : (f.children[0] as Field & { type: 'number' });
    const i = el('input', { type: 'number', step: spec.step, min: spec.min, max: spec.max, 'aria-label': 'B value', value: typeof current === 'number' ? current : (spec.value ?? '') });
    i.addEventListener('change', () => i.value.trim() !== '' && commit(Number(i.value)));
    return i;
  }
  const t = el('input', { type: 'text', 'aria-label': 'B value (JSON)', value: current === undefined ? '' : JSON.stringify(current) });
  t.addEventListener('change', () => {
    try {
      commit(JSON.parse(t.value));
    } catch {
      commit(t.value);
    }
  });
  return t;
}

export function renderCompareBar(studio: Studio): void {
  const bar = studio.shell.compareBar;
  const compare = studio.settings.compare;
  bar.hidden = compare === null;
  clear(bar);
  if (compare === null) return;
  const leaves = leafFields(studio.fields).filter((f) => f.path !== 'seed');
  const first = compare[0];
  const path = first?.[0] ?? '';
  const field = leaves.find((f) => f.path === path);
  const pick = el('select#compare-field', { 'aria-label': 'The field B changes' }, el('option', { value: '', text: 'pick a field…' }), ...leaves.map((f) => el('option', { value: f.path, text: f.path })));
  pick.value = field ? path : '';
  const commit = (p: string, v: unknown) => void studio.setCompare([[p, valueText(v)], ...compare.slice(1)]);
  pick.addEventListener('change', () => {
    const f = leaves.find((x) => x.path === pick.value);
    if (!f) return;
    const now = valueAt(studio.resolved, f.path);
    const proposal = f.type === 'choice' ? f.options.find((o) => o !== now) : f.type === 'boolean' ? !now : typeof now === 'number' ? Number((now * 2 || 1).toPrecision(3)) : now;
    commit(f.path, proposal);
  });
  const valueBox = el('span.compare-value');
  if (field) {
    const current = (() => {
      try {
        return JSON.parse(first[1]);
      } catch {
        return first[1];
      }
    })();
    valueBox.append(el('span.compare-was', { text: `A: ${JSON.stringify(valueAt(studio.resolved, path))} → B:` }), editorFor(field, current, (v) => commit(path, v)));
  } else if (first) valueBox.append(el('span', { text: overrideText(first) }));
  const more = compare.length > 1 ? el('span.compare-more', { text: `and ${compare.slice(1).map(overrideText).join(', ')}` }) : null;
  const chips = presets(studio.fields).map((o) =>
    el('button.chip', { title: `B: ${overrideText(o)}`, text: `${presetLabel(o[0])} → ${o[1]}`, onclick: () => void studio.setCompare([o]) }),
  );
  bar.append(el('span.compare-label', { text: 'B differs by' }), pick, valueBox, ...(more ? [more] : []), el('span.compare-presets', {}, ...chips));
  const caption = studio.shell.panes.B.querySelector('[data-role="caption"]');
  if (caption) caption.textContent = compare.length ? compare.map(overrideText).join(', ') : 'same as A (pick a difference)';
  const captionA = studio.shell.panes.A.querySelector('[data-role="caption"]');
  if (captionA) captionA.textContent = 'as set';
}
