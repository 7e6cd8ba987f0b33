/**
 * The Phaser stage: the service counter and the customer, drawn from a procedural SVG portrait
 * that follows the mood. It only presents; the DOM overlays carry every word and control.
 */
import Phaser from 'phaser';
import { figureFor, portraitSvg } from '../portrait.ts';
import type { AngerMood, BeliefMood, ConfusionMood, Outcome } from '../../core/vocabulary.ts';

/** What to draw: the customer's look, their moods now, and how it ended. */
export interface PortraitRequest {
  figure?: string | undefined;
  age?: number | undefined;
  /** Picks a stable figure when the scenario names none. */
  seed: string;
  anger: AngerMood;
  confusion: ConfusionMood;
  belief?: BeliefMood | undefined;
  outcome?: Outcome | undefined;
  /** What a screen reader says for the picture. */
  label: string;
}

export interface StageOptions {
  reducedMotion: () => boolean;
  /** `canvas` forces the Canvas renderer (deterministic screenshots in tests). */
  renderer?: string | null;
}

const WIDTH = 480;
const HEIGHT = 560;

export class Stage {
  readonly game: Phaser.Game;
  private readonly scene: CustomerScene;
  private lastSvg = '';

  constructor(private readonly host: HTMLElement, options: StageOptions) {
    this.scene = new CustomerScene(options.reducedMotion, () => (host.dataset.drawn = 'true'));
    host.setAttribute('role', 'img');
    this.game = new Phaser.Game({
      type: options.renderer === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
      parent: host,
      width: WIDTH,
      height: HEIGHT,
      backgroundColor: '#e9e2d6',
      banner: false,
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
      scene: [this.scene],
    });
  }

  /** Re-measures the canvas after the layout around it changed (a screen shown or hidden). */
  refresh(): void {
    this.game.scale.refresh();
  }

  showCustomer(request: PortraitRequest): void {
    this.host.setAttribute('aria-label', request.label);
    const svg = portraitSvg({
      figure: figureFor(request.figure, request.seed),
      ...(request.age !== undefined ? { age: request.age } : {}),
      anger: request.anger,
      confusion: request.confusion,
      ...(request.belief ? { belief: request.belief } : {}),
      ...(request.outcome ? { outcome: request.outcome } : {}),
    });
    if (svg === this.lastSvg) return;
    this.lastSvg = svg;
    this.scene.show(svg);
  }
}

class CustomerScene extends Phaser.Scene {
  private portrait: Phaser.GameObjects.Image | undefined;
  private portraitKey: string | undefined;
  private counter = 0;
  private queued: string | undefined;
  private ready = false;

  constructor(
    private readonly reducedMotion: () => boolean,
    private readonly drawn: () => void,
  ) {
    super({ key: 'customer' });
  }

  create(): void {
    const g = this.add.graphics();
    g.fillStyle(0xe9e2d6, 1).fillRect(0, 0, WIDTH, HEIGHT);
    g.fillStyle(0xdcd3c4, 1).fillRect(0, 0, WIDTH, 70);
    g.fillStyle(0xcfc4b2, 1).fillRoundedRect(300, 110, 140, 90, 10);
    g.fillStyle(0xf6f3ee, 1).fillRoundedRect(312, 122, 116, 66, 6);
    const desk = this.add.graphics().setDepth(10);
    desk.fillStyle(0x8a6a4f, 1).fillRect(0, HEIGHT - 90, WIDTH, 90);
    desk.fillStyle(0x9c7b5e, 1).fillRect(0, HEIGHT - 96, WIDTH, 12);
    this.ready = true;
    if (this.queued) this.show(this.queued);
  }

  show(svg: string): void {
    if (!this.ready) {
      this.queued = svg;
      return;
    }
    const key = `portrait-${++this.counter}`;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    image
      .decode()
      .then(() => {
        if (key !== `portrait-${this.counter}`) return;
        this.textures.addImage(key, image);
        this.swap(key, this.add.image(WIDTH / 2, HEIGHT - 90, key).setOrigin(0.5, 1).setDepth(5));
        this.drawn();
      })
      .catch(() => {
        // A portrait that fails to decode leaves the previous one: the DOM still tells the story.
      });
  }

  private swap(key: string | undefined, next: Phaser.GameObjects.Image | undefined): void {
    const old = this.portrait;
    const oldKey = this.portraitKey;
    this.portrait = next;
    this.portraitKey = key;
    const still = this.reducedMotion();
    const drop = () => {
      // The breathing tween repeats for ever: it must go with its portrait, or tweens pile up.
      if (old) this.tweens.killTweensOf(old);
      old?.destroy();
      if (oldKey && this.textures.exists(oldKey)) this.textures.remove(oldKey);
    };
    if (next) {
      const scale = Math.min(1, (HEIGHT - 110) / next.height, (WIDTH - 40) / next.width);
      next.setScale(scale);
      if (!still) {
        next.setAlpha(0);
        this.tweens.add({ targets: next, alpha: 1, duration: 260, ease: 'Sine.easeOut' });
        this.tweens.add({ targets: next, scaleY: scale * 1.012, duration: 1800, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
      }
    }
    if (old && !still) this.tweens.add({ targets: old, alpha: 0, duration: 260, onComplete: drop });
    else drop();
  }
}
