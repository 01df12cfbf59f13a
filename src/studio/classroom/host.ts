// The host view: join screen with code, URL and QR code; students appearing; Start, Pause, Next round; the live network; the reveal.
import QRCode from 'qrcode';
import type { HostGraph, HostState, ServerMessage } from '../../runtime/classroom/protocol';
import type { ClassSummary } from '../../runtime/classroom/summary';
import { drawNetwork } from './hostCanvas';
import { renderReveal } from './reveal';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const token = location.hash.replace(/^#/, '');
let graph: HostGraph | undefined;
let state: HostState | undefined;
let ws: WebSocket | undefined;
let ended = false;
let retries = 0;

function connect(): void {
  ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
  ws.onopen = () => {
    retries = 0;
    ws!.send(JSON.stringify({ t: 'host', token }));
  };
  ws.onmessage = (e) => receive(JSON.parse(String(e.data)) as ServerMessage);
  ws.onclose = () => {
    if (!ended && retries < 30) window.setTimeout(connect, Math.min(5000, 500 * ++retries));
    else if (!ended) $('status').textContent = 'Disconnected from the session';
  };
}

function receive(m: ServerMessage): void {
  if (m.t === 'refused') {
    ended = true;
    $('status').textContent = `Refused: ${m.reason}. Open the host address the server printed.`;
  } else if (m.t === 'hostWelcome') {
    graph = m.graph;
    $('code').textContent = m.code;
    $('joinUrl').textContent = m.join.replace(/#.*$/, '');
    void QRCode.toCanvas($<HTMLCanvasElement>('qr'), m.join, { width: 260, margin: 1 });
    draw();
  } else if (m.t === 'state') {
    state = m.state;
    showState();
  } else if (m.t === 'end') {
    ended = true;
    renderReveal($('reveal'), m.summary as ClassSummary);
    showState();
  }
}

function draw(): void {
  if (graph) drawNetwork($<HTMLCanvasElement>('network'), graph, state);
}

function showState(): void {
  if (!state) return;
  const s = state;
  const phase = { lobby: 'Waiting for students', asking: 'Round open', between: 'Between rounds', paused: 'Paused', ended: 'The end' }[s.phase];
  $('status').textContent =
    `${phase} · round ${s.round} of at most ${s.lastRound}${s.phase === 'asking' ? ` · ${s.answered} of ${s.asked} answered` : ''}${s.dropped ? ` · ${s.dropped} bad messages dropped` : ''}`;
  $('count').textContent = `(${s.students.length}, ${s.seatsLeft} seats left)`;
  $('students').replaceChildren(
    ...s.students.map((st) => {
      const li = document.createElement('li');
      li.textContent = st.nickname;
      if (!st.online) li.className = 'offline';
      return li;
    }),
  );
  $('joinScreen').hidden = s.phase !== 'lobby';
  $<HTMLButtonElement>('start').disabled = s.phase === 'ended' || s.phase === 'asking' || s.phase === 'between';
  $<HTMLButtonElement>('pause').disabled = s.phase === 'ended' || s.phase === 'lobby' || s.phase === 'paused';
  $<HTMLButtonElement>('next').disabled = s.phase === 'ended';
  $<HTMLButtonElement>('end').disabled = s.phase === 'ended';
  document.body.dataset.phase = s.phase;
  document.body.dataset.round = String(s.round);
  draw();
}

for (const action of ['start', 'pause', 'next', 'end'] as const) {
  $(action).addEventListener('click', () => ws?.send(JSON.stringify({ t: 'control', action: action })));
}
window.addEventListener('resize', draw);
if (!token) $('status').textContent = 'This page needs the host address the server printed (it ends in #…).';
else connect();
