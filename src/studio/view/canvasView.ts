// The canvas of one run (Pixi v8, WebGL): members as one point batch, ties as one line batch, pulses, pan and zoom.
import { Application, Container, Graphics } from 'pixi.js';
import type { GraphArrays } from '../../runtime/session';
import { COLORS } from './palette';
import type { SizeMode } from './drawData';
import { boundsOf, fitCamera, panBy, toScreen, toWorld, zoomAt, type Camera } from './camera';
import { SpatialIndex } from './spatialIndex';
import { drawOverlay, type Highlight } from './overlay';
import { attachPointer } from './pointer';
import { TieLayer } from './tieLayer';
import { MadeTies } from './madeTies';
import { MemberLayer } from './memberLayer';
import { PulseLayer } from './pulseLayer';

export interface ViewEvents {
  onHover?(member: number, clientX: number, clientY: number): void;
  onClick?(member: number, clientX: number, clientY: number): void;
}

export class CanvasView {
  readonly app: Application;
  private readonly world = new Container();
  private readonly ties: TieLayer;
  private readonly overlay = new Graphics();
  private readonly madeTies = new MadeTies();
  private readonly members = new MemberLayer();
  private readonly pulses = new PulseLayer();
  private readonly index = new SpatialIndex();
  private indexDirty = true;
  private positions: Float32Array = new Float32Array(0);
  private n = 0;
  private seeds: Int32Array = new Int32Array(0);
  private highlight: Highlight | null = null;
  private camera: Camera = { x: 0, y: 0, scale: 1 };
  private dirty = true;
  private userMoved = false;
  private resizeObserver: ResizeObserver | null = null;
  frames = 0;

  private constructor(
    readonly host: HTMLElement,
    app: Application,
    private readonly events: ViewEvents,
  ) {
    this.app = app;
    this.ties = new TieLayer(app);
    app.stage.addChild(this.ties.sprite, this.world);
  }

  static async create(host: HTMLElement, events: ViewEvents = {}): Promise<CanvasView> {
    const app = new Application();
    await app.init({
      preference: 'webgl',
      background: COLORS.background,
      // Points draw their own soft edge; multisampling would cost a software renderer 4× per pixel.
      antialias: false,
      autoStart: false,
      sharedTicker: false,
      resolution: Math.min(2, globalThis.devicePixelRatio || 1),
      autoDensity: true,
      width: Math.max(1, host.clientWidth),
      height: Math.max(1, host.clientHeight),
    });
    app.ticker?.stop();
    app.canvas.classList.add('stage-canvas');
    host.appendChild(app.canvas);
    const view = new CanvasView(host, app, events);
    view.listen();
    return view;
  }

  get memberCount(): number {
    return this.n;
  }

  get tiesShown(): { drawn: number; total: number; made: number } {
    return { ...this.ties.shown, made: this.madeTies.size };
  }

  /** Builds the batches for a new graph: everyone unaware, framed to fit. */
  setGraph(graph: GraphArrays, positions: Float32Array, seeds: Int32Array): void {
    this.clearBatches();
    this.n = graph.offsets.length - 1;
    this.seeds = seeds;
    this.positions = positions;
    this.ties.setGraph(graph, positions);
    const members = this.members.build(graph.offsets, positions);
    this.world.addChild(this.madeTies.layer, members, this.overlay, this.pulses.build(this.members.uniforms));
    this.madeTies.clear();
    this.drawMadeTies();
    this.pulses.clear();
    this.highlight = null;
    this.indexDirty = true;
    this.userMoved = false;
    this.fit();
  }

  /** A new run on the same graph: colours back to unaware, seeds and highlight replaced. */
  resetRun(seeds: Int32Array): void {
    this.seeds = seeds;
    this.members.resetColors();
    this.pulses.clear();
    this.highlight = null;
    this.madeTies.clear();
    this.drawMadeTies();
    this.drawOverlay();
    this.dirty = true;
  }

  /** Ties made (+1) and faded (−1) during the run, as (a, b, sign) triples in the order they happened. */
  applyTieChanges(triples: Int32Array): void {
    if (!triples.length || !this.n) return;
    this.madeTies.apply(triples, this.n);
    this.drawMadeTies();
    this.dirty = true;
  }

  setPositions(positions: Float32Array): void {
    if (!this.members.built || positions.length !== 2 * this.n) return;
    this.positions = positions;
    this.members.setPositions(positions);
    this.ties.setPositions(positions);
    this.indexDirty = true;
    // Refitting moves the camera, which redraws the strokes; otherwise they follow the members here.
    if (!this.userMoved) this.fit();
    else {
      this.drawMadeTies();
      this.drawOverlay();
    }
    this.dirty = true;
  }

  /** Colours only the members that changed, uploading only the slice of the buffer they span. */
  applyStates(changed: Int32Array, states: Uint8Array): void {
    if (!this.members.built || changed.length === 0) return;
    this.members.applyStates(changed, states);
    this.dirty = true;
  }

  addPulses(pairs: Int32Array, now: number, duration: number): void {
    this.pulses.add(pairs, now, duration);
  }

  setSizeMode(mode: SizeMode): void {
    this.members.setSizeMode(mode);
    if (this.members.built) this.dirty = true;
  }

  /** The path back to the seed (member first) and the ties of what the member set off, or none. */
  setHighlight(h: Highlight | null): void {
    this.highlight = h;
    this.drawOverlay();
    this.dirty = true;
  }

  fit(): void {
    if (!this.n) return;
    this.setCamera(fitCamera(boundsOf(this.positions, this.n), this.host.clientWidth, this.host.clientHeight, 28));
  }

  /** Draws when something changed or pulses are travelling; returns whether it drew. */
  frame(now: number): boolean {
    if (this.pulses.write(now, this.positions, this.members.radius)) this.dirty = true;
    if (!this.dirty) return false;
    this.dirty = false;
    this.ties.render();
    this.app.render();
    this.members.drawn();
    this.frames++;
    return true;
  }

  /** Everything given to the canvas is on screen: nothing waits for a frame and no pulse is travelling. */
  get settled(): boolean {
    return !this.dirty && this.pulses.settled;
  }

  get pulsesInFlight(): number {
    return this.pulses.active;
  }

  /** Where a member is on the page (client pixels), or null when it is not in view: lessons point at members with it. */
  screenOf(member: number): [number, number] | null {
    if (member < 0 || member >= this.n) return null;
    const r = this.app.canvas.getBoundingClientRect();
    const [x, y] = toScreen(this.camera, this.positions[2 * member], this.positions[2 * member + 1]);
    return x < 0 || y < 0 || x > r.width || y > r.height ? null : [r.left + x, r.top + y];
  }

  /** The member under a point of the page, or -1. */
  pick(clientX: number, clientY: number): number {
    if (!this.n) return -1;
    if (this.indexDirty) {
      this.index.build(this.positions, this.n);
      this.indexDirty = false;
    }
    const r = this.app.canvas.getBoundingClientRect();
    const [x, y] = toWorld(this.camera, clientX - r.left, clientY - r.top);
    return this.index.nearest(x, y, Math.max(this.members.radius * 1.6, 7 / this.camera.scale));
  }

  async toPNG(): Promise<Blob> {
    this.dirty = true;
    this.frame(performance.now());
    return new Promise((resolve, reject) => this.app.canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas: no image'))), 'image/png'));
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    this.clearBatches();
    this.ties.destroy();
    this.app.destroy({ removeView: true }, { children: true });
  }

  private setCamera(c: Camera): void {
    this.camera = c;
    this.world.position.set(c.x, c.y);
    this.world.scale.set(c.scale);
    this.ties.setCamera(c);
    this.members.uniforms.uniforms.uScale = c.scale * this.app.renderer.resolution;
    this.drawMadeTies();
    this.drawOverlay();
    this.dirty = true;
  }

  private clearBatches(): void {
    this.ties.dropBatch();
    this.members.dropBatch();
    this.pulses.dropBatch();
    this.world.removeChild(this.overlay, this.madeTies.layer);
  }

  private drawMadeTies(): void {
    this.madeTies.draw(this.positions, this.camera.scale, this.n);
  }

  private drawOverlay(): void {
    if (this.n) drawOverlay(this.overlay, this.positions, this.camera.scale, this.members.radius, this.seeds, this.highlight);
    else this.overlay.clear();
  }

  private listen(): void {
    attachPointer(this.app.canvas, {
      pan: (dx, dy) => {
        this.userMoved = true;
        this.setCamera(panBy(this.camera, dx, dy));
      },
      zoom: (x, y, factor) => {
        this.userMoved = true;
        this.setCamera(zoomAt(this.camera, x, y, factor));
      },
      hover: (x, y) => this.events.onHover?.(this.pick(x, y), x, y),
      leave: () => this.events.onHover?.(-1, 0, 0),
      click: (x, y) => this.events.onClick?.(this.pick(x, y), x, y),
      refit: () => {
        this.userMoved = false;
        this.fit();
      },
    });
    this.resizeObserver = new ResizeObserver(() => {
      const w = Math.max(1, this.host.clientWidth);
      const h = Math.max(1, this.host.clientHeight);
      if (w === this.app.screen.width && h === this.app.screen.height) return;
      this.app.renderer.resize(w, h);
      this.ties.resize(w, h);
      if (!this.userMoved) this.fit();
      this.dirty = true;
    });
    this.resizeObserver.observe(this.host);
  }
}
