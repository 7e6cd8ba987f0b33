/**
 * The customer before Phaser is in: the stage's own pictures (the setting, the customer, the
 * setting's front) as still images in the stage's box, from the first frame of the first screen.
 * Phaser — a megabyte, and a 150 ms main-thread task to start — then loads while the trainee
 * reads, draws the same pictures over these, and `remove` takes them away. Until then a new mood
 * swaps the picture, without the stage's cross-fade, breathing and reactions; if Phaser never
 * loads (a failed download), the customer stays here.
 */
import { stagePicture, type PortraitRequest, type StageView } from './picture.ts';
import { svgUrl as url } from './raster.ts';

const FULL = 'left:0;top:0;width:100%;height:100%';

export class StillStage implements StageView {
  private readonly layer = document.createElement('div');
  private readonly observer: ResizeObserver | undefined;
  private request: PortraitRequest | undefined;
  private drawnKey = '';
  private frame = 0;

  constructor(private readonly host: HTMLElement) {
    this.layer.className = 'stage-still';
    host.setAttribute('role', 'img');
    host.prepend(this.layer);
    if (typeof ResizeObserver !== 'undefined') {
      this.observer = new ResizeObserver(() => this.draw());
      this.observer.observe(host);
    }
  }

  showCustomer(request: PortraitRequest): void {
    this.host.setAttribute('aria-label', request.label);
    this.request = request;
    this.refresh();
  }

  /** Draws on the next frame, when the screen asking for it is laid out (once, however often asked). */
  refresh(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  remove(): void {
    this.observer?.disconnect();
    this.layer.remove();
    this.request = undefined;
  }

  private draw(): void {
    const r = this.request;
    // Hidden (display: none) or not laid out yet: the observer calls again when it is.
    const { width: w, height: h } = this.host.getBoundingClientRect();
    if (!r || w < 2 || h < 2) return;
    const picture = stagePicture(r, w, h);
    const key = `${w}x${h}:${picture.customer}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const { x, y, w: bw, h: bh } = picture.box;
    const image = (svg: string, style: string) => Object.assign(document.createElement('img'), { alt: '', src: url(svg), style });
    this.layer.replaceChildren(
      image(picture.back, FULL),
      image(picture.customer, `left:${x}px;top:${y}px;width:${bw}px;height:${bh}px`),
      image(picture.front, FULL),
    );
    this.host.dataset.still = 'true';
  }
}
