/**
 * The Phaser scene behind the stage: three layers — the setting's back, the customer, the
 * setting's front — each a texture rasterised from SVG at the canvas's pixel size. A new mood
 * cross-fades in; a breathing tween keeps the customer alive (not with reduced motion).
 */
import Phaser from 'phaser';
import { rasterize } from './raster.ts';

type Layer = { image: Phaser.GameObjects.Image; key: string };

export class CustomerScene extends Phaser.Scene {
  ready = false;
  onReady: () => void = () => undefined;
  private counter = 0;
  private back: Layer | undefined;
  private front: Layer | undefined;
  private customer: Layer | undefined;
  /** The latest request per layer: a slower decode of an older one is dropped. */
  private latest: Record<string, number> = {};

  constructor(
    private readonly reducedMotion: () => boolean,
    private readonly drawn: () => void,
  ) {
    super({ key: 'customer' });
  }

  create(): void {
    this.ready = true;
    this.onReady();
  }

  setScenery(back: string, front: string, w: number, h: number): void {
    void this.decode('back', back, w, h).then((l) => l && this.place('back', l.key, l.image, 0, 0, 0));
    void this.decode('front', front, w, h).then((l) => l && this.place('front', l.key, l.image, 0, 0, 10));
  }

  showCustomer(svg: string, box: { x: number; y: number; w: number; h: number }, reaction?: 'heated' | 'calmer' | 'same'): void {
    void this.decode('customer', svg, box.w, box.h).then((l) => {
      if (!l) return;
      this.place('customer', l.key, l.image, box.x, box.y, 5);
      if (reaction && reaction !== 'same' && !this.reducedMotion()) this.react(reaction, box.h);
      this.drawn();
    });
  }

  /** Heated: a jolt forward (the customer leans in). Calmer: the shoulders drop and settle. */
  private react(reaction: 'heated' | 'calmer', height: number): void {
    const image = this.customer?.image;
    if (!image) return;
    const y = image.y;
    const dy = reaction === 'heated' ? -height * 0.025 : height * 0.02;
    this.tweens.add({ targets: image, y: y + dy, duration: reaction === 'heated' ? 120 : 380, yoyo: true, ease: reaction === 'heated' ? 'Quad.easeOut' : 'Sine.easeInOut', repeat: reaction === 'heated' ? 1 : 0 });
  }

  private async decode(layer: string, svg: string, w: number, h: number): Promise<{ key: string; image: HTMLImageElement } | undefined> {
    const id = ++this.counter;
    this.latest[layer] = id;
    try {
      const image = await rasterize(svg, w, h);
      if (this.latest[layer] !== id || !this.sys.isActive()) return undefined;
      const key = `${layer}-${id}`;
      this.textures.addImage(key, image);
      return { key, image };
    } catch {
      // A layer that fails to decode leaves the previous one: the DOM still tells the story.
      return undefined;
    }
  }

  private place(layer: 'back' | 'front' | 'customer', key: string, _image: HTMLImageElement, x: number, y: number, depth: number): void {
    const next = this.add.image(x, y, key).setOrigin(0, 0).setDepth(depth);
    const old = this[layer];
    this[layer] = { image: next, key };
    const still = this.reducedMotion();
    const drop = () => {
      // The breathing tween repeats for ever: it must go with its image, or tweens pile up.
      if (!old) return;
      this.tweens.killTweensOf(old.image);
      old.image.destroy();
      if (this.textures.exists(old.key)) this.textures.remove(old.key);
    };
    if (layer !== 'customer' || still) return drop();
    next.setAlpha(0);
    this.tweens.add({ targets: next, alpha: 1, duration: 220, ease: 'Sine.easeOut', onComplete: drop });
    // Breathing: the shoulders rise a little, anchored at the bottom edge.
    next.setOrigin(0, 1).setPosition(x, y + next.height);
    this.tweens.add({ targets: next, scaleY: 1.008, duration: 1800, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    if (old) this.tweens.add({ targets: old.image, alpha: 0, duration: 220 });
  }
}
