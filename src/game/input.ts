/**
 * Input that cannot misfire: at most one action per screen, and nothing carried from one screen to
 * the next. A key held down (its auto-repeats) never acts again, and a key that was down when the
 * screen changed is ignored until it is released — so holding Enter on a reply applies that reply
 * and stops there, never reaching the debrief or *Play again*. A click that is the second of a
 * double click, or that lands on the same spot just after the screen it clicked changed, is dropped
 * for the same reason.
 */

/** A click this soon after a screen appears, where the last click was, belongs to the screen before. */
export const SETTLE_MS = 350;
const SAME_SPOT_PX = 24;

export class InputGuard {
  private readonly down = new Set<string>();
  private stale = new Set<string>();
  private readonly consumed = new Set<string>();
  private shownAt = -Infinity;
  private lastClick = { x: -1e9, y: -1e9, at: -Infinity };
  private acted = false;

  constructor(
    private readonly target: Window,
    private readonly now: () => number = () => performance.now(),
  ) {
    target.addEventListener('keydown', this.onKeyDown, true);
    target.addEventListener('keydown', this.afterKeyDown);
    target.addEventListener('keyup', this.onKeyUp, true);
    target.addEventListener('click', this.onClick, true);
    target.addEventListener('blur', this.reset);
  }

  /** A new screen is up: keys held now cannot act on it, and it has not acted yet. */
  newScreen(): void {
    this.stale = new Set(this.down);
    this.shownAt = this.now();
    this.acted = false;
  }

  /** Claims this screen's one action; false when it has already acted. */
  claim(): boolean {
    if (this.acted) return false;
    this.acted = true;
    return true;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const key = event.code || event.key;
    const stale = event.repeat || this.stale.has(key);
    this.down.add(key);
    if (!stale) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  /** Runs after the screens' handlers: a key press they used (or the guard dropped) must not also click on release (Space). */
  private readonly afterKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented) this.consumed.add(event.code || event.key);
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    const key = event.code || event.key;
    this.down.delete(key);
    this.stale.delete(key);
    if (this.consumed.delete(key)) event.preventDefault();
  };

  private readonly onClick = (event: MouseEvent): void => {
    // detail is 0 for clicks made with the keyboard: those are judged on their key.
    const pointer = event.detail > 0;
    if (!pointer) return;
    // Only a click made on the screen before counts: one made on this screen (the line tapped whole,
    // then a reply scrolled to where it was) is the trainee's own next step.
    const sameSpot = this.lastClick.at <= this.shownAt && Math.hypot(event.clientX - this.lastClick.x, event.clientY - this.lastClick.y) < SAME_SPOT_PX;
    if (event.detail > 1 || (sameSpot && this.now() - this.shownAt < SETTLE_MS)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    this.lastClick = { x: event.clientX, y: event.clientY, at: this.now() };
  };

  private readonly reset = (): void => {
    this.down.clear();
    this.stale.clear();
    this.consumed.clear();
  };

  dispose(): void {
    this.target.removeEventListener('keydown', this.onKeyDown, true);
    this.target.removeEventListener('keydown', this.afterKeyDown);
    this.target.removeEventListener('keyup', this.onKeyUp, true);
    this.target.removeEventListener('click', this.onClick, true);
    this.target.removeEventListener('blur', this.reset);
  }
}
