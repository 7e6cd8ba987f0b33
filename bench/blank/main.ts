/** The peer for the game benchmarks: a blank Phaser 4 game, configured as Sabr's stage is. */
import Phaser from 'phaser';

class Blank extends Phaser.Scene {
  create(): void {
    this.add.graphics().fillStyle(0x8a6a4f, 1).fillRect(0, 470, 480, 90);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => document.body.setAttribute('data-ready', ''));
  }
}

const params = new URLSearchParams(location.search);
const game = new Phaser.Game({
  type: params.get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
  parent: 'stage',
  width: 480,
  height: 560,
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.FIT },
  scene: [Blank],
});
Object.assign(window, { sabr: { game } });
