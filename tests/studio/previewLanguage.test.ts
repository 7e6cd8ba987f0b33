/**
 * A draft previewed from the studio plays in the studio's language (a trainer writing in Arabic
 * checks the Arabic), keeps the player's other settings — the trainee's gender above all — and
 * writes nothing to the player's real storage.
 */
import { describe, expect, it } from 'vitest';
import { previewFrom } from '../../src/game/preview.ts';
import { PREVIEW_KEY, previewUrl } from '../../src/studio/preview.ts';
import { STORAGE_KEY, loadProgress } from '../../src/game/storage.ts';
import { templateFor } from '../../src/studio/templates.ts';

function storage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() { return map.size; },
  };
}

const draft = JSON.stringify(templateFor('confused'));
const params = (url: string) => new URL(url, 'http://localhost/studio.html').searchParams;
const now = new Date('2026-12-01T12:00:00Z');

describe('the preview in the studio\'s language', () => {
  it('asks the game for the studio\'s language in the link', () => {
    expect(previewUrl(undefined, 'ar')).toBe('./index.html?preview=draft&lang=ar');
    expect(previewUrl('story', 'en')).toBe('./index.html?preview=draft&beat=story&lang=en');
  });

  it('plays in Arabic for a player whose game was in English, as a woman trainee if she chose so', () => {
    const stored = JSON.stringify({ version: 1, settings: { lang: 'en', trainee: 'female' }, attempts: [] });
    const real = storage({ [PREVIEW_KEY]: draft, [STORAGE_KEY]: stored });
    const preview = previewFrom(params(previewUrl(undefined, 'ar')), real)!;
    const { progress } = loadProgress(preview.store, now);
    expect(progress.settings.lang).toBe('ar');
    expect(progress.settings.trainee).toBe('female');
    expect(real.getItem(STORAGE_KEY)).toBe(stored);
  });

  it('plays in the studio\'s language on a first visit too, and a switch inside the game wins', () => {
    const real = storage({ [PREVIEW_KEY]: draft });
    const preview = previewFrom(params(previewUrl(undefined, 'ar')), real)!;
    expect(loadProgress(preview.store, now, 'en').progress.settings.lang).toBe('ar');
    preview.store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, settings: { lang: 'en' }, attempts: [] }));
    expect(loadProgress(preview.store, now).progress.settings.lang).toBe('en');
    expect(real.getItem(STORAGE_KEY)).toBeNull();
  });

  it('leaves the language alone without the parameter, and unreadable progress as it is', () => {
    const real = storage({ [PREVIEW_KEY]: draft, [STORAGE_KEY]: '{not json' });
    expect(previewFrom(params('./index.html?preview=draft'), real)!.store.getItem(STORAGE_KEY)).toBe('{not json');
    expect(previewFrom(params(previewUrl(undefined, 'ar')), real)!.store.getItem(STORAGE_KEY)).toBe('{not json');
  });
});
