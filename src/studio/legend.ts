// The legend in a canvas corner: what each colour means and how many members show it now.
import { COLORS, STATE_COLORS, STATE_HINTS, STATE_LABELS } from './view/palette';
import { el, clear, formatNumber } from './ui/el';

export function renderLegend(host: HTMLElement, counts: ArrayLike<number>, ties: { drawn: number; total: number; made: number }, n: number): void {
  if (!host.firstChild) build(host);
  STATE_LABELS.forEach((_, s) => {
    const out = host.querySelector<HTMLElement>(`[data-state="${s}"] .legend-count`);
    if (out) out.textContent = formatNumber(counts[s] ?? 0);
  });
  const tieNote = host.querySelector<HTMLElement>('[data-role="ties"]');
  if (tieNote) {
    tieNote.textContent =
      ties.drawn < ties.total
        ? `${formatNumber(n)} members · ${formatNumber(ties.drawn)} of ${formatNumber(ties.total)} ties drawn`
        : `${formatNumber(n)} members · ${formatNumber(ties.total)} ties`;
  }
  // Ties made during the run (an organizer's introductions) have a key of their own while any stand.
  const made = host.querySelector<HTMLElement>('[data-role="made-ties"]');
  if (made) {
    made.hidden = ties.made === 0;
    made.querySelector('.legend-count')!.textContent = formatNumber(ties.made);
  }
}

function build(host: HTMLElement): void {
  clear(host);
  const list = el('ul.legend-states');
  STATE_LABELS.forEach((label, s) => {
    list.append(
      el(
        'li',
        { 'data-state': s, title: STATE_HINTS[s] },
        el('span.swatch', { style: `background:${STATE_COLORS[s]}` }),
        el('span.legend-label', { text: label }),
        el('span.legend-count', { text: '0' }),
      ),
    );
  });
  host.append(
    list,
    el('div.legend-keys', {}, el('span.key-ring', { text: 'ring = seed' }), el('span.key-pulse', { text: 'moving dot = a share' }), el('span', { text: 'faint tie = weak' })),
    el('div.legend-ties', { 'data-role': 'ties' }),
    el(
      'div.legend-made',
      { 'data-role': 'made-ties', hidden: true, title: 'ties between members made during the run (introductions), not yet faded' },
      el('span.swatch-line', { style: `background:${COLORS.madeTie}` }),
      el('span.legend-label', { text: 'ties made in the run' }),
      el('span.legend-count', { text: '0' }),
    ),
  );
}
