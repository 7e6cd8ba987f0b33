/** Arabic addressed to the trainee takes her or his form: `_trainee_female` keys and `--trainee`. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { translator, TRAINEE_FEMALE } from '../../src/core/i18n.ts';
import { forCustomer } from '../../src/core/address.ts';
import { sabr } from '../cli/support.ts';

const NAMESPACES = ['vocabulary', 'ui', 'cli', 'rules'] as const;
const arUi = JSON.parse(readFileSync('locales/ar/ui.json', 'utf8'));
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

function leaves(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') out.set(path, node);
    else for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, path.endsWith(':') ? `${path}${k}` : `${path}.${k}`);
  };
  for (const ns of NAMESPACES) walk(JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')), `${ns}:`);
  return out;
}
const en = leaves('en');
const ar = leaves('ar');
const SUFFIXES = /(_female)?(_(zero|one|two|few|many|other))?$/;

describe("the trainee's gender", () => {
  it('picks the feminine form for a female trainee, the masculine otherwise, and leaves English alone', () => {
    const her = translator('ar', { ui: arUi }, 'female');
    const him = translator('ar', { ui: arUi }, 'male');
    expect(her('ui:conversation.youSaid')).toBe('قلتِ');
    expect(him('ui:conversation.youSaid')).toBe('قلتَ');
    expect(strip(her('ui:debrief.betterWas', { turn: 3 }))).toBe('في الجولة 3 قلتِ:');
    // Plural forms: only the zero form changes, the others fall back to the common words.
    expect(strip(her('ui:progress.uses', { count: 0, technique: 'x' }))).toBe('x — لم تستخدميها');
    expect(strip(her('ui:progress.uses', { count: 3, technique: 'x' }))).toBe('x — 3 مرات');
    // Both genders in one sentence: a female trainee speaking with a female customer.
    expect(her('rules:rule.P12.pride-respected', forCustomer({ gender: 'female' }))).toBe('العميلة المعتدّة بنفسها تلين حين تنادينها باسمها.');
    expect(him('rules:rule.P12.pride-respected', forCustomer({ gender: 'female' }))).toBe('العميلة المعتدّة بنفسها تلين حين تناديها باسمها.');
    expect(her('rules:rule.P12.pride-respected')).toBe('العميل المعتدّ بنفسه يلين حين تنادينه باسمه.');
    expect(translator('en', {}, 'female')('rules:rule.P2.in-order')).toBe(translator('en')('rules:rule.P2.in-order'));
  });

  it('has a common form (and English) for every feminine form', () => {
    const feminine = [...ar.keys()].filter((k) => k.includes(TRAINEE_FEMALE));
    expect(feminine.length).toBeGreaterThan(40);
    const orphans = feminine.filter((k) => {
      const base = k.replace(TRAINEE_FEMALE, '').replace(SUFFIXES, '');
      return ![...en.keys()].some((e) => e.replace(SUFFIXES, '') === base);
    });
    expect(orphans).toEqual([]);
  });

  it('gives a feminine form to every text that says «قلتَ» to the trainee', () => {
    // A past verb with a written fatha on its ending (قلتَ، أخذتَ، سرتَ) addresses a man.
    const masculine = /\p{L}تَ(?!\p{L})/u;
    const addressed = [...ar].filter(([k, v]) => !k.includes(TRAINEE_FEMALE) && masculine.test(v)).map(([k]) => k);
    expect(addressed.length).toBeGreaterThan(5);
    const withoutFeminine = addressed.filter((k) => {
      const [, base, rest] = /^(.*?)((?:_female)?(?:_(?:zero|one|two|few|many|other))?)$/.exec(k)!;
      return !ar.has(`${base}${TRAINEE_FEMALE}${rest}`) && !ar.has(`${base}${TRAINEE_FEMALE}`);
    });
    expect(withoutFeminine).toEqual([]);
  });
});

describe('sabr play --trainee', () => {
  it('reads the scenario and the explanations to a woman or a man', async () => {
    const args = ['play', 'scenarios/sixty-days.yaml', '--lang', 'ar', '--choose', '2'];
    const her = await sabr([...args, '--trainee', 'female']);
    const him = await sabr(args);
    expect(her.code).toBe(0);
    expect(her.out).toContain('أنتِ موظفة');
    expect(her.out).toContain('أنتِ: ');
    expect(her.out).toContain('سرتِ على الترتيب الصحيح');
    expect(him.out).toContain('سرتَ على الترتيب الصحيح');
    expect(him.out).not.toContain('أنتِ موظفة');
    expect(her.out).toContain('حالة العميلة');
  });

  it('refuses a value it does not know, in the output language', async () => {
    const r = await sabr(['play', 'scenarios/sixty-days.yaml', '--lang', 'ar', '--trainee', 'woman']);
    expect(r.code).toBe(2);
    expect(strip(r.err)).toContain('الخيار --trainee يقبل female أو male، وليس «woman».');
  });
});
