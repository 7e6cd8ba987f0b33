/**
 * Mistakes a hurried trainer made that loaded and played without an error but played wrongly:
 * contradicting tags on one reply, `outcome` tested before an ending, Arabic-Indic digits and
 * Latin punctuation in Arabic. `check` now names each, where it is, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { TINY_SCENARIO as VALID } from './fixtures.ts';
import { loadScenario } from '../../src/core/load.ts';
import { describeDiagnostic, type Diagnostic } from '../../src/core/diagnostics.ts';
import { analyzeScenario } from '../../src/core/analyze.ts';
import { westernDigits } from '../../src/core/lintTypography.ts';

const found = (text: string, code: Diagnostic['code']) => loadScenario(text, 't.yaml').diagnostics.filter((d) => d.code === code);
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('contradicting techniques on one reply', () => {
  it('says a reply tagged cave and solve ends every conversation "business lost", and that analyze agrees', () => {
    const text = VALID.replace('techniques: [acknowledge]', 'techniques: [acknowledge, solve, cave]');
    const [d, ...rest] = found(text, 'conflicting-techniques');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', line: 17, column: 42, path: 'beats[0].options[0].techniques[2]' });
    expect(describeDiagnostic(d!, 'en')).toEqual({
      message: 'This reply is tagged both “cave” and “solve”. “cave” sets the flag policy-broken, so every conversation through this reply ends “Calmed, but business lost”, however well it solves the problem.',
      hint: 'If this is meant as the good reply, remove “cave” and the undue favour from its words; if it is meant as the trap, remove “solve” (and “solved” from its “sets”).',
    });
    expect(strip(describeDiagnostic(d!, 'ar').message)).toContain('تنتهي بـ«هدوء على حساب المؤسسة»');
    // What the warning claims: the only reply sets solved, yet no play ends other than business lost.
    expect(analyzeScenario(loadScenario(text, 't.yaml').scenario!).outcomes).toEqual(['business-lost']);
  });

  it('says an honest and a false promise cannot be the same reply', () => {
    const [d] = found(VALID.replace('techniques: [acknowledge]', 'techniques: [set-expectation, overpromise]'), 'conflicting-techniques');
    expect(describeDiagnostic(d!, 'en').message).toBe('This reply is tagged both “overpromise” and “set-expectation”, but a promise is either honest or not. “overpromise” sets the flag false-promise, so the conversation ends “Calmed, but business lost”, and the broken promise comes back two turns later.');
  });

  it('names any other opposite pair, and leaves compatible tags alone', () => {
    const [d] = found(VALID.replace('techniques: [acknowledge]', 'techniques: [positive-language, negative-language]'), 'conflicting-techniques');
    expect(describeDiagnostic(d!, 'en').message).toBe('This reply is tagged both “positive-language” and “negative-language”, which contradict each other: the rules apply both, so the customer reacts to a reply nobody could say.');
    expect(strip(describeDiagnostic(d!, 'ar').message)).toBe('هذا الرد موسوم بـ«positive-language» و«negative-language» معًا، وهما متناقضان: تطبّق القواعد الاثنين، فيتفاعل العميل مع رد لا يمكن أن يقوله أحد.');
    expect(found(VALID.replace('techniques: [acknowledge]', 'techniques: [acknowledge, apologize, solve, set-expectation]'), 'conflicting-techniques')).toEqual([]);
  });
});

describe('outcome tested before an ending', () => {
  it('warns on a beat variant and on a branch, which never hold there', () => {
    const variant = VALID.replace('    options:', '    variants:\n      - when: { outcome: [satisfied] }\n        line: { en: "Thanks!", ar: "شكرًا!" }\n    options:');
    const [v] = found(variant, 'outcome-before-ending');
    expect(v).toMatchObject({ line: 16, path: 'beats[0].variants[0].when.outcome' });
    expect(describeDiagnostic(v!, 'en').message).toBe('This condition tests “outcome” on a beat\'s variant, but the outcome is decided only at an ending: here it never holds, so this variant is never said.');
    const branch = VALID.replace('next: done', 'next:\n          - when: { outcome: [escalated] }\n            to: done\n          - to: done');
    const [b] = found(branch, 'outcome-before-ending');
    expect(b).toMatchObject({ path: 'beats[0].options[0].next[0].when.outcome' });
    expect(describeDiagnostic(b!, 'en').message).toBe('This condition tests “outcome” on a branch of “next”, but the outcome is decided only when an ending is reached: here it never holds, so this branch is never taken.');
    expect(strip(describeDiagnostic(b!, 'ar').hint)).toContain('انقل هذه الكلمات إلى صيغة بديلة للخاتمة');
  });

  it('accepts outcome on an ending variant', () => {
    const ending = VALID.replace('    line: { en: "Fine.", ar: "طيب." }\n', '    line: { en: "Fine.", ar: "طيب." }\n    variants:\n      - when: { outcome: [grudging] }\n        line: { en: "Hm.", ar: "همم." }\n');
    expect(loadScenario(ending, 't.yaml').diagnostics).toEqual([]);
  });
});

describe('digits and punctuation', () => {
  it('asks for Western digits, in either language, with the number rewritten', () => {
    const text = VALID.replace('ar: "أفهمك."', 'ar: "أفهمك، خلال ١٥ دقيقة."').replace('en: "I understand."', 'en: "I understand, ۲ minutes."');
    const ds = found(text, 'eastern-digits');
    expect(ds.map((d) => [d.path, d.params.digits, d.params.western])).toEqual([
      ['beats[0].options[0].text.en', '۲', '2'],
      ['beats[0].options[0].text.ar', '١٥', '15'],
    ]);
    expect(describeDiagnostic(ds[1]!, 'en')).toEqual({
      message: 'This text writes a number in Arabic-Indic digits (“١٥”).',
      hint: 'Write Western digits in both languages, here “15” (docs/arabic-style.md, section 7): the game isolates numbers on Arabic screens, and ٠١٢ mixed with 012 reads badly.',
    });
    expect(westernDigits('٠١٢٣٤٥٦٧٨٩ ۰۹')).toBe('0123456789 09');
  });

  it('asks for the Arabic comma and question mark after an Arabic word, not in numbers or Latin', () => {
    const [d, ...rest] = found(VALID.replace('ar: "هذا خطأ!"', 'ar: "هذا خطأ, ليش?"'), 'latin-punctuation');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'beats[0].line.ar', params: { mark: ',', arabic: '،' } });
    expect(describeDiagnostic(d!, 'en').message).toBe('This Arabic uses the Latin “,” after an Arabic word.');
    expect(strip(describeDiagnostic(d!, 'ar').hint)).toBe('استعمل العلامة العربية «،» بدلها (القسم 7 من docs/arabic-style.md)، فالقارئ العربي يرى العلامة اللاتينية خطأً مطبعيًا.');
    expect(found(VALID.replace('ar: "هذا خطأ!"', 'ar: "المبلغ 1,500 ريال، وكود الخطأ ONT?"'), 'latin-punctuation')).toEqual([]);
  });
});

describe('a copy-pasted beat', () => {
  it('says on which line the id was first used, not only its path', () => {
    const copy = VALID.replace('endings:', '  - id: open\n    line: { en: "Again?", ar: "مرة ثانية؟" }\n    options:\n      - text: { en: "Yes.", ar: "نعم." }\n        techniques: [listen]\n        next: done\nendings:');
    const [d] = found(copy, 'duplicate-id');
    expect(d).toMatchObject({ severity: 'error', line: 20, path: 'beats[1].id' });
    expect(describeDiagnostic(d!, 'en').message).toBe('The id “open” is already used on line 13 (beats[0]).');
    expect(strip(describeDiagnostic(d!, 'ar').message)).toBe('المعرّف «open» مستخدم من قبل في السطر 13 (beats[0]).');
  });
});
