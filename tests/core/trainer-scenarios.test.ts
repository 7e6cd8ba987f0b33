/**
 * Two scenarios written as trainers would, from README.md and docs/authoring*.md alone: an
 * English-first trainer (a Saudi bank branch, an ATM that kept a card, an angry customer) and an
 * Arabic-first one (an Egyptian mobile shop, a customer who thinks "unlimited" means no speed cap).
 * They hold the checks to realistic text: a check that warns on them is a false alarm a trainer
 * would meet, and the guide's "ready for the library" bar must be reachable by following it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/core/load.ts';
import { analyzeScenario } from '../../src/core/analyze.ts';
import { choose, startSession, text } from '../../src/core/session.ts';

const FILES = ['atm-card.yaml', 'unlimited-internet.yaml'] as const;
const load = (f: string) => loadScenario(readFileSync(new URL(`../fixtures/trainer/${f}`, import.meta.url), 'utf8'), f);

describe('scenarios written from the guide alone', () => {
  it.each(FILES)('%s passes the check with no warning', (f) => {
    expect(load(f).diagnostics).toEqual([]);
  });

  it.each(FILES)('%s meets the library bar: satisfied reachable, no analysis warning, empathy 30 points ahead', (f) => {
    const a = analyzeScenario(load(f).scenario!);
    expect(a.best.outcome).toBe('satisfied');
    expect(a.warnings).toEqual([]);
    const score = (bot: string) => a.bots.find((b) => b.bot === bot)!.score;
    expect(score('empathetic') - score('defensive')).toBeGreaterThanOrEqual(30);
  });

  it('speaks to a female trainee in the feminine, from the briefing to her own replies', () => {
    const s = load('atm-card.yaml').scenario!;
    expect(text(s.briefing, 'ar', 'female')).toMatch(/^تعملين في/);
    const after = choose(choose(startSession(s), 1), 1);
    const reply = s.beats.find((b) => b.id === after.turns[1]!.beat)!.options[after.turns[1]!.option]!;
    expect(text(reply.text, 'ar', 'female')).toContain('وأنا آسفة');
    expect(text(reply.text, 'ar', 'male')).toContain('وأنا آسف.');
  });
});
