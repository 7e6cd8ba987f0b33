/**
 * The Phaser stage: the setting and the customer, drawn from procedural SVG (the portrait follows
 * the mood). It only presents; the DOM overlays carry every word and control.
 *
 * The canvas follows its box: a ResizeObserver re-measures it whenever the layout changes (a
 * screen shown, a phone turned, the stage un-hidden), and the SVG layers are rasterised at the
 * device's pixel ratio, so the customer is sharp and never drawn into a 0 × 0 canvas.
 */
import Phaser from 'phaser';
import { pixelSize } from './layout.ts';
import { stagePicture, type PortraitRequest } from './picture.ts';
import { CustomerScene } from './CustomerScene.ts';

export interface StageOptions {
  reducedMotion: () => boolean;
  /** `webgl` asks for the WebGL renderer; the default is Canvas (see below). */
  renderer?: string | null;
  /** Called once, when the customer is first on the canvas. */
  onDrawn?: () => void;
}

export class Stage {
  readonly game: Phaser.Game;
  private readonly scene: CustomerScene;
  private readonly observer: ResizeObserver | undefined;
  private request: PortraitRequest | undefined;
  private size = { cssW: 0, cssH: 0, w: 0, h: 0, ratio: 1 };
  private drawnKey = '';
  private sceneryKey = '';

  constructor(private readonly host: HTMLElement, options: StageOptions) {
    this.scene = new CustomerScene(options.reducedMotion, () => {
      if (host.dataset.drawn) return;
      host.dataset.drawn = 'true';
      options.onDrawn?.();
    });
    host.setAttribute('role', 'img');
    this.game = new Phaser.Game({
      // Canvas by default: the stage draws a few images, and WebGL compiles shader programs on the
      // first draw of each new texture count — 1 to 4 s on the main thread where the GPU is
      // emulated (headless Chromium, many office PCs and virtual desktops).
      type: options.renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
      parent: host,
      width: 1,
      height: 1,
      transparent: true,
      banner: false,
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.NONE },
      scene: [this.scene],
    });
    this.scene.onReady = () => {
      this.fit();
      this.draw();
    };
    if (typeof ResizeObserver !== 'undefined') {
      this.observer = new ResizeObserver(() => this.fit());
      this.observer.observe(host);
    }
    addEventListener('resize', () => this.fit());
  }

  /**
   * Re-measures after the layout around the stage changed (a screen shown or hidden) — on the next
   * frame, when layout is done anyway, rather than forcing it inside the screen's task.
   */
  refresh(): void {
    requestAnimationFrame(() => this.fit());
  }

  showCustomer(request: PortraitRequest): void {
    this.host.setAttribute('aria-label', request.label);
    this.request = request;
    this.draw();
  }

  private fit(): void {
    const box = this.host.getBoundingClientRect();
    // Hidden (display: none) or not laid out yet: keep the last size; the observer calls again.
    if (box.width < 2 || box.height < 2) return;
    const px = pixelSize(box.width, box.height, devicePixelRatio);
    if (px.w === this.size.w && px.h === this.size.h) return;
    this.size = { cssW: box.width, cssH: box.height, ...px };
    this.game.scale.resize(px.w, px.h);
    this.draw();
  }

  private draw(): void {
    const r = this.request;
    const { cssW, cssH, w, h, ratio } = this.size;
    if (!r || w < 2 || !this.scene.ready) return;
    const { back, front, customer: svg, box } = stagePicture(r, cssW, cssH);
    const sceneryKey = `${r.setting ?? 'counter'}:${w}x${h}`;
    if (sceneryKey !== this.sceneryKey) {
      this.sceneryKey = sceneryKey;
      this.scene.setScenery(back, front, w, h);
    }
    const key = `${svg.length}:${hash(svg)}:${w}x${h}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    this.host.dataset.customer = [box.x, box.y, box.w, box.h].map((v) => Math.round(v)).join(' ');
    this.scene.showCustomer(svg, { x: box.x * ratio, y: box.y * ratio, w: box.w * ratio, h: box.h * ratio }, r.reaction);
  }
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
