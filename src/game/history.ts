/**
 * Back and Forward move between the game's screens, never out of it. Each screen the trainee
 * goes to is a history entry (a reply replaces the conversation's entry: Back leaves the
 * conversation, it does not undo a reply). An edge entry sits before the first screen: Back onto
 * it puts the first screen back at once (a new entry, synchronously — `history.forward()` would
 * leave a window in which a second quick Back leaves the game). Only the last `KEEP` screens are
 * remembered (each may hold a whole session): Back past them returns to the first screen.
 */

const EDGE = 'edge';
const KEEP = 24;

export class ScreenHistory<S> {
  private readonly entries = new Map<number, S>();
  private index = 0;
  private guarded = false;

  constructor(private readonly first: S, private readonly show: (screen: S) => void) {
    this.entries.set(0, first);
    history.replaceState({ sabr: 0 }, '');
    addEventListener('popstate', this.onPop);
  }

  /** A new screen: a new entry, dropping any Forward ones and the oldest past `KEEP`. */
  push(screen: S): void {
    this.guard();
    for (const id of this.entries.keys()) if (id > this.index || id <= this.index - KEEP) this.entries.delete(id);
    this.index++;
    this.entries.set(this.index, screen);
    history.pushState({ sabr: this.index }, '');
  }

  /** The same place, moved on (a reply, a filter): the entry is updated, not added. */
  replace(screen: S): void {
    this.entries.set(this.index, screen);
  }

  // Entries added without a user gesture may be skipped by the browser's Back button, so the edge
  // is laid down on the first move the trainee makes.
  private guard(): void {
    if (this.guarded) return;
    this.guarded = true;
    // Two edge entries: a second quick Back, before the first one's handler has run, lands on the other.
    history.replaceState({ sabr: EDGE }, '');
    history.pushState({ sabr: EDGE }, '');
    history.pushState({ sabr: 0 }, '');
  }

  private readonly onPop = (event: PopStateEvent): void => {
    const at = (event.state as { sabr?: unknown } | null)?.sabr;
    if (at === EDGE) {
      this.entries.clear();
      this.entries.set(0, this.first);
      this.index = 0;
      history.pushState({ sabr: 0 }, '');
      this.show(this.first);
      return;
    }
    if (typeof at !== 'number') return;
    this.index = at;
    this.show(this.entries.get(at) ?? this.first);
  };
}
