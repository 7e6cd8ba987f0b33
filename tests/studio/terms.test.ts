/**
 * One word per concept (docs/arabic-style.md §5): the studio's Arabic calls a beat what the
 * check's messages and the authoring guide call it, «مقطع». The studio once said «موقف», which
 * is the game's word for the briefing, so a trainer read «ليس معرّفًا لأي مقطع» beside a form
 * that had no «مقطع» in it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const read = (lang: string, ns: string) => JSON.parse(readFileSync(new URL(`../../locales/${lang}/${ns}.json`, import.meta.url), 'utf8')) as Tree;

function flat(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flat(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** The Arabic of every string whose English speaks of a beat. */
function beatStrings(ns: string): [string, string][] {
  const en = flat(read('en', ns));
  const ar = flat(read('ar', ns));
  return [...en].filter(([, text]) => /\bbeats?\b(?!-)/i.test(text)).map(([key]) => [key, ar.get(key) ?? '']);
}

describe('the Arabic word for a beat', () => {
  it.each(['studio', 'check'])('is «مقطع» in every %s string that speaks of beats', (ns) => {
    const strings = beatStrings(ns);
    expect(strings.length).toBeGreaterThan(0);
    for (const [key, ar] of strings) {
      expect(ar, key).toMatch(/مقطع|مقاطع|المقطعين/);
      expect(ar, key).not.toMatch(/موقف|مواقف/);
    }
  });

  it('leaves «الموقف» to the briefing, as the game names it', () => {
    expect(flat(read('ar', 'ui')).get('briefing.situation')).toBe('الموقف');
    expect(flat(read('ar', 'studio')).get('field.briefing')).toMatch(/^الموقف/);
  });
});
