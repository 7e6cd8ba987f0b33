/**
 * Playing the draft in the real game: the studio leaves the text under a key and opens the game
 * page with `?preview=draft` (and `&beat=<id>` to start there); the game reads it through the
 * core's loader (src/game/preview.ts). The studio remembers where the trainer was, to come back.
 */
export const PREVIEW_KEY = 'sabr.studio.preview';
export const POSITION_KEY = 'sabr.studio.position';

/** Where the trainer was in the studio: the focused control and the scroll. */
export interface Position {
  focus?: string;
  scrollY: number;
}

/** The game page on the draft, from its start or from a beat, in the studio's language. */
export function previewUrl(beat?: string, lang?: 'en' | 'ar'): string {
  return `./index.html?preview=draft${beat ? `&beat=${encodeURIComponent(beat)}` : ''}${lang ? `&lang=${lang}` : ''}`;
}

/** Leaves the draft for the game; false when storage refused it. */
export function storePreview(store: Pick<Storage, 'setItem'>, draft: { name: string; text: string }): boolean {
  try {
    store.setItem(PREVIEW_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Remembers where the trainer was, for the way back. */
export function rememberPosition(store: Pick<Storage, 'setItem'>, position: Position): void {
  try {
    store.setItem(POSITION_KEY, JSON.stringify(position));
  } catch {
    // Losing the place is a small inconvenience; the draft itself is kept separately.
  }
}

/** Where the trainer was, once (it is forgotten on reading). */
export function takePosition(store: Pick<Storage, 'getItem' | 'removeItem'>): Position | undefined {
  try {
    const raw = store.getItem(POSITION_KEY);
    store.removeItem(POSITION_KEY);
    const data = raw ? (JSON.parse(raw) as Position) : undefined;
    return data && typeof data.scrollY === 'number' ? data : undefined;
  } catch {
    return undefined;
  }
}
