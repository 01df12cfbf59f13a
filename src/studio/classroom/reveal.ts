// The reveal: the class's cascade tree (who reached whom) and its share rate against friends who had shared, beside the model's.
import type { ClassSummary } from '../../runtime/classroom/summary';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A layered tree: depth across, leaves down in depth-first order, each parent centred on its children. */
export function cascadeTree(tree: readonly [number, number, number][], names: ReadonlyMap<number, string>): SVGSVGElement {
  const children = new Map<number, number[]>();
  const roots: number[] = [];
  for (const [m, p] of tree) {
    if (p < 0 || !tree.some(([x]) => x === p)) roots.push(m);
    else (children.get(p) ?? children.set(p, []).get(p)!).push(m);
  }
  const pos = new Map<number, { x: number; y: number }>();
  let leaf = 0;
  let depthMax = 0;
  const place = (m: number, d: number): number => {
    depthMax = Math.max(depthMax, d);
    const kids = children.get(m) ?? [];
    const y = kids.length === 0 ? leaf++ : kids.map((k) => place(k, d + 1)).reduce((a, b) => a + b, 0) / kids.length;
    pos.set(m, { x: d, y });
    return y;
  };
  for (const r of roots) place(r, 0);
  const W = 640;
  const rowH = 18;
  const H = Math.max(120, (leaf + 1) * rowH);
  const dx = (W - 140) / Math.max(1, depthMax);
  const X = (d: number) => 20 + d * dx;
  const Y = (y: number) => rowH + y * rowH;
  const out = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'The class cascade tree' });
  for (const [m, p] of tree) {
    const a = pos.get(p);
    const b = pos.get(m)!;
    if (a)
      out.append(
        svg('path', {
          d: `M${X(a.x)},${Y(a.y)} C${X(a.x) + dx / 2},${Y(a.y)} ${X(b.x) - dx / 2},${Y(b.y)} ${X(b.x)},${Y(b.y)}`,
          fill: 'none',
          stroke: '#6d7685',
          'stroke-width': 1.2,
        }),
      );
  }
  for (const [m] of tree) {
    const b = pos.get(m)!;
    const name = names.get(m);
    out.append(svg('circle', { cx: X(b.x), cy: Y(b.y), r: name ? 5 : 3, fill: name ? '#ffd166' : '#3fbf7f' }));
    if (name) out.append(svg('text', { x: X(b.x) + 8, y: Y(b.y) + 4, fill: '#ece9e2', 'font-size': 12 }, name));
    else if (b.x === 0) out.append(svg('text', { x: X(0), y: Y(b.y) - 8, fill: '#b3ada0', 'font-size': 11 }, 'start'));
  }
  return out;
}

/** Share rate (0–1) by friends who had shared: the class's points sized by how many decided, the model's curve dashed. */
export function proofCurve(curve: ClassSummary['curve']): SVGSVGElement {
  const W = 520;
  const H = 340;
  const L = 50;
  const B = 40;
  const maxF = Math.max(1, ...curve.map((c) => c.friends));
  const X = (f: number) => L + (f / maxF) * (W - L - 20);
  const Y = (v: number) => H - B - v * (H - B - 44);
  const out = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Share rate against friends who had shared' });
  out.append(svg('line', { x1: L, y1: Y(0), x2: W - 20, y2: Y(0), stroke: '#8a8f99' }), svg('line', { x1: L, y1: Y(0), x2: L, y2: Y(1), stroke: '#8a8f99' }));
  for (const v of [0, 0.5, 1]) out.append(svg('text', { x: L - 8, y: Y(v) + 4, 'text-anchor': 'end', fill: '#b3ada0', 'font-size': 12 }, `${v * 100}%`));
  for (let f = 0; f <= maxF; f++) out.append(svg('text', { x: X(f), y: H - B + 18, 'text-anchor': 'middle', fill: '#b3ada0', 'font-size': 12 }, String(f)));
  out.append(svg('text', { x: (L + W) / 2, y: H - 4, 'text-anchor': 'middle', fill: '#ece9e2', 'font-size': 13 }, 'friends who had shared it'));
  const path = (key: 'rate' | 'model') => curve.map((c, k) => `${k ? 'L' : 'M'}${X(c.friends)},${Y(c[key])}`).join(' ');
  if (curve.length) {
    out.append(svg('path', { d: path('model'), fill: 'none', stroke: '#7fb3ff', 'stroke-width': 2.5, 'stroke-dasharray': '7 5' }));
    out.append(svg('path', { d: path('rate'), fill: 'none', stroke: '#ffd166', 'stroke-width': 2.5 }));
  }
  for (const c of curve) out.append(svg('circle', { cx: X(c.friends), cy: Y(c.rate), r: 3 + Math.sqrt(c.asked) * 1.5, fill: '#ffd166' }, undefined));
  out.append(
    svg('text', { x: L + 10, y: 16, fill: '#ffd166', 'font-size': 13 }, '● the class'),
    svg('text', { x: L + 110, y: 16, fill: '#7fb3ff', 'font-size': 13 }, '- - the model, for the same members'),
  );
  return out;
}

export function renderReveal(host: HTMLElement, s: ClassSummary): void {
  const names = new Map(s.students.map((st) => [st.member, st.nickname]));
  const figure = (caption: string, body: Element) => {
    const f = document.createElement('figure');
    const c = document.createElement('figcaption');
    c.textContent = caption;
    f.append(c, body);
    return f;
  };
  const numbers = document.createElement('p');
  numbers.className = 'numbers';
  const item = s.items[0];
  numbers.textContent = `${s.rounds} rounds. ${s.answered} decisions by students (${s.shared} shares), ${s.byModel} left to the model. ${item ? `${item.title}: reached ${item.reach}, shared by ${item.sharers}, ${item.classShares} of them students.` : ''}`;
  host.replaceChildren(
    numbers,
    ...s.items.map((it) => figure(`Who reached whom: ${it.title}`, cascadeTree(it.tree, names))),
    figure('Did seeing friends share make you share?', proofCurve(s.curve)),
  );
  host.id = 'reveal';
  host.hidden = false;
}
