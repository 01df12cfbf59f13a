// The calibration chart as a standalone SVG string (the CLI writes it, a page can show it): the posterior predictive band and median, the observed points over them.
import type { BandRow } from './predictiveBand';
import type { ObservedCurve } from './curveDistance';

const W = 720;
const H = 400;
const M = { left: 64, right: 20, top: 48, bottom: 44 };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Round steps of 1, 2 or 5 × 10^k giving about `count` ticks over [0, max]. */
function ticksFor(max: number, count: number): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** `band` covers ticks 0..end; ticks after the last observed day are the forecast (shaded lighter, after a dashed line). */
export function bandChart(band: readonly BandRow[], observed: ObservedCurve, o: { title: string; metric: string; level: number }): string {
  const rows = band.filter((r) => Number.isFinite(r.low) && Number.isFinite(r.high));
  const lastTick = band.length ? band[band.length - 1].tick : 0;
  const yMax = Math.max(1, ...rows.map((r) => r.high), ...observed.counts) * 1.05;
  const x = (t: number) => M.left + (t / Math.max(1, lastTick)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);
  const f = (v: number) => v.toFixed(1);
  const lastDay = observed.days[observed.days.length - 1];
  const area = (part: readonly BandRow[]) =>
    part.length
      ? `M${part.map((r) => `${f(x(r.tick))},${f(y(r.high))}`).join('L')}L${[...part]
          .reverse()
          .map((r) => `${f(x(r.tick))},${f(y(r.low))}`)
          .join('L')}Z`
      : '';
  const fitted = rows.filter((r) => r.tick <= lastDay);
  const ahead = rows.filter((r) => r.tick >= lastDay);
  const median = rows.length ? `M${rows.map((r) => `${f(x(r.tick))},${f(y(r.median))}`).join('L')}` : '';
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  parts.push(`<text x="${M.left}" y="18" font-size="14">${esc(o.title)}</text>`);
  for (const v of ticksFor(yMax, 5)) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${M.left - 6}" y="${f(y(v) + 4)}" text-anchor="end">${v}</text>`);
  }
  for (const t of ticksFor(lastTick, 8)) parts.push(`<text x="${f(x(t))}" y="${H - M.bottom + 16}" text-anchor="middle">${t}</text>`);
  parts.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 8}" text-anchor="middle">day (tick)</text>`);
  parts.push(`<text transform="translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(o.metric)}</text>`);
  parts.push(`<path d="${area(fitted)}" fill="#4e79a7" fill-opacity="0.35"/>`);
  parts.push(`<path d="${area(ahead)}" fill="#4e79a7" fill-opacity="0.18"/>`);
  parts.push(`<path d="${median}" fill="none" stroke="#2b5d8a" stroke-width="1.5"/>`);
  if (lastTick > lastDay)
    parts.push(
      `<line x1="${f(x(lastDay))}" x2="${f(x(lastDay))}" y1="${M.top}" y2="${H - M.bottom}" stroke="#888" stroke-dasharray="4 3"/><text x="${f(x(lastDay) + 4)}" y="${M.top + 12}" fill="#555">forecast</text>`,
    );
  for (let i = 0; i < observed.days.length; i++) parts.push(`<circle cx="${f(x(observed.days[i]))}" cy="${f(y(observed.counts[i]))}" r="3" fill="#e15759"/>`);
  const pct = Math.round(o.level * 100);
  parts.push(`<text x="${M.left}" y="36" font-size="11" fill="#555">band: central ${pct}% of the posterior predictive; line: median; dots: observed</text>`);
  parts.push(
    `<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}" stroke="#333"/><line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#333"/>`,
  );
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
