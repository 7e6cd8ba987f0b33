/**
 * A finding's place in the studio's own words, in both languages, instead of the check's path in
 * English brackets (`beats[0].options[1].next`), which a trainer working in the forms never sees.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { studioTranslator } from '../../src/studio/i18n.ts';
import { templateFor } from '../../src/studio/templates.ts';
import { placeOf } from '../../src/studio/place.ts';

const data = parse(templateFor('confused').text);
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
const ar = (path: string) => strip(placeOf(studioTranslator('ar'), data, path));
const en = (path: string) => strip(placeOf(studioTranslator('en'), data, path));

describe('the place of a finding', () => {
  it('names a reply\'s target by its beat\'s id and the reply\'s number, as the forms head them', () => {
    expect(ar('beats[0].options[1].next')).toBe('المقطع opening › الرد 2 › ينتقل إلى');
    expect(en('beats[0].options[1].next')).toBe('Beat opening › Reply 2 › Goes to');
  });

  it('names branches, wordings, endings, texts and starting levels', () => {
    expect(ar('beats[1].options[0].next[1].to')).toBe('المقطع page › الرد 1 › ينتقل إلى › الشرط 2 › ينتقل إلى');
    expect(ar('endings[0].variants[0].line.ar-f')).toBe('الخاتمة clear › الصيغة 1 › جملة العميل › العربية للمتدربة (حيث تختلف فقط)');
    expect(ar('customer.start.anger')).toBe('العميل › المستويات في البداية (فارغ: قيم هذا النوع نفسه) › الغضب');
    expect(ar('customer.look.figure')).toBe('العميل › الشخصية المرسومة');
    expect(ar('beats')).toBe('المقاطع');
    expect(ar('')).toBe('');
  });

  it('numbers what it cannot name, and keeps a key it does not know', () => {
    expect(ar('beats[7].lengthReason')).toBe('المقطع 8 › lengthReason');
    expect(en('beats[0].options[0].text.en')).toBe('Beat opening › Reply 1 › What the trainee says › English');
  });
});
