/**
 * Back and Forward move between the game's screens, never out of it. Each screen the trainee
 * goes to is a history entry (a reply replaces the conversation's entry: Back leaves the
 * conversation, it does not undo a reply). `EDGES` edge entries sit before the first screen: Back
 * onto one puts the first screen back (a new entry, synchronously — `history.forward()` would
 * leave a window in which a second quick Back leaves the game). Only the last `KEEP` screens are
 * remembered (each may hold a whole session): Back past them returns to the first screen.
 *
 * Why several edges, restored on every landing: the browser moves its own place in the history
 * when it commits a Back, but learns of the game's answer (the entry pushed from `popstate`) only
 * once the page has run that handler — after whatever task the page was busy with (drawing the
 * customer, a loaded machine). Backs pressed in that window walk on down from the browser's place.
 * Each edge is one such Back of slack; landing on edge d of `EDGES` lays edges d+1…EDGES down
 * again, so the slack never wears down, and the history never grows.
 */

const EDGE = 'edge';
const EDGES = 3;
const KEEP = 24;
type EdgeState = { sabr: typeof EDGE; depth: number };

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
    history.replaceState({ sabr: EDGE, depth: 1 } satisfies EdgeState, '');
    this.edgesFrom(2);
  }

  /** Lays edges `depth`…EDGES down, then the first screen's entry on top. */
  private edgesFrom(depth: number): void {
    for (let d = depth; d <= EDGES; d++) history.pushState({ sabr: EDGE, depth: d } satisfies EdgeState, '');
    history.pushState({ sabr: 0 }, '');
  }

  private readonly onPop = (event: PopStateEvent): void => {
    const state = event.state as { sabr?: unknown; depth?: unknown } | null;
    const at = state?.sabr;
    if (at === EDGE) {
      this.edgesFrom((typeof state?.depth === 'number' ? state.depth : EDGES) + 1);
      this.entries.clear();
      this.entries.set(0, this.first);
      this.index = 0;
      this.show(this.first);
      return;
    }
    if (typeof at !== 'number') return;
    this.index = at;
    this.show(this.entries.get(at) ?? this.first);
  };
}
