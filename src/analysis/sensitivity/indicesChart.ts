// An SVG chart of sensitivity indices with their 95% intervals: one panel per metric, inputs ranked
// by total effect (Sobol' ST, or Morris μ*), bars with whiskers. A string, so any host can save or
// show it.

export interface ChartBar {
  label: string;
  /** Drawn as a solid bar (S1, or μ*). */
  main: number;
  mainConf: number;
  /** Drawn as a paler bar behind it (ST), if any. */
  total?: number;
  totalConf?: number;
}

export interface ChartPanel {
  title: string;
  bars: ChartBar[];
}

const W = 640;
const LABEL = 210;
const ROW = 26;
const HEAD = 34;
const FOOT = 28;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toFixed(3));

function panel(p: ChartPanel, top: number, legend: [string, string]): string {
  const bars = [...p.bars].sort((a, b) => (b.total ?? b.main) - (a.total ?? a.main));
  const max = Math.max(1e-12, ...bars.map((b) => Math.max(b.main + b.mainConf, (b.total ?? 0) + (b.totalConf ?? 0))));
  const span = W - LABEL - 60;
  const x = (v: number) => LABEL + (Math.max(0, Math.min(v, max)) / max) * span;
  let out = `<text x="10" y="${top + 20}" font-weight="bold">${esc(p.title)}</text>`;
  out += `<text x="${W - 10}" y="${top + 20}" text-anchor="end" font-size="11"><tspan fill="#2b6cb0">■ ${legend[0]}</tspan>${legend[1] ? ` <tspan fill="#a3c4e8">■ ${legend[1]}</tspan>` : ''}  whiskers: 95% interval</text>`;
  bars.forEach((b, i) => {
    const y = top + HEAD + i * ROW;
    out += `<text x="${LABEL - 8}" y="${y + 15}" text-anchor="end" font-size="12">${esc(b.label)}</text>`;
    if (b.total !== undefined) {
      out += `<rect x="${LABEL}" y="${y + 3}" width="${(x(b.total) - LABEL).toFixed(1)}" height="18" fill="#a3c4e8"/>`;
      out += whisker(x(b.total - (b.totalConf ?? 0)), x(b.total + (b.totalConf ?? 0)), y + 8, '#5a7fa8');
    }
    out += `<rect x="${LABEL}" y="${y + 8}" width="${(x(b.main) - LABEL).toFixed(1)}" height="8" fill="#2b6cb0"/>`;
    out += whisker(x(b.main - b.mainConf), x(b.main + b.mainConf), y + 12, '#1a365d');
    const shown = b.total !== undefined ? `${fmt(b.main)} / ${fmt(b.total)}` : fmt(b.main);
    out += `<text x="${W - 10}" y="${y + 15}" text-anchor="end" font-size="11">${shown}</text>`;
  });
  const axisY = top + HEAD + bars.length * ROW + 4;
  out += `<line x1="${LABEL}" y1="${axisY}" x2="${LABEL + span}" y2="${axisY}" stroke="#888"/>`;
  for (const t of [0, 0.5, 1]) out += `<text x="${(LABEL + t * span).toFixed(1)}" y="${axisY + 14}" text-anchor="middle" font-size="10">${fmt(t * max)}</text>`;
  return out;
}

function whisker(x1: number, x2: number, y: number, color: string): string {
  return `<path d="M${x1.toFixed(1)} ${y}h${(x2 - x1).toFixed(1)}M${x1.toFixed(1)} ${y - 4}v8M${x2.toFixed(1)} ${y - 4}v8" stroke="${color}" fill="none"/>`;
}

/** The chart; `legend` names the solid and the pale bar (e.g. ['S1', 'ST'] or ['μ*', '']). */
export function indicesChart(panels: readonly ChartPanel[], legend: [string, string]): string {
  let body = '';
  let top = 0;
  for (const p of panels) {
    body += panel(p, top, legend);
    top += HEAD + p.bars.length * ROW + FOOT;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${top}" viewBox="0 0 ${W} ${top}" font-family="sans-serif"><rect width="100%" height="100%" fill="white"/>${body}</svg>\n`;
}
