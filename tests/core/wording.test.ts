/** The Arabic uses one word per concept (docs/arabic-style.md section 5) and counts in Arabic plurals. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { cliTranslator } from '../../src/cli/sabr.ts';

const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');
const values = (node: unknown): string[] => (typeof node === 'string' ? [node] : Object.values(node as object).flatMap(values));

describe('Arabic wording', () => {
  it('names each concept with the one word the style guide chose', () => {
    // composure هدوؤك, active listening الاستماع النشط, a turn الجولة, mode الوضع, a flag العلامة, the debrief مراجعة الأداء.
    const avoided = /رباطة|الإنصات الفعّال|النمط|الدور|دورًا|أدوار|العلَم|(?<!\S)المراجعة(?!\S)/;
    const found = readdirSync('locales/ar').flatMap((file) =>
      values(JSON.parse(readFileSync(`locales/ar/${file}`, 'utf8'))).filter((v) => avoided.test(v)).map((v) => `${file}: ${v}`));
    expect(found).toEqual([]);
  });

  it('counts explored states with the Arabic plural forms', () => {
    const t = cliTranslator('ar');
    const states = (n: number) => strip(t('cli:analyze.states', { states: n, count: n }));
    expect(states(1)).toBe('استُكشفت حالة واحدة.');
    expect(states(2)).toBe('استُكشفت حالتان مختلفتان.');
    expect(states(3)).toBe('استُكشفت 3 حالات مختلفة.');
    expect(states(11)).toBe('استُكشفت 11 حالةً مختلفة.');
    expect(states(100)).toBe('استُكشفت 100 حالة مختلفة.');
    expect(cliTranslator('en')('cli:analyze.states', { states: 1, count: 1 })).toBe('1 distinct state explored.');
  });

  it('says plainly that no file was checked', () => {
    const t = cliTranslator('ar');
    const summary = (files: number) => strip(t('cli:checkSummary', { files: t('cli:files', { count: files }), errors: t('cli:errors', { count: 0 }), warnings: t('cli:warnings', { count: 0 }) }));
    expect(summary(0)).toBe('الملفات المفحوصة: لا شيء؛ لا أخطاء، لا تنبيهات.');
    expect(summary(2)).toBe('الملفات المفحوصة: ملفان؛ لا أخطاء، لا تنبيهات.');
  });
});
