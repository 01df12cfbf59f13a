// The canvas of one run (Pixi v8, WebGL): members as one point batch, ties as one line batch, pulses, pan and zoom.
import { Application, Container, Graphics, RenderTexture, Sprite, UniformGroup } from 'pixi.js';
import type { GraphArrays } from '../../runtime/session';
import { COLORS, hexToRgb, stateRgbUnit } from './palette';
import { applyStateColors, baseRadius, fillColors, memberRadii, tieList, tieVertexAlpha, tieVertices, type SizeMode, type TieList } from './drawData';
import { PulseTrack } from './pulseTrack';
import { boundsOf, fitCamera, panBy, toScreen, toWorld, zoomAt, type Camera } from './camera';
import { SpatialIndex } from './spatialIndex';
import { destroyBatch, lineBatch, pointBatch, type Batch } from './batches';
import { drawMadeTies, drawOverlay, type Highlight } from './overlay';
import { attachPointer } from './pointer';

/** Most ties drawn; denser graphs show an even sample (the legend says how many). */
export const TIE_DRAW_LIMIT = 150_000;
const PULSE_CAPACITY = 4096;

export interface ViewEvents {
  onHover?(member: number, clientX: number, clientY: number): void;
  onClick?(member: number, clientX: number, clientY: number): void;
}

export class CanvasView {
  readonly app: Application;
  private readonly world = new Container();
  /**
   * Ties change only when the camera or the layout moves, so they are drawn into a texture once and
   * the frame blits it: a software renderer spends most of a frame on tens of thousands of lines.
   */
  private readonly tieWorld = new Container();
  private readonly tieLayer: RenderTexture;
  private readonly tieSprite: Sprite;
  private tiesDirty = true;
  private readonly overlay = new Graphics();
  /** Ties between members made during the run (and not faded yet), by min·n + max of their ends. */
  private readonly madeTies = new Set<number>();
  private readonly madeTieLayer = new Graphics();
  private readonly palette = stateRgbUnit();
  private readonly pointUniforms = new UniformGroup({
    uScale: { value: 1, type: 'f32' },
    uMinPx: { value: 2, type: 'f32' },
    uMaxPx: { value: 30, type: 'f32' },
  });
  private readonly lineUniforms = new UniformGroup({
    uLineColor: { value: new Float32Array(hexToRgb(COLORS.tie).map((v) => v / 255)), type: 'vec3<f32>' },
    uLineAlpha: { value: 0.3, type: 'f32' },
  });
  private nodes: Batch | null = null;
  private ties: Batch | null = null;
  private pulseBatch: Batch | null = null;
  private readonly pulses = new PulseTrack(PULSE_CAPACITY);
  private readonly index = new SpatialIndex();
  private indexDirty = true;
  private positions: Float32Array = new Float32Array(0);
  private rgb: Float32Array = new Float32Array(0);
  private radii: Float32Array = new Float32Array(0);
  private tieData: TieList | null = null;
  private radius = 4;
  private n = 0;
  private offsets: Int32Array = new Int32Array(1);
  private seeds: Int32Array = new Int32Array(0);
  private highlight: Highlight | null = null;
  private camera: Camera = { x: 0, y: 0, scale: 1 };
  private dirty = true;
  /** Colour range changed since the last draw: Pixi uploads only the latest range given, so ranges merge until drawn. */
  private pendingFirst = Infinity;
  private pendingLast = -1;
  private userMoved = false;
  private sizeMode: SizeMode = 'degree';
  private resizeObserver: ResizeObserver | null = null;
  frames = 0;

  private constructor(
    readonly host: HTMLElement,
    app: Application,
    private readonly events: ViewEvents,
  ) {
    this.app = app;
    this.tieLayer = RenderTexture.create({ width: app.screen.width, height: app.screen.height, resolution: app.renderer.resolution, dynamic: true });
    this.tieSprite = new Sprite(this.tieLayer);
    app.stage.addChild(this.tieSprite, this.world);
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
    return { drawn: this.tieData ? this.tieData.ends.length / 2 : 0, total: this.tieData?.total ?? 0, made: this.madeTies.size };
  }

  /** Builds the batches for a new graph: everyone unaware, framed to fit. */
  setGraph(graph: GraphArrays, positions: Float32Array, seeds: Int32Array): void {
    this.clearBatches();
    const n = graph.offsets.length - 1;
    this.n = n;
    this.offsets = graph.offsets;
    this.seeds = seeds;
    this.positions = positions;
    this.radius = baseRadius(positions, n);
    this.radii = memberRadii(graph.offsets, this.radius, this.sizeMode);
    this.rgb = new Float32Array(3 * n);
    fillColors(this.rgb, n, this.palette);
    this.tieData = tieList(graph.offsets, graph.targets, graph.strength, TIE_DRAW_LIMIT);
    const drawn = this.tieData.ends.length / 2;
    this.lineUniforms.uniforms.uLineAlpha = Math.min(0.45, Math.max(0.035, 14 / Math.sqrt(Math.max(1, drawn))));
    this.ties = lineBatch(tieVertices(this.tieData.ends, positions), tieVertexAlpha(this.tieData.strength), this.lineUniforms);
    this.nodes = pointBatch(positions, this.rgb, this.radii, this.pointUniforms, 'members');
    const pulseColor = new Float32Array(3 * PULSE_CAPACITY).fill(1);
    this.pulseBatch = pointBatch(new Float32Array(2 * PULSE_CAPACITY), pulseColor, new Float32Array(PULSE_CAPACITY), this.pointUniforms, 'pulses');
    this.tieWorld.addChild(this.ties.mesh);
    this.world.addChild(this.madeTieLayer, this.nodes.mesh, this.overlay, this.pulseBatch.mesh);
    this.madeTies.clear();
    this.drawMadeTies();
    this.tiesDirty = true;
    this.pulses.clear();
    this.highlight = null;
    this.indexDirty = true;
    this.userMoved = false;
    this.fit();
  }

  /** A new run on the same graph: colours back to unaware, seeds and highlight replaced. */
  resetRun(seeds: Int32Array): void {
    this.seeds = seeds;
    fillColors(this.rgb, this.n, this.palette);
    // Every colour is uploaded with the next frame: a later partial update (the seeds) widens this range, never narrows it.
    this.pendingFirst = 0;
    this.pendingLast = Math.max(0, this.n - 1);
    this.nodes?.buffers.aColor.update(this.n * 12, 0);
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
    for (let k = 0; k + 2 < triples.length; k += 3) {
      const a = triples[k];
      const b = triples[k + 1];
      if (a < 0 || b < 0 || a >= this.n || b >= this.n) continue;
      const key = a < b ? a * this.n + b : b * this.n + a;
      if (triples[k + 2] > 0) this.madeTies.add(key);
      else this.madeTies.delete(key);
    }
    this.drawMadeTies();
    this.dirty = true;
  }

  setPositions(positions: Float32Array): void {
    if (!this.nodes || positions.length !== 2 * this.n) return;
    this.positions = positions;
    this.nodes.buffers.aPosition.data = positions;
    // A settling layout contracts or spreads; members keep a size that fits its density.
    this.radius = baseRadius(positions, this.n);
    memberRadii(this.offsets, this.radius, this.sizeMode, this.radii);
    this.nodes.buffers.aSize.update();
    if (this.ties && this.tieData) this.ties.buffers.aPosition.data = tieVertices(this.tieData.ends, positions, this.ties.buffers.aPosition.data as Float32Array);
    this.indexDirty = true;
    this.tiesDirty = true;
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
    if (!this.nodes || changed.length === 0) return;
    const { first, last } = applyStateColors(this.rgb, changed, states, this.palette);
    this.pendingFirst = Math.min(this.pendingFirst, first);
    this.pendingLast = Math.max(this.pendingLast, last);
    this.nodes.buffers.aColor.update((this.pendingLast - this.pendingFirst + 1) * 12, this.pendingFirst * 12);
    this.dirty = true;
  }

  addPulses(pairs: Int32Array, now: number, duration: number): void {
    if (pairs.length) this.pulses.add(pairs, now, duration);
  }

  setSizeMode(mode: SizeMode): void {
    this.sizeMode = mode;
    if (!this.nodes) return;
    memberRadii(this.offsets, this.radius, mode, this.radii);
    this.nodes.buffers.aSize.update();
    this.dirty = true;
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
    if (this.pulseBatch && (this.pulses.active > 0 || this.pulses.drawn > 0)) {
      const b = this.pulseBatch.buffers;
      const touched = this.pulses.write(now, this.positions, b.aPosition.data as Float32Array, b.aSize.data as Float32Array, this.radius);
      if (touched > 0) {
        b.aPosition.update(touched * 8, 0);
        b.aSize.update(touched * 4, 0);
        this.dirty = true;
      }
    }
    if (!this.dirty) return false;
    this.dirty = false;
    if (this.tiesDirty) {
      this.tiesDirty = false;
      this.app.renderer.render({ container: this.tieWorld, target: this.tieLayer, clear: true, clearColor: [0, 0, 0, 0] });
    }
    this.app.render();
    this.pendingFirst = Infinity;
    this.pendingLast = -1;
    this.frames++;
    return true;
  }

  /** Everything given to the canvas is on screen: nothing waits for a frame and no pulse is travelling. */
  get settled(): boolean {
    return !this.dirty && this.pulses.active === 0 && this.pulses.drawn === 0;
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
    return this.index.nearest(x, y, Math.max(this.radius * 1.6, 7 / this.camera.scale));
  }

  async toPNG(): Promise<Blob> {
    this.dirty = true;
    this.frame(performance.now());
    return new Promise((resolve, reject) => this.app.canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas: no image'))), 'image/png'));
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    this.clearBatches();
    this.tieLayer.destroy(true);
    this.app.destroy({ removeView: true }, { children: true });
  }

  private setCamera(c: Camera): void {
    this.camera = c;
    this.world.position.set(c.x, c.y);
    this.world.scale.set(c.scale);
    this.tieWorld.position.set(c.x, c.y);
    this.tieWorld.scale.set(c.scale);
    this.tiesDirty = true;
    this.pointUniforms.uniforms.uScale = c.scale * this.app.renderer.resolution;
    this.drawMadeTies();
    this.drawOverlay();
    this.dirty = true;
  }

  private clearBatches(): void {
    for (const b of [this.ties, this.nodes, this.pulseBatch]) if (b) destroyBatch(b);
    this.ties = this.nodes = this.pulseBatch = null;
    this.world.removeChild(this.overlay, this.madeTieLayer);
  }

  private drawMadeTies(): void {
    if (this.n && this.madeTies.size) drawMadeTies(this.madeTieLayer, this.positions, this.camera.scale, this.n, this.madeTies);
    else this.madeTieLayer.clear();
  }

  private drawOverlay(): void {
    if (this.n) drawOverlay(this.overlay, this.positions, this.camera.scale, this.radius, this.seeds, this.highlight);
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
      this.tieLayer.resize(w, h, this.app.renderer.resolution);
      this.tiesDirty = true;
      if (!this.userMoved) this.fit();
      this.dirty = true;
    });
    this.resizeObserver.observe(this.host);
  }
}
