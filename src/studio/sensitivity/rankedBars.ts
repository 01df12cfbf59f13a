// The screening's result as the panel shows it: inputs ranked by μ*, a bar each with its 95%
// interval, each a button that sweeps that input alone; and the sweep's small line chart.
import type { MorrisIndices } from '../../analysis/sensitivity/morris';
import { el } from '../ui/el';
import { measureLabel, measureTitle } from '../charts/measureWords';
import type { ScreenInput, SweepPoint } from './screening';

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

export function rankedBars(inputs: readonly ScreenInput[], ix: MorrisIndices, onPick: (input: ScreenInput) => void): HTMLElement {
  const order = inputs.map((_, j) => j).sort((a, b) => ix.muStar[b] - ix.muStar[a]);
  const max = Math.max(1e-12, ...inputs.map((_, j) => ix.muStar[j] + ix.muStarConf[j]));
  const pct = (v: number) => `${(100 * Math.max(0, Math.min(v, max))) / max}%`;
  return el(
    'ol.matters-bars',
    { 'aria-label': 'Inputs ranked by μ*' },
    ...order.map((j) =>
      el(
        'li',
        { 'data-input': inputs[j].path },
        el(
          'button.matters-bar',
          { title: `Sweep ${inputs[j].label} alone (μ = ${fmt(ix.mu[j])}, σ = ${fmt(ix.sigma[j])})`, onclick: () => onPick(inputs[j]) },
          el('span.matters-label', { text: inputs[j].label }),
          el(
            'span.matters-track',
            {},
            el('span.matters-fill', { style: `width:${pct(ix.muStar[j])}` }),
            el('span.matters-whisker', {
              style: `left:${pct(ix.muStar[j] - ix.muStarConf[j])};width:calc(${pct(ix.muStar[j] + ix.muStarConf[j])} - ${pct(ix.muStar[j] - ix.muStarConf[j])})`,
            }),
          ),
          el('span.matters-value', { text: `${fmt(ix.muStar[j])} ± ${fmt(ix.muStarConf[j])}` }),
        ),
      ),
    ),
  );
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  return n;
}

/** The metric's seed mean against the input's value, the seeds' range as a band of whiskers. */
export function sweepChart(input: ScreenInput, metric: string, points: readonly SweepPoint[]): HTMLElement {
  const name = measureLabel(metric);
  const W = 300;
  const H = 140;
  const pad = { l: 40, r: 8, t: 8, b: 26 };
  const lo = Math.min(...points.map((p) => p.min));
  const hi = Math.max(...points.map((p) => p.max), lo + 1e-9);
  const x = (v: number) => pad.l + ((v - input.lo) / (input.hi - input.lo || 1)) * (W - pad.l - pad.r);
  const y = (v: number) => H - pad.b - ((v - lo) / (hi - lo)) * (H - pad.t - pad.b);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': `${name} against ${input.label}` });
  for (const p of points) root.append(svg('line', { x1: x(p.value), x2: x(p.value), y1: y(p.min), y2: y(p.max), stroke: '#3b4a5e' }));
  root.append(svg('polyline', { points: points.map((p) => `${x(p.value).toFixed(1)},${y(p.mean).toFixed(1)}`).join(' '), fill: 'none', stroke: '#56b4e9', 'stroke-width': 2 }));
  for (const p of points) root.append(svg('circle', { cx: x(p.value), cy: y(p.mean), r: 3, fill: '#56b4e9' }));
  const label = (text: string, attrs: Record<string, string | number>) => {
    const t = svg('text', { 'font-size': 10, fill: '#8e9bad', ...attrs });
    t.textContent = text;
    root.append(t);
  };
  label(fmt(input.lo), { x: pad.l, y: H - 8 });
  label(fmt(input.hi), { x: W - pad.r, y: H - 8, 'text-anchor': 'end' });
  label(fmt(hi), { x: pad.l - 4, y: pad.t + 8, 'text-anchor': 'end' });
  label(fmt(lo), { x: pad.l - 4, y: H - pad.b, 'text-anchor': 'end' });
  return el(
    'figure.matters-sweep',
    {},
    root,
    el('figcaption', { title: measureTitle(metric), text: `${name} (mean and range over the seeds) as ${input.label} alone goes from ${fmt(input.lo)} to ${fmt(input.hi)}` }),
  );
}
