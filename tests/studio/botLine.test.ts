/**
 * Under the branch map, the library's bar in the trainer's language: the empathetic bot's lead over
 * the defensive one, and any bot that wins without reading.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/load.ts';
import { analyzeScenario } from '../../src/core/analyze.ts';
import { buildMap } from '../../src/studio/map/graph.ts';
import { studioTranslator } from '../../src/studio/i18n.ts';
import { botLines } from '../../src/studio/botLine.ts';

const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

describe('the bots under the map', () => {
  it('says how far empathy leads on a shipped scenario, in Arabic and English', () => {
    const file = 'pharmacy-new-box.yaml';
    const { scenario, diagnostics } = loadScenario(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'), file);
    const analysis = analyzeScenario(scenario!);
    const map = buildMap(scenario!, diagnostics, analysis);
    const e = analysis.bots.find((b) => b.bot === 'empathetic')!;
    const d = analysis.bots.find((b) => b.bot === 'defensive')!;
    const [ar, ...rest] = botLines(studioTranslator('ar'), map.analysis).map(strip);
    expect(ar).toBe(`الروبوت المتعاطف ${e.score} (عميل راضٍ)، والروبوت الدفاعي ${d.score} (تصعيد إلى المدير): الفرق ${e.score - d.score} نقطة، والمكتبة تطلب 30 على الأقل.`);
    expect(rest).toEqual([]);
    expect(strip(botLines(studioTranslator('en'), map.analysis)[0]!)).toContain(`${e.score - d.score} points apart`);
  });

  it('names a bot that ends satisfied by picking the longest reply, and says nothing before the analysis', () => {
    const analysis = { states: 10, complete: true, bots: [
      { bot: 'empathetic', outcome: 'satisfied', score: 90 }, { bot: 'defensive', outcome: null, score: 5 },
      { bot: 'longest:ar', outcome: 'satisfied', score: 88 }, { bot: 'random:1', outcome: 'satisfied', score: 80 },
    ] };
    const lines = botLines(studioTranslator('ar'), analysis).map(strip);
    expect(lines[0]).toContain('الروبوت الدفاعي 5 (انصراف العميل)');
    expect(lines[1]).toBe('روبوت يختار الردود بطولها أو موضعها دون أن يقرأها ينتهي بعميل راضٍ: longest:ar.');
    expect(botLines(studioTranslator('ar'), undefined)).toEqual([]);
  });
});
