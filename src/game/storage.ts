/**
 * Progress and settings in browser storage, versioned and validated. Data that cannot be read
 * (corrupt, or from an older version) is kept aside under a backup key, never thrown away, and
 * the game starts fresh with a notice.
 */
import { progressSchema, PROGRESS_VERSION, settingsSchema, type Attempt, type Progress } from '../core/records.ts';

export const STORAGE_KEY = 'sabr.progress';
export const BACKUP_PREFIX = 'sabr.progress.backup.';

/** The part of the Web Storage API the game uses (tests pass a Map-backed one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>;

export interface LoadedProgress {
  progress: Progress;
  /**
   * Set when stored data could not be used: what happened, and where it was kept — `backupKey`
   * only when a copy really was written aside.
   */
  notice?: { kind: 'corrupt' | 'older'; backupKey?: string };
  /** True when the stored data must not be overwritten (it could not be kept aside). */
  readOnly?: boolean;
}

/**
 * The browser's localStorage when the page may use it, else a store in memory (storage blocked
 * by the browser's settings throws on the first touch): the game always runs.
 */
export function browserStore(): { store: KeyValueStore; persistent: boolean } {
  try {
    const store = window.localStorage;
    store.getItem(STORAGE_KEY);
    return { store, persistent: true };
  } catch {
    const data = new Map<string, string>();
    return { store: { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) }, persistent: false };
  }
}

export function freshProgress(lang?: 'en' | 'ar'): Progress {
  return { version: PROGRESS_VERSION, settings: settingsSchema.parse(lang ? { lang } : {}), attempts: [] };
}

export function loadProgress(store: KeyValueStore, now: Date, preferred?: 'en' | 'ar'): LoadedProgress {
  let raw: string | null = null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { progress: freshProgress(preferred) };
  }
  if (raw === null) return { progress: freshProgress(preferred) };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return setAside(store, raw, now, 'corrupt', preferred);
  }
  const parsed = progressSchema.safeParse(data);
  if (parsed.success) return { progress: parsed.data };
  const version = (data as { version?: unknown } | null)?.version;
  const older = typeof version === 'number' && version < PROGRESS_VERSION;
  return setAside(store, raw, now, older ? 'older' : 'corrupt', preferred);
}

function setAside(store: KeyValueStore, raw: string, now: Date, kind: 'corrupt' | 'older', preferred?: 'en' | 'ar'): LoadedProgress {
  const backupKey = `${BACKUP_PREFIX}${now.toISOString()}`;
  const progress = freshProgress(preferred);
  try {
    store.setItem(backupKey, raw);
  } catch {
    // Storage full: the original stays under its own key, untouched, until there is room.
    return { progress, notice: { kind }, readOnly: true };
  }
  // Kept aside: the fresh start replaces it, so the next visit does not set it aside again.
  saveProgress(store, progress);
  return { progress, notice: { kind, backupKey } };
}

/** Saves; false when the browser refuses (private mode, storage full). */
export function saveProgress(store: KeyValueStore, progress: Progress): boolean {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export function withAttempt(progress: Progress, attempt: Attempt): Progress {
  return { ...progress, attempts: [...progress.attempts, attempt] };
}

/** Best score and whether any attempt ended satisfied, per scenario. */
export function bestByScenario(progress: Progress): Map<string, { best: number; completed: boolean }> {
  const out = new Map<string, { best: number; completed: boolean }>();
  for (const a of progress.attempts) {
    const known = out.get(a.scenario) ?? { best: 0, completed: false };
    out.set(a.scenario, { best: Math.max(known.best, a.score), completed: known.completed || a.outcome === 'satisfied' });
  }
  return out;
}
