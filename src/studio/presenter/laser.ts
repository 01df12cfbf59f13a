// A laser pointer for the projector: a bright dot with a short fading trail that follows the pointer, drawn over the page, never in the model.

/** How long a point of the trail stays visible. */
const TRAIL_MS = 450;
const COLOR = '255, 64, 96';

export class Laser {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private trail: { x: number; y: number; t: number }[] = [];
  private raf = 0;
  on = false;

  /** Called when the laser is switched on or off (the panel's button follows). */
  onChange: (on: boolean) => void = () => {};

  constructor(host: HTMLElement = document.body) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'laser-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.hidden = true;
    host.append(this.canvas);
    this.ctx = this.canvas.getContext('2d')!;
    window.addEventListener('pointermove', (e) => this.move(e.clientX, e.clientY), { passive: true });
    window.addEventListener('resize', () => this.on && this.fit());
  }

  toggle(on = !this.on): void {
    if (on === this.on) return;
    this.on = on;
    this.canvas.hidden = !on;
    document.body.classList.toggle('laser-on', on);
    this.trail = [];
    if (on) this.fit();
    else {
      cancelAnimationFrame(this.raf);
      this.raf = 0;
    }
    this.draw(performance.now());
    this.onChange(on);
  }

  /** Where the dot is (the newest point of the trail), or null: tests and the presenter's notes read it. */
  get point(): { x: number; y: number } | null {
    const p = this.trail[this.trail.length - 1];
    return p ? { x: p.x, y: p.y } : null;
  }

  private move(x: number, y: number): void {
    if (!this.on) return;
    this.trail.push({ x, y, t: performance.now() });
    if (!this.raf) this.raf = requestAnimationFrame((now) => this.frame(now));
  }

  private frame(now: number): void {
    this.raf = 0;
    this.draw(now);
    // Keep drawing while the trail fades; the dot itself stays where the pointer stopped.
    if (this.on && this.trail.length > 1) this.raf = requestAnimationFrame((t) => this.frame(t));
  }

  private fit(): void {
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    this.canvas.width = Math.round(window.innerWidth * dpr);
    this.canvas.height = Math.round(window.innerHeight * dpr);
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  private draw(now: number): void {
    const { ctx } = this;
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (!this.on || !this.trail.length) return;
    const last = this.trail[this.trail.length - 1];
    this.trail = this.trail.filter((p) => now - p.t < TRAIL_MS || p === last);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (let k = 1; k < this.trail.length; k++) {
      const a = this.trail[k - 1];
      const b = this.trail[k];
      const fade = Math.max(0, 1 - (now - b.t) / TRAIL_MS);
      ctx.strokeStyle = `rgba(${COLOR}, ${0.55 * fade})`;
      ctx.lineWidth = 3 + 7 * fade;
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    }
    const glow = ctx.createRadialGradient(last.x, last.y, 0, last.x, last.y, 26);
    glow.addColorStop(0, `rgba(${COLOR}, 0.55)`);
    glow.addColorStop(1, `rgba(${COLOR}, 0)`);
    ctx.fillStyle = glow;
    ctx.beginPath();
    ctx.arc(last.x, last.y, 26, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = `rgb(${COLOR})`;
    ctx.beginPath();
    ctx.arc(last.x, last.y, 7, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
    ctx.beginPath();
    ctx.arc(last.x, last.y, 2.5, 0, Math.PI * 2);
    ctx.fill();
  }
}
