// The settings panel: one control per schema field, grouped by section, each saying what a change rebuilds.
import type { Problem } from '../../engine/problem';
import { el, clear } from '../ui/el';
import { REBUILD_TEXT, rebuildOf } from '../rebuilds';
import { fieldShape, type Field } from './fields';

export type FieldChange = (path: string, value: unknown) => void;

/** Parameters a distribution starts from when its kind is picked. */
const DISTRIBUTION_TEMPLATES: Record<string, (current: number) => Record<string, unknown>> = {
  fixed: (v) => ({ kind: 'fixed', value: v }),
  uniform: (v) => ({ kind: 'uniform', min: Math.max(0, v - 0.2), max: v + 0.2 }),
  normal: (v) => ({ kind: 'normal', mean: v, sd: 0.1 }),
  beta: () => ({ kind: 'beta', a: 2, b: 2 }),
  lognormal: () => ({ kind: 'lognormal', mu: 0, sigma: 0.5 }),
};

export class ControlPanel {
  private shape = '';
  private inputs = new Map<string, HTMLElement>();
  private open = new Set<string>(['', 'network', 'sharing', 'seeding']);

  constructor(
    private readonly host: HTMLElement,
    private readonly onChange: FieldChange,
  ) {}

  /** Shows the fields: rebuilt when the tree changed shape, otherwise only the values move. */
  render(fields: readonly Field[], overridden: ReadonlySet<string>): void {
    const shape = fieldShape(fields);
    if (shape === this.shape) {
      this.updateValues(fields, overridden);
      return;
    }
    this.shape = shape;
    this.inputs.clear();
    clear(this.host);
    for (const f of fields) this.host.append(this.section(f, overridden));
  }

  /** Marks fields with problems (by path, or the nearest shown ancestor); clears the others. */
  showProblems(problems: readonly Problem[]): void {
    for (const node of this.host.querySelectorAll('.field-problem')) node.remove();
    for (const node of this.host.querySelectorAll('.field[data-invalid]')) node.removeAttribute('data-invalid');
    for (const p of problems) {
      let path = p.path;
      let node = this.inputs.get(path);
      while (!node && path.includes('.')) {
        path = path.slice(0, path.lastIndexOf('.'));
        node = this.inputs.get(path);
      }
      const field = node?.closest('.field') ?? node?.closest('details')?.querySelector('.field');
      if (!field) continue;
      field.setAttribute('data-invalid', '');
      field.append(el('div.field-problem', { role: 'alert', text: p.path ? `${p.path}: ${p.message}` : p.message }));
    }
  }

  private section(f: Field, overridden: ReadonlySet<string>): HTMLElement {
    if (f.type !== 'group') return this.field(f, overridden);
    const details = el('details.section', { 'data-path': f.path });
    details.open = this.open.has(f.path);
    details.addEventListener('toggle', () => (details.open ? this.open.add(f.path) : this.open.delete(f.path)));
    details.append(
      el(
        'summary',
        { title: f.description ?? '' },
        el('span.section-title', { text: f.label }),
        el(`span.rebuild.rebuild-${f.rebuild}`, { title: `Changing these ${REBUILD_TEXT[f.rebuild]}`, text: f.rebuild === 'dynamics' ? 'run' : f.rebuild }),
      ),
    );
    if (f.description) details.append(el('p.section-note', { text: f.description }));
    const body = el('div.section-body');
    for (const c of f.children) body.append(c.type === 'group' ? this.subgroup(c, overridden) : this.field(c, overridden));
    details.append(body);
    return details;
  }

  private subgroup(f: Field & { type: 'group' }, overridden: ReadonlySet<string>): HTMLElement {
    const box = el('fieldset.subgroup', { 'data-path': f.path }, el('legend', { text: f.label, title: f.description ?? '' }));
    for (const c of f.children) box.append(c.type === 'group' ? this.subgroup(c, overridden) : this.field(c, overridden));
    return box;
  }

  private field(f: Field, overridden: ReadonlySet<string>): HTMLElement {
    const wrap = el('div.field', { 'data-path': f.path, title: `${f.description ? `${f.description}\n` : ''}${f.path}: changing it ${REBUILD_TEXT[rebuildOf(f.path)]}` });
    if (overridden.has(f.path)) wrap.setAttribute('data-changed', '');
    const id = `field-${f.path.replace(/\W/g, '-') || 'root'}`;
    // The declared label, its unit beside it (one line: the panel grows no taller), the doc as the help.
    const label = el('label.field-label', { for: id }, f.label, f.unit && f.unit !== f.label ? el('span.field-unit', { text: ` (${f.unit})` }) : null);
    switch (f.type) {
      case 'number': {
        const num = el('input.field-number', { id, type: 'number', step: f.step, min: f.min, max: f.max, value: f.value ?? '', placeholder: 'default', 'data-path': f.path });
        num.addEventListener('change', () => this.commitNumber(f, num.value));
        this.inputs.set(f.path, num);
        if (!f.slider) {
          wrap.append(label, num);
          break;
        }
        const range = el('input.field-range', { type: 'range', min: f.min, max: f.max, step: f.step, value: f.value ?? f.min, 'aria-label': f.label, tabindex: -1 });
        range.addEventListener('input', () => (num.value = range.value));
        range.addEventListener('change', () => this.commitNumber(f, range.value));
        num.addEventListener('input', () => (range.value = num.value));
        const slider = el('div.field-slider', {}, range, num);
        slider.classList.toggle('unset', f.value === undefined);
        num.addEventListener('change', () => slider.classList.remove('unset'));
        range.addEventListener('input', () => slider.classList.remove('unset'));
        wrap.append(label, slider);
        wrap.classList.add('field-wide');
        break;
      }
      case 'boolean': {
        const box = el('input', { id, type: 'checkbox', 'data-path': f.path });
        box.checked = f.value === true;
        box.addEventListener('change', () => this.onChange(f.path, box.checked));
        this.inputs.set(f.path, box);
        wrap.append(label, box);
        break;
      }
      case 'choice': {
        const select = el(
          'select',
          { id, 'data-path': f.path },
          ...(f.value === undefined ? [el('option', { value: '', text: '—' })] : []),
          ...f.options.map((o) => el('option', { value: o, text: o })),
        );
        select.value = f.value ?? '';
        select.addEventListener('change', () => select.value && this.onChange(f.path, select.value));
        this.inputs.set(f.path, select);
        wrap.append(label, select);
        if (f.discriminator) wrap.classList.add('field-variant');
        break;
      }
      case 'text': {
        const input = el('input', { id, type: 'text', value: f.value ?? '', 'data-path': f.path });
        input.addEventListener('change', () => this.onChange(f.path, input.value));
        this.inputs.set(f.path, input);
        wrap.append(label, input);
        break;
      }
      case 'distribution': {
        const kind = el(
          'select.field-kind',
          { 'aria-label': `${f.label}: number or distribution`, 'data-path': `${f.path}#kind` },
          ...f.options.map((o) => el('option', { value: o, text: o === 'number' ? 'one value' : o })),
        );
        kind.value = f.kind;
        kind.addEventListener('change', () => {
          const current = f.kind === 'number' ? Number((f.children[0] as { value?: number }).value ?? 0.5) : 0.5;
          this.onChange(f.path, kind.value === 'number' ? current : (DISTRIBUTION_TEMPLATES[kind.value]?.(current) ?? { kind: kind.value }));
        });
        const box = el('fieldset.subgroup.distribution', { 'data-path': f.path }, el('legend', { text: f.label, title: f.description ?? '' }), kind);
        for (const c of f.children) {
          const child = this.field(c.path === f.path ? { ...c, label: 'value' } : c, overridden);
          box.append(child);
        }
        this.inputs.set(`${f.path}#kind`, kind);
        return box;
      }
      case 'json': {
        const area = el('textarea.field-json', { id, rows: 2, spellcheck: 'false', 'data-path': f.path, placeholder: 'JSON' });
        area.value = f.value === undefined ? '' : JSON.stringify(f.value);
        area.addEventListener('change', () => {
          if (area.value.trim() === '') return;
          try {
            this.onChange(f.path, JSON.parse(area.value));
          } catch (e) {
            this.showProblems([{ path: f.path, message: `not JSON: ${(e as Error).message}` }]);
          }
        });
        this.inputs.set(f.path, area);
        wrap.append(label, area);
        wrap.classList.add('field-wide');
        break;
      }
      case 'group':
        return this.subgroup(f, overridden);
    }
    if (f.description) this.inputs.get(f.path)?.setAttribute('aria-description', f.description);
    return wrap;
  }

  private commitNumber(f: Field & { type: 'number' }, text: string): void {
    if (text.trim() === '') return;
    const v = Number(text);
    if (!Number.isFinite(v)) {
      this.showProblems([{ path: f.path, message: `must be a number (got "${text}")` }]);
      return;
    }
    this.onChange(f.path, v);
  }

  private updateValues(fields: readonly Field[], overridden: ReadonlySet<string>): void {
    const walk = (f: Field) => {
      if (f.type === 'group' || f.type === 'distribution') {
        f.children.forEach(walk);
        return;
      }
      const node = this.inputs.get(f.path);
      if (!node) return;
      node.closest('.field')?.toggleAttribute('data-changed', overridden.has(f.path));
      if (node === document.activeElement) return;
      if (f.type === 'boolean') (node as HTMLInputElement).checked = f.value === true;
      else if (f.type === 'json') (node as HTMLTextAreaElement).value = f.value === undefined ? '' : JSON.stringify(f.value);
      else {
        const text = f.value === undefined ? '' : String(f.value);
        (node as HTMLInputElement).value = text;
        const range = node.parentElement?.querySelector<HTMLInputElement>('.field-range');
        if (range && text !== '') range.value = text;
      }
    };
    fields.forEach(walk);
  }
}
