// The student page: join with the code and a nickname, then each round decide on what reached you; reconnects keep your seat.
import type { Prompt, ServerMessage } from '../runtime/classroom/protocol';

const app = document.getElementById('app')!;
const codeFromUrl = decodeURIComponent(location.hash.replace(/^#/, '')).toUpperCase();
/** The seat's token lives in this tab (it survives a reload or a dropped connection; two tabs are two students). */
const storeKey = (code: string) => `murmur-classroom:${code}`;

interface State {
  code: string;
  token?: string;
  member?: number;
  /** This student's line of the end summary. */
  mine?: { asked: number; shared: number; byModel: number };
  nickname?: string;
  round: number;
  prompts: Prompt[];
  answered: Map<number, boolean>;
  deadline: number;
  ended: boolean;
  started: boolean;
}

const state: State = { code: codeFromUrl, round: 0, prompts: [], answered: new Map(), deadline: 0, ended: false, started: false };
state.token = state.code ? (sessionStorage.getItem(storeKey(state.code)) ?? undefined) : undefined;

let ws: WebSocket | undefined;
let pendingJoin: { code: string; nickname: string } | undefined;
let retries = 0;
let ticker: number | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function connect(): void {
  ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
  ws.onopen = () => {
    retries = 0;
    if (state.token) ws!.send(JSON.stringify({ t: 'rejoin', token: state.token }));
    else if (pendingJoin) ws!.send(JSON.stringify({ t: 'join', ...pendingJoin }));
  };
  ws.onmessage = (e) => receive(JSON.parse(String(e.data)) as ServerMessage);
  ws.onclose = () => {
    ws = undefined;
    // Phones drop connections (a locked screen, a tunnel): come back to the same seat.
    if (!state.ended && (state.token || pendingJoin) && retries < 30) window.setTimeout(connect, Math.min(5000, 500 * ++retries));
  };
}

function send(v: unknown): void {
  if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(v));
}

function receive(m: ServerMessage): void {
  if (m.t === 'welcome') {
    state.token = m.token;
    state.member = m.member;
    state.nickname = m.nickname;
    pendingJoin = undefined;
    sessionStorage.setItem(storeKey(state.code), m.token);
    render();
  } else if (m.t === 'refused') {
    if (state.token) {
      sessionStorage.removeItem(storeKey(state.code));
      state.token = undefined;
    }
    pendingJoin = undefined;
    showJoin(m.reason);
  } else if (m.t === 'round') {
    if (m.round !== state.round) state.answered = new Map();
    state.started = true;
    state.round = m.round;
    state.prompts = m.prompts;
    for (const i of m.answered) if (!state.answered.has(i)) state.answered.set(i, true);
    state.deadline = performance.now() + m.msLeft;
    render();
  } else if (m.t === 'ack') {
    if (m.round === state.round) state.answered.set(m.item, m.share);
    render();
  } else if (m.t === 'wait') {
    if (m.round > 0) state.started = true;
    state.prompts = state.round === m.round ? state.prompts.filter((p) => state.answered.has(p.item)) : [];
    state.round = m.round;
    state.deadline = 0;
    render(m.phase === 'paused' ? 'The teacher paused the game.' : undefined);
  } else if (m.t === 'end') {
    state.ended = true;
    state.mine = (m.summary as { students?: { member: number; asked: number; shared: number; byModel: number }[] }).students?.find((st) => st.member === state.member);
    render();
  }
}

function showJoin(error = ''): void {
  window.clearInterval(ticker);
  const code = el('input', { id: 'code', name: 'code', autocomplete: 'off', autocapitalize: 'characters', maxlength: '8', required: '' });
  code.value = state.code;
  const nick = el('input', { id: 'nickname', name: 'nickname', autocomplete: 'nickname', maxlength: '24', required: '' });
  const form = el(
    'form',
    { id: 'join', class: 'card' },
    el('h1', {}, 'Join the class'),
    el('label', {}, 'Code', code),
    el('label', {}, 'Nickname', nick),
    el('button', { id: 'joinButton', type: 'submit', class: 'big' }, 'Join'),
    el('p', { id: 'joinError', class: 'error', role: 'alert' }, error),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state.code = code.value.replace(/\s+/g, '').toUpperCase();
    pendingJoin = { code: state.code, nickname: nick.value };
    if (ws?.readyState === WebSocket.OPEN) send({ t: 'join', ...pendingJoin });
    else if (!ws) connect();
  });
  app.replaceChildren(form);
  (state.code ? nick : code).focus();
}

function promptCard(p: Prompt): HTMLElement {
  const friends = p.friendsShared === 0 ? `None of your ${p.friends} friends shared it yet` : `${p.friendsShared} of your ${p.friends} friends shared it`;
  const publicLine = p.public ? 'Public: your friends will see that you shared it' : 'Private: nobody will see whether you share it';
  const left = el('div', { class: 'countdown', id: 'countdown' });
  const share = el('button', { class: 'big share', type: 'button', id: 'share' }, 'Share');
  const pass = el('button', { class: 'big pass', type: 'button', id: 'pass' }, 'Pass');
  const decide = (yes: boolean) => {
    share.disabled = pass.disabled = true;
    send({ t: 'decide', round: state.round, item: p.item, share: yes });
  };
  share.onclick = () => decide(true);
  pass.onclick = () => decide(false);
  return el(
    'section',
    { class: 'card prompt', 'data-item': String(p.item) },
    el('div', { class: 'who' }, el('span', {}, `Round ${state.round}`), el('span', {}, `from ${p.from}`)),
    el('p', { class: 'title' }, p.title),
    el('ul', { class: 'cues' }, ...(p.cues.length ? p.cues : ['Nothing special about it']).map((c) => el('li', {}, c))),
    el('p', { class: 'proof' }, friends),
    el('p', { class: p.public ? 'public' : 'public private' }, publicLine),
    left,
    el('div', { class: 'row' }, share, pass),
  );
}

function render(note?: string): void {
  window.clearInterval(ticker);
  const header = el('div', { class: 'who' }, el('span', {}, state.nickname ?? ''), el('span', {}, state.round > 0 ? `Round ${state.round}` : ''));
  if (state.ended) {
    const m = state.mine;
    const yours =
      m && m.asked > 0
        ? `It reached you ${m.asked} ${m.asked === 1 ? 'time' : 'times'}: you shared ${m.shared}${m.byModel ? `, and the model decided ${m.byModel} for you` : ''}.`
        : 'Nothing reached you this time.';
    app.replaceChildren(
      header,
      el(
        'div',
        { class: 'card done', id: 'ended' },
        el('h1', {}, 'That is the end'),
        el('p', {}, yours),
        el('p', {}, 'Look at the big screen: this is the cascade your class made.'),
      ),
    );
    return;
  }
  const open = state.prompts.find((p) => !state.answered.has(p.item));
  if (open && state.deadline > performance.now()) {
    app.replaceChildren(header, promptCard(open));
    const tick = () => {
      const s = Math.max(0, Math.ceil((state.deadline - performance.now()) / 1000));
      const c = document.getElementById('countdown');
      if (c) {
        c.textContent = s > 0 ? `${s} s left` : 'Time is up: the model decides for you';
        c.classList.toggle('low', s <= 5);
      }
    };
    tick();
    ticker = window.setInterval(tick, 250);
    return;
  }
  let text: string;
  if (!state.started) text = `You are in, ${state.nickname}. Wait for the teacher to start.`;
  else if (state.prompts.length === 0) text = 'Nothing reached you yet.';
  else {
    const last = state.prompts.map((p) => state.answered.get(p.item));
    text = last.every((v) => v === undefined)
      ? 'Time ran out: the model decided for you.'
      : last.some((v) => v === true)
        ? 'You shared it. Wait for the next round.'
        : 'You passed. Wait for the next round.';
  }
  app.replaceChildren(header, el('p', { class: 'quiet', id: 'status' }, text), ...(note ? [el('p', { class: 'quiet' }, note)] : []));
}

if (state.token) {
  app.replaceChildren(el('p', { class: 'quiet' }, 'Reconnecting…'));
  connect();
} else showJoin();
