/**
 * First mistakes a new trainer made writing two scenarios from the guide alone (December 2026),
 * with the messages they now get: located where the mistake is, saying what to write instead.
 */
import { describe, expect, it } from 'vitest';
import { TINY_SCENARIO as VALID } from './fixtures.ts';
import { loadScenario } from '../../src/core/load.ts';
import { describeDiagnostic, type Diagnostic } from '../../src/core/diagnostics.ts';

const first = (text: string): Diagnostic => loadScenario(text, 't.yaml').diagnostics[0]!;
const en = (d: Diagnostic) => describeDiagnostic(d, 'en');
const ar = (d: Diagnostic) => describeDiagnostic(d, 'ar');
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

/** VALID with a second reply; `dash` is what starts it (a beginner forgets the "- "). */
const twoReplies = (dash: string) =>
  VALID.replace(
    '        next: done\n',
    `        next: done\n${dash}text: { en: "Calm down.", ar: "اهدأ." }\n        techniques: [dismiss]\n        next: done\n`,
  );

describe('a beginner\'s first mistakes', () => {
  it('says a reply written without its "- " is missing the dash, not only that "text" comes twice', () => {
    expect(loadScenario(twoReplies('      - '), 't.yaml').diagnostics).toEqual([]);
    const d = first(twoReplies('        '));
    expect(d).toMatchObject({ code: 'yaml-syntax', line: 20, column: 9, params: expect.objectContaining({ kind: 'duplicate-item' }) });
    expect(en(d).message).toBe('The field “text” appears twice in beats[0].options[0] (a reply in options): the “- ” that starts a new entry of the list is probably missing.');
    expect(en(d).hint).toContain('write “- ” in front of its first field');
    expect(strip(ar(d).message)).toBe('الحقل «text» مكرّر في beats[0].options[0] (رد ضمن options)، والأرجح أن الشرطة «- » التي تبدأ عنصرًا جديدًا في القائمة ناقصة.');
    // A field said twice outside any list is still just that.
    const top = first(VALID.replace('minutes: 2', 'minutes: 2\nminutes: 3'));
    expect(top.params.kind).toBe('duplicate');
  });

  it('says a branch of next written as a bare id needs "to:", and how to write it either way', () => {
    const d = first(VALID.replace('next: done', 'next:\n          - when: { mood: [furious] }\n            to: done\n          - done'));
    expect(d).toMatchObject({ code: 'branch-without-to', line: 22, column: 13, path: 'beats[0].options[0].next[1]' });
    expect(en(d)).toEqual({
      message: '“done” stands alone in the list of branches under “next”, but a branch names where it goes with “to:”.',
      hint: 'Write “- to: done”, with “when:” on the line above “to:” if the branch has a condition. For one destination with no condition, write it on one line instead: “next: done”.',
    });
    expect(strip(ar(d).hint)).toContain('اكتب «- to: done»');
  });

  it('points an over-indented line at its first character, where the editor shows the column', () => {
    const d = first(VALID.replace('        sets: [solved]', '         sets: [solved]'));
    expect(d).toMatchObject({ code: 'yaml-syntax', line: 18, column: 10, params: expect.objectContaining({ kind: 'indent' }) });
  });
});

describe('a place the game does not draw', () => {
  const withSetting = (setting: string) => first(VALID.replace('  archetype: angry', `  archetype: angry\n  look: { setting: ${setting} }`));

  it('suggests the drawn setting for the place a trainer names, and points at the pictures', () => {
    const d = withSetting('hotel');
    expect(d).toMatchObject({ code: 'not-one-of', line: 12, column: 20, path: 'customer.look.setting', params: expect.objectContaining({ suggestion: 'counter' }) });
    expect(en(d).message).toBe('“hotel” is not one of the values allowed here. Did you mean “counter”?');
    expect(en(d).hint).toContain('(pictures in docs/authoring.md#settings)');
    expect(strip(ar(d).hint)).toContain('docs/authoring.ar.md#الأماكن');
    expect(withSetting('call centre').params.suggestion).toBe('phone');
    expect(withSetting('garage').params.suggestion).toBe('workshop');
    expect(withSetting('shopfloor').params.suggestion).toBe('shop-floor');
    expect(withSetting('beach').params.suggestion).toBe('');
  });

  it('keeps the plain hint for other lists of values', () => {
    const d = first(VALID.replace('archetype: angry', 'archetype: mistake'));
    expect(en(d).hint).toBe('Use one of: angry, confused, mistaken.');
  });
});

describe('where to go, and when', () => {
  it('says a reply has no condition of its own when "when" is written on it, and how to branch', () => {
    const d = first(VALID.replace('        next: done', '        when: { mood: [furious] }\n        next: done'));
    expect(d).toMatchObject({ code: 'misplaced-field', line: 19, column: 9, path: 'beats[0].options[0].when' });
    expect(en(d).message).toBe('“when” was read as part of beats[0].options[0] (a reply in options), but a reply has no condition of its own: a condition chooses between the branches of its “next”.');
    expect(en(d).hint).toContain('“- when: { mood: [furious] }” with “to: manager” under it');
    expect(strip(ar(d).message)).toContain('لكن الرد لا يحمل شرطًا بنفسه');
    // Elsewhere a misplaced field keeps its usual words.
    expect(en(first(VALID.replace('    options:', '    when: { mood: [calm] }\n    options:'))).message).toContain('where it does not belong');
  });

  it('says how to write next when one branch is given as fields, with its own destination', () => {
    const d = first(VALID.replace('next: done', 'next: { to: done }'));
    expect(d).toMatchObject({ code: 'wrong-type', line: 19, column: 15, path: 'beats[0].options[0].next' });
    expect(en(d).hint).toBe('Write one destination on the line itself, “next: done”, or a list of branches, each starting with “- ”: “- when: { mood: [furious] }” with “to: …” under it, and last “- to: done”.');
    expect(strip(ar(d).hint)).toContain('«next: done»');
    expect(en(first(VALID.replace('minutes: 2', 'minutes: [2]'))).hint).toContain('A list is written in [ ]');
  });

  it('suggests female or male for a woman or a man, and en or ar for the names of the languages', () => {
    expect(first(VALID.replace('  archetype: angry', '  archetype: angry\n  gender: woman')).params.suggestion).toBe('female');
    expect(first(VALID.replace('  archetype: angry', '  archetype: angry\n  gender: Man')).params.suggestion).toBe('male');
    const d = first(VALID.replace('languages: [en, ar]', 'languages: [english, arabic]'));
    expect(en(d).message).toBe('“english” is not one of the values allowed here. Did you mean “en”?');
  });
});

describe('the languages of a text', () => {
  const key = (name: string) => first(VALID.replace('line: { en: "Fine.", ar: "طيب." }', `line: { en: "Fine.", ${name}: "طيب." }`));

  it('suggests ar-f for the names a trainer gives the female trainee\'s Arabic, and ar or en for the languages\' names', () => {
    expect(en(key('arf')).message).toBe('“arf” is not a field of endings[0].line (a text ({ en, ar })). Did you mean “ar-f”?');
    expect(key('ar-female').params.suggestion).toBe('ar-f');
    expect(key('arabic').params.suggestion).toBe('ar');
    expect(key('English').params.suggestion).toBe('en');
    expect(key('AR').params.suggestion).toBe('ar');
  });
});
