/** Messages trainers met while writing scenarios, quoted as they now read. */
import { describe, expect, it } from 'vitest';
import { TINY_SCENARIO as VALID } from './fixtures.ts';
import { loadScenario } from '../../src/core/load.ts';
import { describeDiagnostic, DIAGNOSTIC_CODES, type Diagnostic } from '../../src/core/diagnostics.ts';
import enCheck from '../../locales/en/check.json' with { type: 'json' };
import arCheck from '../../locales/ar/check.json' with { type: 'json' };


const first = (text: string): Diagnostic => loadScenario(text, 't.yaml').diagnostics[0]!;
const en = (d: Diagnostic) => describeDiagnostic(d, 'en');
const ar = (d: Diagnostic) => describeDiagnostic(d, 'ar');
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('messages a trainer met', () => {
  it('offers "did you mean" for a mood typo inside next: branches, as in variants', () => {
    const d = first(VALID.replace('next: done', 'next:\n          - when: { mood: [furius] }\n            to: done\n          - to: done'));
    expect(d).toMatchObject({ code: 'not-one-of', line: 20, column: 28, path: 'beats[0].options[0].next[0].when.mood[0]' });
    expect(en(d).message).toBe('“furius” is not one of the values allowed here. Did you mean “furious”?');
    expect(strip(ar(d).message)).toBe('القيمة «furius» ليست من القيم المسموح بها هنا. هل تقصد «furious»؟');
    const target = first(VALID.replace('next: done', 'next:\n          - to: dome'));
    expect(en(target).message).toBe('“dome” is not the id of any beat or ending. Did you mean “done”?');
  });

  it('suggests the technique a trainer meant by its noun or another form of the word', () => {
    const meant = (word: string) => first(VALID.replace('techniques: [acknowledge]', `techniques: [${word}]`)).params.suggestion;
    expect([meant('empathy'), meant('apology'), meant('explanation'), meant('listening'), meant('positive')])
      .toEqual(['empathize', 'apologize', 'explain', 'listen', 'positive-language']);
    expect(meant('weather')).toBe('');
  });

  it('says to put techniques written without brackets in [ ]', () => {
    const d = first(VALID.replace('techniques: [acknowledge]', 'techniques: listen, acknowledge'));
    expect(d).toMatchObject({ code: 'needs-list', line: 17, path: 'beats[0].options[0].techniques' });
    expect(en(d)).toEqual({
      message: '“techniques” takes a list, but “listen, acknowledge” is written as one piece of text.',
      hint: 'Put them in [ ]: techniques: [listen, acknowledge]',
    });
    expect(strip(ar(d).hint)).toBe('ضعها بين قوسين مربعين [ ] هكذا: techniques: [listen, acknowledge]');
  });

  it('says a list separated with the Arabic comma is one item, and to use the English comma', () => {
    const d = first(VALID.replace('techniques: [acknowledge]', 'techniques: [listen، acknowledge]'));
    expect(d).toMatchObject({ code: 'arabic-comma', line: 17, column: 22 });
    expect(en(d)).toEqual({
      message: '“listen، acknowledge” is separated with the Arabic comma (،), so YAML reads it as one item.',
      hint: 'Separate list items with the English comma (,): [listen, acknowledge]',
    });
  });

  it('names every line indented with a tab, not only the first', () => {
    const tabbed = VALID.replace('    options:', '\toptions:').replace('    line: { en: "Fine."', '\tline: { en: "Fine."');
    const d = first(tabbed);
    expect(d).toMatchObject({ code: 'yaml-syntax', line: 15, column: 1, params: expect.objectContaining({ kind: 'tabs', count: 2, lines: '15, 22' }) });
    expect(en(d).message).toBe('Tabs are used for indentation on 2 lines (15, 22); YAML only allows spaces.');
    expect(strip(ar(d).message)).toBe('استُخدم مفتاح Tab للإزاحة في 2 من الأسطر (15, 22)، وYAML لا يقبل إلا المسافات.');
    const one = first(VALID.replace('    options:', '\toptions:'));
    expect(en(one).message).toBe('A tab is used for indentation; YAML only allows spaces.');
  });

  it('says a field name needs a colon and a space', () => {
    const d = first(VALID.replace('next: done', 'next:done'));
    expect(d).toMatchObject({ code: 'yaml-syntax', line: 19, column: 9, params: expect.objectContaining({ kind: 'no-colon' }) });
    expect(en(d).message).toBe('This line has a field name with no “: ” after it.');
    expect(strip(ar(d).message)).toBe('في هذا السطر اسم حقل لا تليه «: ».');
  });

  it('lists every allowed value in full', () => {
    const d = first(VALID.replace('techniques: [acknowledge]', 'techniques: [weather]'));
    expect(en(d).hint).toContain('upsell, rush.');
  });

  it('says which block a field indented into the wrong one was read as part of, and where it belongs', () => {
    const sets = first(VALID.replace('        sets: [solved]\n', '').replace('        next: done\n', '        next: done\n    sets: [solved]\n'));
    expect(sets).toMatchObject({ code: 'misplaced-field', line: 19, column: 5 });
    expect(en(sets).message).toBe('“sets” was read as part of beats[0] “open” (a beat), where it does not belong: it is a field of a reply in options.');
    expect(en(sets).hint).toContain('Indent “sets:” by as many spaces as the other fields of a reply in options');
    const endings = first(VALID.replace('endings:', '    endings:'));
    expect(en(endings).message).toBe('“endings” was read as part of beats[0] “open” (a beat), where it does not belong: it is a field of the top level of the file.');
    const line = first(VALID.replace('        techniques: [acknowledge]', '        line: { en: "Hi", ar: "أهلًا" }\n        techniques: [acknowledge]'));
    expect(en(line).message).toBe('“line” was read as part of beats[0].options[0] (a reply in options), where it does not belong: it is a field of a beat, a variant or an ending.');
  });

  it('says which block a line whose indentation breaks the layout was read as part of', () => {
    const d = first(VALID.replace('        sets: [solved]', '         sets: [solved]'));
    expect(d).toMatchObject({ code: 'yaml-syntax', line: 18, params: expect.objectContaining({ kind: 'indent' }) });
    expect(en(d).message).toBe('The indentation here does not line up with the lines around it; this line was read as part of beats[0].options[0] (a reply in options).');
    const beat = first(VALID.replace('    options:', '   options:'));
    expect(en(beat).message).toContain('read as part of beats[0] “open” (a beat)');
    expect(strip(ar(beat).message)).toContain('قُرئ على أنه جزء من beats[0] «open» (مقطع)');
  });

  it('suggests the id a name with spaces or capitals was meant to be', () => {
    const d = first(VALID.replace('id: tiny', 'id: Refund Request'));
    expect(d).toMatchObject({ code: 'bad-id', line: 1, column: 5 });
    expect(en(d).message).toBe('“Refund Request” is not a valid id. Did you mean “refund-request”?');
    expect(en(first(VALID.replace('id: tiny', 'id: طلب'))).message).toBe('“طلب” is not a valid id.');
  });

  it('names an unknown field with the block it is in', () => {
    const d = first(VALID.replace('  - id: open', '  - id: open\n    colour: red'));
    expect(en(d).message).toBe('“colour” is not a field of beats[0] “open” (a beat).');
    expect(en(first(`colour: red\n${VALID}`)).message).toBe('“colour” is not a field of the top level of the file.');
  });

  it('never shows the YAML parser\'s English under --lang ar', () => {
    const broken = [
      VALID.replace('  archetype: angry', '\tarchetype: angry'),
      VALID.replace('"Fine."', '"Fine.'),
      VALID.replace('techniques: [acknowledge]', 'techniques: [acknowledge'),
      VALID.replace('    options:', '   options:'),
      VALID.replace('"I understand."', 'I understand: fine'),
      VALID.replace('text: { en: "I understand."', 'text: { en: "I \\q understand."'),
      `${VALID}---\nid: two\n`,
      VALID.replace('minutes: 2', 'minutes: @2'),
      VALID.replace('minutes: 2', 'minutes: !!binary 2'),
      VALID.replace('minutes: 2', 'minutes: &a &b 2'),
    ];
    for (const text of broken) {
      const d = first(text);
      expect(d.code).toMatch(/yaml-syntax|alias|wrong-type/);
      const { message, hint } = ar(d);
      if (d.params.detail) expect(`${message}${hint}`).not.toContain(String(d.params.detail));
      // No English sentence: Latin words only as field names, values and the names of formats.
      expect(strip(`${message} ${hint}`)).not.toMatch(/\b(the|is|are|must|not|expected|found|line|column)\b/i);
    }
  });

  it('names the kinds of value in the trainer\'s language', () => {
    const d = first(VALID.replace('minutes: 2', 'minutes: [2]'));
    expect(en(d).message).toBe('Wrong kind of value: expected “a number”, found “a list”.');
    expect(strip(ar(d).message)).toBe('نوع القيمة غير مناسب: المتوقَّع «رقم» والموجود «قائمة».');
  });

  it('warns when a reply sets a flag nothing reads', () => {
    const r = loadScenario(VALID.replace('sets: [solved]', 'sets: [solved, greeted]'), 't.yaml');
    expect(r.scenario).toBeDefined();
    const [d] = r.diagnostics;
    expect(d).toMatchObject({ code: 'flag-never-read', severity: 'warning', line: 18, column: 24, path: 'beats[0].options[0].sets[1]' });
    expect(en(d!).message).toBe('This reply sets the flag “greeted”, but no condition reads it, so setting it changes nothing.');
    const read = VALID.replace('sets: [solved]', 'sets: [solved, greeted]').replace('    line: { en: "Fine.", ar: "طيب." }', '    line: { en: "Fine.", ar: "طيب." }\n    variants:\n      - when: { flags: [greeted] }\n        line: { en: "Thanks for the welcome.", ar: "شكرًا على الترحيب." }');
    expect(loadScenario(read, 't.yaml').diagnostics).toEqual([]);
  });
});

describe('warnings about how a scenario is written', () => {
  it('warns when no reply sets solved, since no ending could then be satisfied', () => {
    const r = loadScenario(VALID.replace('        sets: [solved]\n', ''), 't.yaml');
    expect(r.scenario).toBeDefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'never-solved', severity: 'warning', path: 'beats', line: 13 })]);
    expect(en(r.diagnostics[0]!).message).toBe('No reply sets the flag “solved”, so no ending can be satisfied.');
  });

  it('warns about a figure the game cannot draw, with the nearest one', () => {
    const withFigure = (figure: string) => VALID.replace('  archetype: angry', `  archetype: angry\n  look: { figure: ${figure} }`);
    expect(loadScenario(withFigure('Woman_Hijab'), 't.yaml').diagnostics).toEqual([]);
    const [d] = loadScenario(withFigure('woman-hijib'), 't.yaml').diagnostics;
    expect(d).toMatchObject({ code: 'unknown-figure', severity: 'warning', line: 12, column: 19, params: expect.objectContaining({ suggestion: 'woman-hijab' }) });
    expect(en(d!).message).toBe('“woman-hijib” is not one of the figures the game can draw, so it would draw someone else. Did you mean “woman-hijab”?');
  });

  it('warns when English and Arabic are swapped', () => {
    const r = loadScenario(VALID.replace('line: { en: "Fine.", ar: "طيب." }', 'line: { en: "طيب.", ar: "Fine, then." }'), 't.yaml');
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([['wrong-script', 'endings[0].line.en'], ['wrong-script', 'endings[0].line.ar']]);
    expect(en(r.diagnostics[0]!).message).toBe('The “en” text here looks written in the other language.');
    const brand = VALID.replace('ar: "طيب."', 'ar: "طيب، رقم الطلب SA-1234."');
    expect(loadScenario(brand, 't.yaml').diagnostics).toEqual([]);
  });
});

describe('the words of every diagnostic', () => {
  const words = (locale: unknown, code: string) => (locale as Record<string, Record<string, string> | undefined>)[code];

  it('exist in English and Arabic, message and hint, with every variant', () => {
    for (const code of DIAGNOSTIC_CODES) {
      for (const locale of [enCheck, arCheck]) {
        const keys = Object.keys(words(locale, code) ?? {});
        expect(keys.some((k) => k.startsWith('message')), code).toBe(true);
        expect(keys.some((k) => k.startsWith('hint')), code).toBe(true);
      }
      for (const key of Object.keys(words(enCheck, code)!)) {
        // Counted messages have their own plural forms in each language (six in Arabic).
        if (code === 'more-problems' && /_(one|other)$/.test(key)) continue;
        expect(words(arCheck, code)![key], `${code}.${key}`).toBeDefined();
      }
    }
  });
});
