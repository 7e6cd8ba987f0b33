/**
 * The Emirati feminine "you" (docs/arabic-style.md 3.4): in a `uae` scenario the customer says ـج to
 * a woman (the `ar-f` of their lines), the staff say ـك (the replies). Read from the shipped files, so a
 * UAE scenario written later is held to the same rule.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { isScenarioFile } from '../../src/cli/files.ts';
import { loadScenario } from '../../src/core/load.ts';
import { UAE_SUFFIXED } from '../../src/core/lintTrainee.ts';
import type { Localized, Scenario } from '../../src/core/schema.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const uae = readdirSync(dir)
  .filter(isScenarioFile)
  .map((file) => loadScenario(readFileSync(new URL(file, dir), 'utf8'), file).scenario!)
  .filter((s) => s.region === 'uae');

const words = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{M}])[وف]?(?:${list.join('|')})(?![\\p{L}\\p{M}])`, 'u');
/** The customer's ـك forms to a woman, and the same words with the Emirati ـج. */
const WITH_K = words(UAE_SUFFIXED);
const WITH_J = words(UAE_SUFFIXED.map((w) => `${w.slice(0, -1)}ج`));

function customerLines(s: Scenario): [string, Localized][] {
  return [
    ...s.beats.flatMap((b) => [[b.id, b.line] as [string, Localized], ...(b.variants ?? []).map((v) => [`${b.id} variant`, v.line] as [string, Localized])]),
    ...s.endings.flatMap((e) => [[e.id, e.line] as [string, Localized], ...(e.variants ?? []).map((v) => [`${e.id} variant`, v.line] as [string, Localized])]),
  ];
}

describe('the feminine "you" in the UAE scenarios', () => {
  it('covers the three UAE scenarios', () => {
    expect(uae.map((s) => s.id).sort()).toEqual(expect.arrayContaining(['colleague-system', 'delayed-flight', 'insurance-claim']));
  });

  it.each(uae.map((s) => [s.id, s] as const))('%s: customers say ـج to a female trainee, never ـك', (_id, s) => {
    const wrong = customerLines(s).filter(([, l]) => l['ar-f'] && WITH_K.test(l['ar-f'])).map(([where, l]) => `${where}: ${l['ar-f']}`);
    expect(wrong).toEqual([]);
  });

  it.each(uae.map((s) => [s.id, s] as const))('%s: staff say ـك, never ـج', (_id, s) => {
    const wrong = s.beats.flatMap((b) => b.options.flatMap((o) => [o.text.ar, o.text['ar-f']]))
      .filter((t): t is string => !!t && WITH_J.test(t));
    expect(wrong).toEqual([]);
  });

  it('tells the two apart', () => {
    expect(WITH_K.test('أنا واقفة قدامك.')).toBe(true);
    expect(WITH_J.test('أنا واقفة قدامج.')).toBe(true);
    expect(WITH_J.test('حقك تزعلين، والقيادة خارج الطرق والكراج والنموذج.')).toBe(false);
  });
});
