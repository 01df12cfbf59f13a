// A small line chart as SVG text: one markup for the lesson panel (inline) and the printed summary (as an image).

export interface ChartLine {
  label: string;
  color: string;
  /** (x, y) points; null y breaks the line. */
  points: readonly (readonly [number, number | null])[];
  dashed?: boolean;
  /** Draw a dot at every point (short curves read better with them). */
  dots?: boolean;
}

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
}

export const DARK: ChartTheme = { text: '#d8e0ea', muted: '#9aa7b8', grid: 'rgba(154,167,184,0.18)', background: 'transparent' };
export const LIGHT: ChartTheme = { text: '#1c2430', muted: '#5a6675', grid: 'rgba(60,70,85,0.18)', background: '#ffffff' };

export interface LineChartSpec {
  lines: readonly ChartLine[];
  width: number;
  height: number;
  xLabel: string;
  /** The y axis starts here (0 unless given) and reaches at least yMax. */
  yMin?: number;
  yMax?: number;
  yFormat?: (v: number) => string;
  /** Whole-number x ticks only (ticks, distances). */
  integerX?: boolean;
  theme?: ChartTheme;
  /** Font size of labels, in the chart's own pixels. */
  font?: number;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Round steps (1, 2, 5 × 10^k) giving about `count` ticks, from at or below lo to at or above hi. */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  // From the last round value at or below lo to the first at or above hi, so the ticks span the data.
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  for (let k = first; k <= last; k++) out.push(Number((k * step).toPrecision(12)));
  return out;
}

const fmt = (v: number) => (Math.abs(v) >= 1000 ? v.toLocaleString('en', { maximumFractionDigits: 0 }) : String(Number(v.toPrecision(3))));

/** The chart as an `<svg>` element's markup, with its legend on top; the same string on screen and on paper. */
export function lineChart(spec: LineChartSpec): string {
  const theme = spec.theme ?? DARK;
  const font = spec.font ?? 13;
  const { width, height } = spec;
  const xs = spec.lines.flatMap((l) => l.points.map((p) => p[0]));
  const ys = spec.lines.flatMap((l) => l.points.map((p) => p[1]).filter((y): y is number => y !== null && Number.isFinite(y)));
  const x0 = xs.length ? Math.min(...xs) : 0;
  const x1 = Math.max(x0 + 1, ...xs);
  const legendRows = legendLayout(spec.lines, width, font);
  const top = legendRows.height + font * 0.6;
  const right = 10;
  const bottom = font * 2.9;
  // As many y ticks as the plot's height has room for, each label two lines of text apart.
  const room = Math.max(2, Math.min(5, Math.floor((height - top - bottom) / (font * 2))));
  const yLo = Math.min(spec.yMin ?? 0, ...ys);
  const yTicks = niceTicks(yLo, Math.max(spec.yMax ?? 0, yLo + 1e-9, ...ys), room);
  const y0 = yTicks[0];
  const y1 = Math.max(yTicks[yTicks.length - 1], y0 + 1e-9);
  const yFormat = spec.yFormat ?? fmt;
  const left = Math.max(...yTicks.map((t) => yFormat(t).length)) * font * 0.62 + 10;
  const px = (x: number) => left + ((x - x0) / (x1 - x0)) * (width - left - right);
  const py = (y: number) => top + (1 - (y - y0) / (y1 - y0)) * (height - top - bottom);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="${font}">`,
  );
  if (theme.background !== 'transparent') parts.push(`<rect width="${width}" height="${height}" fill="${theme.background}"/>`);
  for (const t of yTicks) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${py(t).toFixed(1)}" y2="${py(t).toFixed(1)}" stroke="${theme.grid}"/>`);
    parts.push(`<text x="${left - 6}" y="${(py(t) + font * 0.35).toFixed(1)}" text-anchor="end" fill="${theme.muted}">${escapeXml(yFormat(t))}</text>`);
  }
  const xTicks = niceTicks(x0, x1, 5).filter((t) => t >= x0 && t <= x1 && (!spec.integerX || Number.isInteger(t)));
  for (const t of xTicks) parts.push(`<text x="${px(t).toFixed(1)}" y="${(height - bottom + font * 1.3).toFixed(1)}" text-anchor="middle" fill="${theme.muted}">${fmt(t)}</text>`);
  parts.push(
    `<text x="${((left + width - right) / 2).toFixed(1)}" y="${(height - font * 0.35).toFixed(1)}" text-anchor="middle" fill="${theme.muted}">${escapeXml(spec.xLabel)}</text>`,
  );
  for (const line of spec.lines) {
    const d: string[] = [];
    let pen = false;
    for (const [x, y] of line.points) {
      if (y === null || !Number.isFinite(y)) {
        pen = false;
        continue;
      }
      d.push(`${pen ? 'L' : 'M'}${px(x).toFixed(1)} ${py(y).toFixed(1)}`);
      pen = true;
    }
    if (d.length)
      parts.push(`<path d="${d.join('')}" fill="none" stroke="${line.color}" stroke-width="2.5" stroke-linejoin="round"${line.dashed ? ' stroke-dasharray="7 5"' : ''}/>`);
    if (line.dots)
      for (const [x, y] of line.points)
        if (y !== null && Number.isFinite(y)) parts.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3.5" fill="${line.color}"/>`);
  }
  for (const item of legendRows.items) {
    parts.push(
      `<line x1="${item.x}" x2="${item.x + 22}" y1="${item.y - font * 0.35}" y2="${item.y - font * 0.35}" stroke="${item.line.color}" stroke-width="3"${item.line.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    parts.push(`<text x="${item.x + 28}" y="${item.y}" fill="${theme.text}">${escapeXml(item.line.label)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Legend entries laid left to right, wrapping at the chart's width (text width estimated from the font size). */
function legendLayout(lines: readonly ChartLine[], width: number, font: number): { items: { line: ChartLine; x: number; y: number }[]; height: number } {
  const items: { line: ChartLine; x: number; y: number }[] = [];
  let x = 4;
  let row = 0;
  for (const line of lines) {
    const w = 28 + line.label.length * font * 0.56 + 16;
    if (x > 4 && x + w > width) {
      x = 4;
      row++;
    }
    items.push({ line, x, y: font * (1.05 + row * 1.45) });
    x += w;
  }
  return { items, height: lines.length ? font * (1.05 + row * 1.45) : 0 };
}

/** The markup as an image address, for an `<img>` (the printed summary). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
