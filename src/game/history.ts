/**
 * Back and Forward move between the game's screens, never out of it. Each screen the trainee
 * goes to is a history entry (a reply replaces the conversation's entry: Back leaves the
 * conversation, it does not undo a reply). An edge entry sits before the first screen: Back onto
 * it puts the first screen back at once (a new entry, synchronously — `history.forward()` would
 * leave a window in which a second Back leaves the game).
 */

const EDGE = 'edge';

export class ScreenHistory<S> {
  private readonly entries: S[];
  private index = 0;
  private guarded = false;

  constructor(first: S, private readonly show: (screen: S) => void) {
    this.entries = [first];
    history.replaceState({ sabr: 0 }, '');
    addEventListener('popstate', this.onPop);
  }

  /** A new screen: a new entry, dropping any Forward ones. */
  push(screen: S): void {
    this.guard();
    this.entries.length = this.index + 1;
    this.entries.push(screen);
    this.index = this.entries.length - 1;
    history.pushState({ sabr: this.index }, '');
  }

  /** The same place, moved on (a reply, a filter): the entry is updated, not added. */
  replace(screen: S): void {
    this.entries[this.index] = screen;
  }

  // Entries added without a user gesture may be skipped by the browser's Back button, so the edge
  // is laid down on the first move the trainee makes.
  private guard(): void {
    if (this.guarded) return;
    this.guarded = true;
    history.replaceState({ sabr: EDGE }, '');
    history.pushState({ sabr: 0 }, '');
  }

  private readonly onPop = (event: PopStateEvent): void => {
    const at = (event.state as { sabr?: unknown } | null)?.sabr;
    if (at === EDGE) {
      this.entries.length = 1;
      this.index = 0;
      history.pushState({ sabr: 0 }, '');
      this.show(this.entries[0]!);
      return;
    }
    if (typeof at !== 'number' || !this.entries[at]) return;
    this.index = at;
    this.show(this.entries[at]);
  };
}
