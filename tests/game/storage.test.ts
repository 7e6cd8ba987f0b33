import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, STORAGE_KEY, bestByScenario, freshProgress, loadProgress, saveProgress, withAttempt, type KeyValueStore } from '../../src/game/storage.ts';
import type { Attempt } from '../../src/core/schema.ts';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const now = new Date('2026-11-22T10:00:00Z');
const attempt = (scenario: string, score: number, outcome: Attempt['outcome']): Attempt => ({
  id: `${scenario}-${score}`, scenario, lang: 'en', mode: 'practice', startedAt: now.toISOString(), finishedAt: now.toISOString(),
  moves: [1, 0], outcome, score, axes: { customer: score, business: score, efficiency: score }, techniques: [['listen'], ['solve']],
});

describe('progress in storage', () => {
  it('starts fresh, in the preferred language, when nothing is stored', () => {
    const r = loadProgress(memoryStore(), now, 'ar');
    expect(r.notice).toBeUndefined();
    expect(r.progress.settings.lang).toBe('ar');
    expect(r.progress.attempts).toEqual([]);
  });

  it('keeps attempts and settings across a save and a load', () => {
    const store = memoryStore();
    const p = withAttempt(freshProgress('en'), attempt('late-router', 80, 'satisfied'));
    expect(saveProgress(store, { ...p, settings: { ...p.settings, textSize: 'large' } })).toBe(true);
    const back = loadProgress(store, now);
    expect(back.notice).toBeUndefined();
    expect(back.progress.attempts).toHaveLength(1);
    expect(back.progress.settings.textSize).toBe('large');
  });

  it('sets corrupt data aside under a backup key and says so', () => {
    const store = memoryStore({ [STORAGE_KEY]: '{"version":1,"attempts":[{' });
    const r = loadProgress(store, now);
    expect(r.notice).toEqual({ kind: 'corrupt', backupKey: `${BACKUP_PREFIX}${now.toISOString()}` });
    expect(store.data.get(r.notice!.backupKey!)).toBe('{"version":1,"attempts":[{');
    expect(r.progress.attempts).toEqual([]);
  });

  it('writes the backup once, not once per reload, and says "kept aside" only when it was', () => {
    const store = memoryStore({ [STORAGE_KEY]: '{"broken' });
    expect(loadProgress(store, now).notice?.backupKey).toBeDefined();
    const again = loadProgress(store, new Date('2026-11-22T11:00:00Z'));
    expect(again.notice).toBeUndefined();
    expect([...store.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1);

    const full = memoryStore({ [STORAGE_KEY]: '{"broken' });
    full.setItem = (k, v) => {
      if (k !== STORAGE_KEY) throw new DOMException('full', 'QuotaExceededError');
      full.data.set(k, v);
    };
    const r = loadProgress(full, now);
    expect(r.notice).toEqual({ kind: 'corrupt' });
    expect(r.readOnly).toBe(true);
    expect(full.data.get(STORAGE_KEY)).toBe('{"broken');
  });

  it('treats valid JSON of the wrong shape as corrupt, and an older version as older', () => {
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: '{"version":1,"attempts":"x"}' }), now).notice?.kind).toBe('corrupt');
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: '{"version":0,"plays":[]}' }), now).notice?.kind).toBe('older');
  });

  it('survives a browser that refuses storage', () => {
    const refusing: KeyValueStore = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(loadProgress(refusing, now).progress.attempts).toEqual([]);
    expect(saveProgress(refusing, freshProgress())).toBe(false);
  });

  it('finds the best score and completion per scenario', () => {
    let p = freshProgress();
    p = withAttempt(p, attempt('a', 40, 'walked-out'));
    p = withAttempt(p, attempt('a', 85, 'satisfied'));
    p = withAttempt(p, attempt('b', 60, 'grudging'));
    expect(bestByScenario(p).get('a')).toEqual({ best: 85, completed: true });
    expect(bestByScenario(p).get('b')).toEqual({ best: 60, completed: false });
  });
});
