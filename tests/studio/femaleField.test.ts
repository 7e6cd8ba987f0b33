/**
 * The studio's note on a female form (`ar-f`) that shares few words with its Arabic: an old
 * female form left behind when the Arabic was rewritten (as happened writing ready-tomorrow from
 * the angry template) is flagged, and none of the shipped scenarios' real female forms is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STALE_BELOW, wordOverlap } from '../../src/studio/femaleField.ts';

const scenariosDir = new URL('../../scenarios/', import.meta.url);

/** Every `{ ar, ar-f }` text of a parsed file. */
function pairs(x: unknown): { ar: string; female: string }[] {
  if (Array.isArray(x)) return x.flatMap(pairs);
  if (!x || typeof x !== 'object') return [];
  const o = x as Record<string, unknown>;
  const here = typeof o.ar === 'string' && typeof o['ar-f'] === 'string' ? [{ ar: o.ar, female: o['ar-f'] }] : [];
  return [...here, ...Object.values(o).flatMap(pairs)];
}

describe('a female form that no longer matches its Arabic', () => {
  it('is flagged when the Arabic was rewritten and the old female form stayed', () => {
    // The angry template's closing line, after the trainer rewrote only its Arabic.
    expect(wordOverlap('أربعين دقيقة. طيب. وإذا تأخر مرة ثانية؟', 'الخامسة. لا تجعليني أرجع مرتين.')).toBeLessThan(STALE_BELOW);
  });

  it('is not flagged for a real female form, with or without vowel marks, nor when either is empty', () => {
    expect(wordOverlap('آسف يا أستاذة مريم، الحق علينا.', 'آسفة يا أستاذة مريم، الحق علينا.')).toBeGreaterThanOrEqual(STALE_BELOW);
    expect(wordOverlap('أنتَ موظف في الاستقبال.', 'أنتِ موظفة في الاستقبال.')).toBeGreaterThanOrEqual(STALE_BELOW);
    expect(wordOverlap('آسف.', 'آسفة.')).toBe(1);
    expect(wordOverlap('نادِ لي المدير.', 'نادي لي المدير.')).toBe(1);
    expect(wordOverlap('', 'آسفة.')).toBe(1);
    expect(wordOverlap('آسف.', '')).toBe(1);
  });

  it('is flagged for none of the shipped scenarios\' female forms', () => {
    const all = readdirSync(scenariosDir).filter((f) => f.endsWith('.yaml') && f !== 'tracks.yaml')
      .flatMap((f) => pairs(parse(readFileSync(new URL(f, scenariosDir), 'utf8'))).map((p) => ({ ...p, file: f })));
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((p) => wordOverlap(p.ar, p.female) < STALE_BELOW).map((p) => `${p.file}: ${p.female}`)).toEqual([]);
  });
});
