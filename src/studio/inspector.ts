// Hover shows a member; a click highlights its cascade (path back to the seed, and what it set off) or seeds there.
import type { Studio, PaneId } from './studio';
import type { MemberInfo } from '../runtime/memberInfo';
import { STATE_LABELS } from './view/palette';
import { memberStateOf } from './run/displayStates';
import { el, clear, formatNumber } from './ui/el';

export function describeMember(m: MemberInfo, community: boolean, itemNames: readonly string[] = []): { title: string; lines: string[]; values: [string, string][] } {
  const lines: string[] = [];
  const facts = [`${formatNumber(m.degree)} ties`];
  if (community) facts.push(`circle ${m.community + 1}`);
  if (m.seed) facts.push('seed');
  lines.push(facts.join(' · '));
  m.items.forEach((it, k) => {
    const item = m.items.length > 1 ? `${itemNames[k] ?? `item ${k + 1}`}${it.valence < 0 ? ' (complaint)' : ''}: ` : '';
    if (it.adoptedAt >= 0) lines.push(`${item}shared at tick ${it.adoptedAt}${from(it.parent, it.hop, m.organizer)}`);
    else if (it.seenAt >= 0) lines.push(`${item}saw it at tick ${it.seenAt}, has not shared`);
  });
  if (m.driver) lines.push(`tipped by ${m.driver}`);
  const values: [string, string][] = Object.entries(m.values).map(([k, v]) => [
    k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(),
    Array.isArray(v) ? v.map((x) => formatNumber(x, 2)).join(' · ') : formatNumber(v, 3),
  ]);
  return { title: `Member ${formatNumber(m.id)} — ${STATE_LABELS[memberStateOf(m.items)]}`, lines, values };
}

/** Where a member's share came from: a member (and how far from the root), the organizer, or nobody (a seed). */
function from(parent: number, hop: number, organizer: number): string {
  if (parent < 0) return ' as a seed';
  if (parent === organizer) return ' from the organizer';
  return ` from member ${formatNumber(parent)}, ${hop} hop${hop === 1 ? '' : 's'} from ${organizer < 0 ? 'its seed' : 'where its cascade began'}`;
}

function card(info: ReturnType<typeof describeMember>): HTMLElement[] {
  const out: HTMLElement[] = [el('strong', { text: info.title })];
  for (const l of info.lines) out.push(el('div', { text: l }));
  if (info.values.length) out.push(el('dl.values', {}, ...info.values.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])));
  return out;
}

/** The content items' ids, in the order of the run's cascade records, when the scenario names them. */
function itemNames(studio: Studio, pane: PaneId): string[] {
  const scenario = (pane === 'B' ? studio.resolvedB : studio.resolved) as { content?: { items?: { id?: string }[] } } | null;
  return (scenario?.content?.items ?? []).map((it, k) => it.id ?? `item ${k + 1}`);
}

export function attachInspector(studio: Studio): void {
  const { tooltip, selection } = studio.shell;
  let pending = 0;
  let shown = -1;
  studio.hooks.hover = (pane: PaneId, member: number, x: number, y: number) => {
    const ticket = ++pending;
    if (member < 0) {
      tooltip.hidden = true;
      shown = -1;
      return;
    }
    tooltip.style.left = `${x + 14}px`;
    tooltip.style.top = `${y + 14}px`;
    if (member === shown && !tooltip.hidden) return;
    void studio.model
      .call((api) => api.sessionMember(pane, member))
      .then((m) => {
        if (ticket !== pending || !m) return;
        shown = member;
        clear(tooltip);
        tooltip.append(...card(describeMember(m, (studio.panes[pane]?.created?.communities ?? 1) > 1, itemNames(studio, pane))));
        if (studio.seedMode) tooltip.append(el('div.hint', { text: 'click: seed here · shift-click: add a seed' }));
        tooltip.hidden = false;
      })
      .catch(() => {});
  };
  studio.hooks.click = (pane: PaneId, member: number, _x: number, _y: number) => {
    const view = studio.panes[pane]?.maybeView;
    if (!view) return;
    if (studio.seedMode && member >= 0) {
      void studio.seedAt(member, lastShift);
      return;
    }
    if (member < 0) {
      view.setHighlight(null);
      clear(selection);
      return;
    }
    void Promise.all([studio.model.call((api) => api.sessionCascade(pane, member)), studio.model.call((api) => api.sessionMember(pane, member))])
      .then(([c, m]) => {
        view.setHighlight(c.item >= 0 ? { path: c.path, below: c.below } : { path: Int32Array.of(member), below: new Int32Array(0) });
        clear(selection);
        if (!m) return;
        const info = describeMember(m, (studio.panes[pane]?.created?.communities ?? 1) > 1, itemNames(studio, pane));
        const cascade =
          c.item >= 0
            ? [
                `Path back to its seed: ${c.path.length - 1} hop${c.path.length === 2 ? '' : 's'} (purple).`,
                `It set off ${formatNumber(c.below.length / 2)} share${c.below.length === 2 ? '' : 's'} below it (green).`,
              ]
            : ['Not part of a cascade yet.'];
        selection.append(
          el('h2', { text: `Selected in run ${pane}` }),
          ...card(info),
          ...cascade.map((t) => el('p.cascade-note', { text: t })),
          el('button.button.small', { text: 'Clear', onclick: () => (view.setHighlight(null), clear(selection)) }),
        );
      })
      .catch(() => {});
  };
  let lastShift = false;
  window.addEventListener('pointerdown', (e) => (lastShift = e.shiftKey), true);
}
