/**
 * The studio's state over time: the scenario's text after each edit, for undo and redo, and the
 * current draft kept in the browser so a reload (or a crash) loses nothing.
 */

/** The part of Web Storage the draft uses (tests pass a Map-backed one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export const DRAFT_KEY = 'sabr.studio.draft';
/** The undo history, kept for the tab (sessionStorage) across a preview or a reload. */
export const HISTORY_KEY = 'sabr.studio.history';

/** A scenario being edited: its file name and its text. */
export interface Draft {
  name: string;
  text: string;
}

const LIMIT = 200;

/** Undo and redo over whole texts: small (a scenario is a few kilobytes) and always consistent. */
export class History {
  private past: string[] = [];
  private future: string[] = [];
  /** The group of the last text pushed (one field's typing), while it may still grow. */
  private group: string | undefined;

  constructor(private current: string) {}

  /** The history as it was kept, if it ends on `text` (else it belongs to another draft). */
  static from(kept: unknown, text: string): History | undefined {
    const k = kept as { past?: unknown; current?: unknown; future?: unknown } | null;
    const texts = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
    if (!k || k.current !== text || !texts(k.past) || !texts(k.future)) return undefined;
    const history = new History(text);
    history.past = k.past.slice(-LIMIT);
    history.future = k.future.slice(-LIMIT);
    return history;
  }

  /** What `from` reads back. */
  toJSON(): { past: string[]; current: string; future: string[] } {
    return { past: this.past, current: this.current, future: this.future };
  }

  get text(): string {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /**
   * A new text. Texts pushed in a row with the same `group` (one field's typing) make one step:
   * the last replaces the one before, until `seal`, an undo or another group.
   */
  push(text: string, group?: string): void {
    if (text === this.current) return;
    const grows = group !== undefined && group === this.group && this.past.length > 0;
    this.group = group;
    if (grows) {
      this.current = text;
      this.future = [];
      return;
    }
    this.past.push(this.current);
    if (this.past.length > LIMIT) this.past.shift();
    this.future = [];
    this.current = text;
  }

  /** Ends the step being typed: the next text is a step of its own. */
  seal(): void {
    this.group = undefined;
  }

  undo(): string | undefined {
    this.group = undefined;
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.current);
    this.current = previous;
    return previous;
  }

  redo(): string | undefined {
    this.group = undefined;
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.current);
    this.current = next;
    return next;
  }
}

/** Keeps the undo history for the tab; a history too large to keep is dropped, never the draft. */
export function keepHistory(store: KeyValueStore, history: History): void {
  try {
    store.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // Undo after a reload is a convenience; the draft itself is kept apart.
  }
}

/** The history kept for this draft's text, if any. */
export function keptHistory(store: KeyValueStore, text: string): History | undefined {
  try {
    return History.from(JSON.parse(store.getItem(HISTORY_KEY) ?? 'null'), text);
  } catch {
    return undefined;
  }
}

/** The draft kept in storage, if there is a readable one. */
export function loadDraft(store: KeyValueStore): Draft | undefined {
  try {
    const raw = store.getItem(DRAFT_KEY);
    if (!raw) return undefined;
    const data = JSON.parse(raw) as Partial<Draft>;
    return typeof data.name === 'string' && typeof data.text === 'string' ? { name: data.name, text: data.text } : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the draft; false when the browser refused (storage full or blocked). */
export function saveDraft(store: KeyValueStore, draft: Draft): boolean {
  try {
    store.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
