/**
 * The game's own Arabic words (ui, game, countdown, picker) speak to a woman trainee as a woman:
 * every text that tells the trainee to do something (an imperative) or says what she did (a past
 * verb written with its fatha, «رددتَ») has her form, and her form does not keep his words.
 * Like `check`'s one-form warning for scenarios (src/core/lintTrainee.ts), it looks for words
 * from a list: careful rather than complete.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { uiTranslator } from '../../src/game/i18n.ts';
import { dynamicKey } from '../../src/core/i18n.ts';

const NAMESPACES = ['ui', 'game', 'countdown', 'picker'] as const;
/** Masculine imperatives whose feminine is written differently (اعرض → اعرضي), as buttons and advice use them. */
const IMPERATIVES = ['اعرض', 'افتح', 'اختر', 'ابدأ', 'اطبع', 'احفظ', 'اقرأ', 'تابع', 'ابقَ', 'تعلّم', 'تدرّب', 'استمع', 'اعتذر', 'اشكر', 'حُلّ', 'جرّب', 'ارجع', 'انقر', 'اضغط', 'خذ', 'تنفّس', 'اكتب', 'اسأل', 'ابحث', 'اضبط', 'انتقل', 'العب', 'أغلق', 'انتظر', 'تذكّر'];
const IMPERATIVE = new RegExp(`(?<![\\p{L}\\p{M}])[وف]?(${IMPERATIVES.join('|')})(?![\\p{L}\\p{M}])`, 'u');
// «قلتَ، رددتَ»: a past verb with a written fatha on its ending addresses a man.
const PAST = /(?<![\p{L}\p{M}])\p{L}+تَ(?![\p{L}\p{M}])/u;
const masculine = (text: string) => IMPERATIVE.exec(text)?.[1] ?? PAST.exec(text)?.[0];

const FORMS = /(_trainee_female|_female)?(_(zero|one|two|few|many|other))?$/;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(ns: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') out.set(path, node);
    else for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, path.endsWith(':') ? `${path}${k}` : `${path}.${k}`);
  };
  walk(JSON.parse(readFileSync(`locales/ar/${ns}.json`, 'utf8')), `${ns}:`);
  return out;
}
const ar = new Map(NAMESPACES.flatMap((ns) => [...leaves(ns)]));
const her = uiTranslator('ar', 'female');
const him = uiTranslator('ar', 'male');
// The journey's words (game:) take the trainee's gender as their i18next context (journey.ts `addressed`).
const params = (key: string, trainee: 'female' | 'male') => ({
  count: Number(PLURAL.test(key) ? { zero: 0, one: 1, two: 2, few: 3, many: 11, other: 100 }[PLURAL.exec(key)![1]!] : 3),
  ...(key.startsWith('game:') && trainee === 'female' ? { context: 'female' } : {}),
});

describe("the game's Arabic for a woman trainee", () => {
  it('gives her form to every text that tells the trainee what to do or says what she did', () => {
    const flagged = [...ar].filter(([key, text]) => !/_(trainee_)?female/.test(key) && masculine(text));
    expect(flagged.length).toBeGreaterThan(10);
    const missing = flagged.filter(([key]) => {
      const base = key.replace(FORMS, '');
      const forHer = her(dynamicKey(base), params(key, 'female'));
      return forHer === him(dynamicKey(base), params(key, 'male'));
    }).map(([key, text]) => `${key}: ${masculine(text)} in «${text}»`);
    expect(missing).toEqual([]);
  });

  it("never leaves his words in her form", () => {
    const mixed = [...ar]
      .filter(([key]) => key.includes('_trainee_female') || (key.startsWith('game:') && key.includes('_female')))
      .filter(([, text]) => masculine(text))
      .map(([key, text]) => `${key}: ${masculine(text)} in «${text}»`);
    expect(mixed).toEqual([]);
  });

  it('reads the buttons and notes this change touched in her form', () => {
    const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
    expect(strip(her('countdown:onTime', { seconds: 4, limit: 20 }))).toBe('رددتِ خلال 4 ثانية (الحد 20 ثانية).');
    expect(strip(him('countdown:onTime', { seconds: 4, limit: 20 }))).toBe('رددتَ خلال 4 ثانية (الحد 20 ثانية).');
    expect(her('game:progress.showMore', { count: 25 })).toContain('اعرضي');
    expect(him('game:progress.showMore', { count: 25 })).toContain('اعرض ');
    expect(her('ui:debrief.last')).toBe('استمعي، اعتذري، حُلّي، اشكري');
    expect(her('game:summary.print')).toBe('اطبعي أو احفظي بصيغة PDF');
  });
});
