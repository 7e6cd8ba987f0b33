/**
 * Every rule and composure text (the coaching after a reply, the debrief's explanations, `play`'s
 * "why") read about a woman customer in the feminine, for a trainee of either gender.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dynamicKey, translator } from '../../src/core/i18n.ts';
import { forCustomer } from '../../src/core/address.ts';
import { composureText, ruleText } from '../../src/core/explain.ts';
import type { Trainee } from '../../src/core/schema.ts';

const enRules = JSON.parse(readFileSync('locales/en/rules.json', 'utf8')) as Record<string, unknown>;
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

/** `rules:rule.P3.slow-reply` and the like: every text ruleText and composureText can show. */
function keys(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') out.set(path, node);
    else for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, `${path}.${k}`);
  };
  walk(enRules.rule, 'rules:rule');
  walk(enRules.composure, 'rules:composure');
  return out;
}

// «العميل» / «للعميل» / «عميل» (not «العميلة», not «عملاء»): the customer named as a man.
const MASCULINE_CUSTOMER = /عميل(?!ة|\p{L})/u;
// English that speaks of the customer: its Arabic inflects for her.
const ENGLISH_CUSTOMER = /\b(customer|them|their|they)\b/i;
const her = forCustomer({ gender: 'female' });
const render = (trainee: Trainee, key: string, gendered: object) =>
  strip(translator('ar', {}, trainee)(dynamicKey(key), { ...gendered, technique: 'x', from: 1, to: 2, causes: 'y', cause: 'z', change: '+1' }));

describe('rule and coaching texts for a woman customer', () => {
  const all = keys();

  it.each(['male', 'female'] as const)('name her in the feminine wherever they name the customer (trainee: %s)', (trainee) => {
    expect(all.size).toBeGreaterThan(70);
    const masculine: string[] = [];
    const unchanged: string[] = [];
    for (const [key, english] of all) {
      const forHer = render(trainee, key, her);
      const forHim = render(trainee, key, {});
      if (MASCULINE_CUSTOMER.test(forHer)) masculine.push(`${key}: ${forHer}`);
      if ((MASCULINE_CUSTOMER.test(forHim) || ENGLISH_CUSTOMER.test(english)) && forHer === forHim) unchanged.push(`${key}: ${forHim}`);
    }
    expect(masculine).toEqual([]);
    expect(unchanged).toEqual([]);
  });

  it("keep the female trainee's forms when the customer is a woman too", () => {
    // A text that speaks to a woman trainee differently must still do so about a woman customer:
    // `key_female` alone would give her the masculine address back.
    const lost: string[] = [];
    for (const key of all.keys()) {
      const toHer = render('female', key, {}) !== render('male', key, {});
      if (toHer && render('female', key, her) === render('male', key, her)) lost.push(key);
    }
    expect(lost).toEqual([]);
  });

  it('reads as Mariam would be spoken of, in the game, the debrief and the CLI', () => {
    const t = translator('ar', {}, 'female');
    expect(strip(ruleText(t, 'P6.unheard-solution', undefined, her))).toBe('قدّمتِ حلًا أو شرحًا قبل أن تسمعي العميلة حتى النهاية، فلم يبلغ أثره كاملًا.');
    expect(strip(ruleText(translator('ar'), 'P6.unheard-solution', undefined, her))).toBe('قدّمتَ حلًا أو شرحًا قبل أن تسمع العميلة حتى النهاية، فلم يبلغ أثره كاملًا.');
    expect(strip(ruleText(t, 'base.use-name', 'use-name', her))).toBe('مناداة العميلة باسمها تبني ثقتها وولاءها.');
    expect(strip(ruleText(t, 'base.use-name', 'use-name'))).toBe('مناداة العميل باسمه تبني ثقته وولاءه.');
    const retort = { applications: [{ rule: 'base.personal', principle: 'P14', technique: 'personal', meter: 'composure', from: 0, to: -9 }], before: { composure: 70 }, after: { composure: 61 } } as unknown as Parameters<typeof composureText>[1];
    expect(strip(composureText(t, retort, her)!)).toContain('ردّك الشخصي عليها');
    expect(strip(composureText(t, retort)!)).toContain('ردّك الشخصي عليه');
  });
});
