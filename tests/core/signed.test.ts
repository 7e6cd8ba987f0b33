/**
 * Signed numbers in Arabic text (the composure line of the game, the debrief and `play --lang ar`):
 * each number is isolated, so it reads «−12» with its sign first, and a list of causes is laid
 * out right to left, each number after its words. (tests/browser/signed.test.ts measures the
 * glyphs as Chromium draws them.)
 */
import { describe, expect, it } from 'vitest';
import { composureText } from '../../src/core/explain.ts';
import { translator } from '../../src/core/i18n.ts';
import { forCustomer } from '../../src/core/address.ts';
import { playLinear } from './fixtures.ts';
import { sabr } from '../cli/support.ts';

const [FSI, LRI, RLI, PDI] = ['\u2068', '\u2066', '\u2067', '\u2069'];

describe('signed numbers in Arabic', () => {
  const turn = playLinear([['listen'], ['personal']], { hostility: 2 }).at(-1)!.turns[1]!;

  it('isolate each number, and lay the causes out right to left', () => {
    const ar = composureText(translator('ar'), turn, forCustomer({ gender: 'female' }))!;
    const causes = `${FSI}كلمات العميلة الحادّة${PDI} ${FSI}\u221212${PDI}؛ ${FSI}ردّك الشخصي عليها${PDI} ${FSI}\u22128${PDI}`;
    expect(ar).toBe(`هدوؤك ${FSI}${turn.before.composure}${PDI} ← ${FSI}${turn.after.composure}${PDI}: ${RLI}${causes}${PDI}.`);
    // A first-strong isolate around the causes would find no letter outside their own isolates
    // and lay them out left to right: the number before its words.
    expect(ar).not.toContain(`${FSI}${FSI}كلمات`);
  });

  it('leave English as it was, with no direction marks', () => {
    const en = composureText(translator('en'), turn)!;
    expect(en).toBe(`Your composure ${turn.before.composure} → ${turn.after.composure}: the customer's sharp words −12; your own retort −8.`);
    expect(en).not.toMatch(/[\u2066-\u2069]/);
  });

  it('reach the terminal the same way in sabr play --lang ar', async () => {
    const r = await sabr(['play', 'scenarios/late-router.yaml', '--lang', 'ar', '--choose', '1']);
    expect(r.code).toBe(0);
    const line = r.out.split('\n').find((l) => l.includes('هدوؤك') && l.includes('←'))!;
    expect(line).toMatch(new RegExp(`: ${RLI}${FSI}كلمات العميل الجارحة${PDI} ${FSI}\u2212\\d+${PDI}${PDI}\\.$`));
    expect(line).not.toContain(LRI);
  });
});
