// The live network on the host's screen: members on a circle by id, ties, who was reached and who shared, students named.
import type { HostGraph, HostState } from '../../runtime/classroom/protocol';

const STATUS_COLOURS = ['#4a4f5a', '#e0a43a', '#3fbf7f'];

/** Redraws the whole picture; a classroom network has at most a few hundred members. */
export function drawNetwork(canvas: HTMLCanvasElement, graph: HostGraph, state: HostState | undefined): void {
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
  }
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  const n = graph.n;
  const cx = w / 2;
  const cy = h / 2;
  const r = Math.max(40, Math.min(w, h) / 2 - 70);
  const at = (i: number): [number, number] => [cx + r * Math.cos((2 * Math.PI * i) / n - Math.PI / 2), cy + r * Math.sin((2 * Math.PI * i) / n - Math.PI / 2)];
  const line = (pairs: readonly number[], colour: string, width: number) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.beginPath();
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      const [x1, y1] = at(pairs[k]);
      const [x2, y2] = at(pairs[k + 1]);
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.stroke();
  };
  line(graph.ties, 'rgba(160, 170, 190, 0.22)', 1);
  if (state) line(state.addedTies, '#ffd166', 2.5);
  const dot = Math.max(2.5, Math.min(9, (Math.PI * r) / n / 1.4));
  const status = state?.status ?? [];
  for (let i = 0; i < n; i++) {
    const [x, y] = at(i);
    ctx.fillStyle = STATUS_COLOURS[status[i] ?? 0];
    ctx.beginPath();
    ctx.arc(x, y, dot, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.font = '600 13px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  for (const s of state?.students ?? []) {
    const [x, y] = at(s.member);
    ctx.strokeStyle = s.online ? '#ffffff' : '#888888';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(x, y, dot + 3, 0, 2 * Math.PI);
    ctx.stroke();
    const a = (2 * Math.PI * s.member) / n - Math.PI / 2;
    const lx = cx + (r + dot + 10) * Math.cos(a);
    const ly = cy + (r + dot + 10) * Math.sin(a);
    ctx.textAlign = Math.cos(a) >= 0 ? 'left' : 'right';
    ctx.fillStyle = '#ece9e2';
    ctx.fillText(s.nickname, lx, ly);
  }
}
