/** The loader holds on hostile files: wrong encodings, tricky YAML, huge or repetitive input, control characters. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { TINY_SCENARIO as VALID } from './fixtures.ts';
import { loadScenario, MAX_DIAGNOSTICS, MAX_SCENARIO_BYTES } from '../../src/core/load.ts';
import { decodeScenarioBytes } from '../../src/core/encoding.ts';
import { describeDiagnostic, formatDiagnostic, MAX_SUGGESTION_LENGTH, suggest } from '../../src/core/diagnostics.ts';
import { checkAliases, findDuplicateKey, MAX_ALIASES, type Work } from '../../src/core/yamlGuards.ts';


const utf8 = (s: string) => new TextEncoder().encode(s);
const errorsOf = (text: string) => loadScenario(text, 'h.yaml').diagnostics.filter((d) => d.severity === 'error');

describe('file encodings', () => {
  // "مرحبا" as Windows-1256 writes it: م ر ح ب ا.
  const MARHABA_1256 = [0xe3, 0xd1, 0xcd, 0xc8, 0xc7];

  it('refuses a Windows-1256 (Arabic Windows) file, naming the encoding, where its first Arabic letter is', () => {
    expect(new TextDecoder('windows-1256').decode(new Uint8Array(MARHABA_1256))).toBe('مرحبا');
    const bytes = new Uint8Array([...utf8('id: x\ntitle: { en: Hi, ar: "'), ...MARHABA_1256, ...utf8('" }\n')]);
    const r = decodeScenarioBytes(bytes, 'arabic.yaml');
    expect('diagnostic' in r).toBe(true);
    const d = (r as { diagnostic: Parameters<typeof describeDiagnostic>[0] }).diagnostic;
    expect(d).toMatchObject({ code: 'not-utf8', severity: 'error', file: 'arabic.yaml', line: 2, column: 23, params: { kind: 'windows-1256' } });
    const en = describeDiagnostic(d, 'en');
    expect(en.message).toBe('The file is not saved as UTF-8: it looks like Windows-1256 (Arabic in older Windows programs), so its Arabic would show as gibberish.');
    expect(en.hint).toContain('Re-save it as UTF-8');
    const ar = describeDiagnostic(d, 'ar');
    expect(ar.message).toContain('Windows-1256');
    expect(ar.hint).toContain('UTF-8');
  });

  it('tells UTF-16 and Latin-1 files apart from Arabic ones', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'id: x\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeScenarioBytes(utf16, 'u.yaml')).toMatchObject({ diagnostic: { params: { kind: 'utf-16' } } });
    const latin = new Uint8Array([...utf8('title: { en: Caf'), 0xe9, ...utf8(' cr'), 0xe8, ...utf8('me }\n')]);
    expect(decodeScenarioBytes(latin, 'l.yaml')).toMatchObject({ diagnostic: { params: { kind: 'single-byte' }, line: 1, column: 17 } });
  });

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeScenarioBytes(utf8(VALID), 'v.yaml')).toEqual({ text: VALID });
    const bom = decodeScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(VALID)]), 'v.yaml');
    expect(bom).toEqual({ text: VALID });
  });
});

describe('hostile YAML', () => {
  it('answers a value that is a mapping where text is due with a located error, not an internal one', () => {
    const r = errorsOf(VALID.replace('difficulty: easy', 'difficulty: { toString: 1 }'));
    expect(r.map((d) => d.code)).not.toContain('internal');
    expect(r).toContainEqual(expect.objectContaining({ code: 'wrong-type', path: 'difficulty', line: 6, params: { expected: 'string', received: 'mapping' } }));
    expect(describeDiagnostic(r[0]!, 'en').message).toBe('Wrong kind of value: expected “text”, found “fields on the lines below (a mapping)”.');
  });

  it('takes keys named like the insides of JavaScript objects as unknown fields', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = errorsOf(`${VALID}${key}: { valueOf: 1, toString: 2 }\n`);
      expect(r.map((d) => d.code)).toEqual(['unknown-field']);
      expect(r[0]).toMatchObject({ line: 23, column: 1, params: expect.objectContaining({ field: key }) });
    }
  });

  it('locates an alias with no anchor at the alias itself', () => {
    const r = errorsOf(VALID.replace('line: { en: "Fine.", ar: "طيب." }', 'line: *fine'));
    expect(r).toEqual([expect.objectContaining({ code: 'alias', line: 22, column: 11, params: expect.objectContaining({ kind: 'unknown-anchor', name: 'fine' }) })]);
    expect(describeDiagnostic(r[0]!, 'en').message).toBe('“*fine” repeats a text marked “&fine”, but no such mark comes before it.');
  });

  it('accepts a few aliases, and locates the one past the limit or an expansion that explodes', () => {
    const reused = VALID.replace('line: { en: "This is wrong!", ar: "هذا خطأ!" }', 'line: &wrong { en: "This is wrong!", ar: "هذا خطأ!" }')
      .replace('line: { en: "Fine.", ar: "طيب." }', 'line: *wrong');
    expect(loadScenario(reused, 'a.yaml').diagnostics).toEqual([]);
    const many = `list: [&a x, ${Array.from({ length: MAX_ALIASES + 5 }, () => '*a').join(', ')}]\n`;
    const [tooMany] = errorsOf(many);
    expect(tooMany).toMatchObject({ code: 'alias', line: 1, params: expect.objectContaining({ kind: 'too-many-aliases' }) });
    expect(tooMany!.column).toBe(14 + 4 * MAX_ALIASES);
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const [bomb] = errorsOf(`${laughs}\n`);
    expect(bomb).toMatchObject({ code: 'alias', line: 2, params: expect.objectContaining({ kind: 'expansion' }) });
  });

  it('finds a duplicate key in a mapping of 20,000 keys in one pass, at its second appearance', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`);
    const text = ['x:', ...keys.map((k) => `  ${k}`), '  k7: 2', ''].join('\n');
    const work: Work = { steps: 0 };
    const found = findDuplicateKey(parseDocument(text, { uniqueKeys: false }), work);
    expect(found).toMatchObject({ kind: 'duplicate', detail: 'k7' });
    expect(work.steps).toBeLessThanOrEqual(20_002);
    const [d] = errorsOf(text);
    expect(d).toMatchObject({ code: 'yaml-syntax', line: 20_002, column: 3, params: { kind: 'duplicate', detail: 'k7' } });
    expect(describeDiagnostic(d!, 'en').message).toBe('The field “k7” appears twice at this level.');
  });

  it('counts aliases and anchors in one pass over 20,000 anchors', () => {
    const text = `x:\n${Array.from({ length: 20_000 }, (_, i) => `  k${i}: &a${i} v`).join('\n')}\ny: *a19999\n`;
    const work: Work = { steps: 0 };
    expect(checkAliases(parseDocument(text, { uniqueKeys: false }), work)).toBeUndefined();
    // Every key and value node is visited once: two per entry, and a few for the document.
    expect(work.steps).toBeLessThanOrEqual(2 * 20_000 + 10);
    const r = loadScenario(text, 'anchors.yaml');
    expect(r.diagnostics.map((d) => d.code)).toContain('unknown-field');
  });

  it('lists the first findings of 20,000 unknown keys and counts the rest', () => {
    const text = `${VALID}${Array.from({ length: 20_000 }, (_, i) => `zz${i}: 1`).join('\n')}\n`;
    const r = loadScenario(text, 'keys.yaml');
    expect(r.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'unknown-field', line: 23, params: expect.objectContaining({ field: 'zz0' }) });
    expect(r.diagnostics[MAX_DIAGNOSTICS - 1]).toMatchObject({ line: 23 + MAX_DIAGNOSTICS - 1 });
    const more = r.diagnostics.at(-1)!;
    expect(more).toMatchObject({ code: 'more-problems', params: { count: 20_000 - MAX_DIAGNOSTICS } });
    expect(describeDiagnostic(more, 'en').message).toBe('19950 more findings are not listed.');
  });

  it('gives no "did you mean" for a 20,000-character near-miss id, without comparing it', () => {
    const long = 'a'.repeat(20_000);
    const text = VALID.replace('  - id: open', `  - id: ${long}`).replace('next: done', `next: ${long.slice(1)}b`);
    const r = errorsOf(text);
    expect(r).toEqual([expect.objectContaining({ code: 'unknown-target', params: expect.objectContaining({ suggestion: '' }) })]);
    const work = { cells: 0 };
    expect(suggest(`${long.slice(1)}b`, [long, 'done'], work)).toBeUndefined();
    expect(work.cells).toBe(0);
    expect(formatDiagnostic(r[0]!, 'en').length).toBeLessThan(1000);
  });

  it('still suggests near misses, comparing only candidates whose length allows it', () => {
    const work = { cells: 0 };
    const candidates = ['acknowledge', 'a'.repeat(MAX_SUGGESTION_LENGTH), 'x', 'apologize'];
    expect(suggest('acknowlege', candidates, work)).toBe('acknowledge');
    // One table against "acknowledge" (10 × 11 cells), one cut short against "apologize"; the rest skipped by length.
    expect(work.cells).toBeLessThanOrEqual(10 * 11 + 10 * 9);
  });

  it('refuses text longer than the size limit before parsing it', () => {
    const r = loadScenario(`# ${'x'.repeat(MAX_SCENARIO_BYTES)}\n`, 'big.yaml');
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'file-too-large', line: 1, params: { limit: '1 MB' } })]);
    expect(describeDiagnostic(r.diagnostics[0]!, 'en').message).toBe('The file is larger than 1 MB, the most a scenario file may be, so it was not read.');
  });
});

describe('control characters', () => {
  const ESC = '\u001b';

  it('never prints a control character from the file raw, in either language', () => {
    const r = errorsOf(VALID.replace('  archetype: angry', `  archetype: angry\n  ${ESC}[2J${ESC}[31mevil: 1`));
    expect(r).toHaveLength(1);
    for (const lang of ['en', 'ar'] as const) {
      const out = formatDiagnostic(r[0]!, lang);
      expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
      expect(out).toContain('\\x1B[2J\\x1B[31mevil');
    }
  });

  it('escapes bidi overrides and control characters in the file name too', () => {
    const d = { ...errorsOf(VALID.replace('next: done', 'next: dne'))[0]!, file: `evil\u202Egnp.${ESC}]0;pwned\u0007yaml` };
    const out = formatDiagnostic(d, 'en');
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202A-\u202E]/);
    expect(out).toMatch(/^evil\\u202Egnp\.\\x1B\]0;pwned\\x07yaml:/);
  });

  it('refuses a text holding a control character, at the text', () => {
    const r = errorsOf(VALID.replace('line: { en: "Fine.", ar: "طيب." }', 'line: { en: "Fine.\\e[5m", ar: "طيب." }'));
    expect(r).toEqual([expect.objectContaining({ code: 'control-character', path: 'endings[0].line.en', line: 22, params: { char: '\\x1B' } })]);
    expect(describeDiagnostic(r[0]!, 'en').message).toBe('This text contains an invisible control character (\\x1B).');
  });
});
