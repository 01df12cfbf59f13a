// Compare mode's bar: what B is (A's scenario with differences, or another scenario), its differences
// (any number, each removable), and one-click what-ifs that really change the run.
import type { Studio } from '../studio';
import { leafFields, type Field } from '../controls/fields';
import { overrideText, valueAt, valueText, type Override } from '../settings';
import { scenarioOptionGroups } from '../scenarios';
import { el, clear } from '../ui/el';
import { changesRun, presets } from './presets';
import { fieldPhrase } from '../controls/fieldPhrase';

export { presets };

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function editorFor(f: Field, current: unknown, commit: (v: unknown) => void): HTMLElement {
  if (f.type === 'choice') {
    const s = el('select', { 'aria-label': `B's ${f.label}` }, ...f.options.map((o) => el('option', { value: o, text: o })));
    s.value = String(current ?? f.value ?? '');
    s.addEventListener('change', () => commit(s.value));
    return s;
  }
  if (f.type === 'boolean') {
    const s = el('select', { 'aria-label': `B's ${f.label}` }, el('option', { value: 'true', text: 'yes' }), el('option', { value: 'false', text: 'no' }));
    s.value = String(current ?? !f.value);
    s.addEventListener('change', () => commit(s.value === 'true'));
    return s;
  }
  if (f.type === 'number' || (f.type === 'distribution' && f.kind === 'number')) {
    const spec = f.type === 'number' ? f : (f.children[0] as Field & { type: 'number' });
    const i = el('input', {
      type: 'number',
      step: spec.step,
      min: spec.min,
      max: spec.max,
      'aria-label': `B's ${f.label}`,
      value: typeof current === 'number' ? current : (spec.value ?? ''),
    });
    i.addEventListener('change', () => i.value.trim() !== '' && commit(Number(i.value)));
    return i;
  }
  const t = el('input', { type: 'text', 'aria-label': `B's ${f.label} (JSON)`, value: current === undefined ? '' : JSON.stringify(current) });
  t.addEventListener('change', () => commit(parsed(t.value)));
  return t;
}

/** A's value as a person reads it: a field the file leaves to the model's default says so. */
function shownValue(v: unknown): string {
  if (v === undefined) return 'default';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A proposal for B when a field is picked: another option, the other truth value, twice the number. */
function proposal(f: Field, now: unknown): unknown {
  if (f.type === 'choice') return f.options.find((o) => o !== now && o !== 'explicit') ?? now;
  if (f.type === 'boolean') return !now;
  if (typeof now === 'number') return Math.min(f.type === 'number' ? (f.max ?? Infinity) : Infinity, Number((now * 2 || 1).toPrecision(3)));
  return now;
}

export function renderCompareBar(studio: Studio): void {
  const bar = studio.shell.compareBar;
  const { compare, compareWith } = studio.settings;
  bar.hidden = compare === null;
  clear(bar);
  if (compare === null) return;
  const other = compareWith ?? null;
  const named = other ? fieldsOfB(studio) : studio.fields;
  const leaves = leafFields(named).filter((f) => f.path !== 'seed');
  const set = (list: Override[], withScenario: string | null = other) => void studio.setCompare(list, withScenario);

  const source = el(
    'select#compare-source',
    { 'aria-label': 'What B is' },
    el('option', { value: '', text: 'A with differences' }),
    ...scenarioOptionGroups(studio.settings.scenario, 'another scenario: '),
  );
  source.value = other ?? '';
  source.addEventListener('change', () => set([], source.value || null));

  const rows = compare.map((o, i) => {
    const field = leaves.find((f) => f.path === o[0]);
    const replace = (next: Override) => set(compare.map((x, j) => (j === i ? next : x)));
    const pick = el(
      'select.compare-field',
      { 'aria-label': `Difference ${i + 1}: the field` },
      ...leaves.map((f) => el('option', { value: f.path, text: fieldPhrase(named, f.path), title: f.path })),
    );
    if (!field) pick.prepend(el('option', { value: o[0], text: o[0] }));
    pick.value = o[0];
    pick.addEventListener('change', () => {
      const f = leaves.find((x) => x.path === pick.value);
      if (f) replace([f.path, valueText(proposal(f, valueAt(studio.resolvedB ?? studio.resolved, f.path)))]);
    });
    const was = other ? null : el('span.compare-was', { text: `A: ${shownValue(valueAt(studio.resolved, o[0]))} → B:` });
    const editor = field ? editorFor(field, parsed(o[1]), (v) => replace([o[0], valueText(v)])) : el('span', { text: o[1] });
    const remove = el('button.button.small.compare-remove', {
      title: `Drop ${overrideText(o)}`,
      'aria-label': `Drop difference ${i + 1}`,
      text: '×',
      onclick: () => set(compare.filter((_, j) => j !== i)),
    });
    return el('span.compare-diff', { 'data-path': o[0] }, pick, was, editor, remove);
  });

  const add = el(
    'select#compare-add',
    { 'aria-label': 'Add a difference' },
    el('option', { value: '', text: '+ add a difference…' }),
    ...leaves.filter((f) => !compare.some((o) => o[0] === f.path)).map((f) => el('option', { value: f.path, text: fieldPhrase(named, f.path), title: f.path })),
  );
  add.addEventListener('change', () => {
    const f = leaves.find((x) => x.path === add.value);
    if (f) set([...compare, [f.path, valueText(proposal(f, valueAt(studio.resolvedB ?? studio.resolved, f.path)))]]);
  });

  // A difference that leaves B's run exactly A's (another setting of the scenario wins) is said so at once.
  const same = studio.resolvedB !== null && studio.resolved !== null && compare.length > 0 && !changesRun(studio.resolved, studio.resolvedB);
  const note = same ? el('span.compare-note', { role: 'status', text: 'B runs exactly as A: another setting of the scenario overrides this difference.' }) : null;

  const chips = other
    ? []
    : presets(studio.fields, studio.resolved).map((o) =>
        el('button.chip', { title: `B: ${overrideText(o)}`, text: `${fieldPhrase(named, o[0])} → ${o[1]}`, onclick: () => set([o], null) }),
      );
  bar.append(
    el('span.compare-label', { text: 'B is' }),
    source,
    ...rows,
    add,
    ...(note ? [note] : []),
    ...(chips.length ? [el('span.compare-presets', { 'aria-label': 'Quick what-ifs' }, ...chips)] : []),
  );

  const caption = studio.shell.panes.B.querySelector('[data-role="caption"]');
  if (caption) caption.textContent = [other ?? '', ...compare.map(overrideText)].filter(Boolean).join(', ') || 'same as A (add a difference)';
  const captionA = studio.shell.panes.A.querySelector('[data-role="caption"]');
  if (captionA) captionA.textContent = 'as set';
}

/** B's own fields when B is another scenario (its differences are paths of that scenario). */
function fieldsOfB(studio: Studio): Field[] {
  return studio.fieldsB.length ? studio.fieldsB : studio.fields;
}
