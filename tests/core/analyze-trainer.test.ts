/**
 * What `analyze` tells a trainer that the check cannot: an ending pointed at only under a
 * condition that never holds, and a scenario that rewards empathy less than the library's bar.
 */
import { describe, expect, it } from 'vitest';
import { analyzeScenario, EMPATHY_MARGIN, runBot } from '../../src/core/analyze.ts';
import { scenarioWith } from './fixtures.ts';
import enCli from '../../locales/en/cli.json' with { type: 'json' };
import type { Technique } from '../../src/core/vocabulary.ts';
import type { Next } from '../../src/core/schema.ts';

/** The CLI's English words for an analysis warning, filled in. */
const words = (code: keyof typeof enCli.analyze.warning, params: Record<string, string | number>) =>
  enCli.analyze.warning[code].replace(/{{(\w+)}}/g, (_, k: string) => String(params[k]));
const say = (s: string) => ({ en: s, ar: s });
const option = (techniques: Technique[], next: Next, sets?: string[]) => ({ text: say(techniques.join(' ')), techniques, next, ...(sets ? { sets } : {}) });

describe('analyze for a trainer', () => {
  it('names an ending no play reaches, though a branch points at it', () => {
    // The customer starts calm and only calms further: "furious" never holds, so "manager" is never said.
    const s = scenarioWith(
      [{ id: 'a', line: say('a'), options: [option(['listen', 'solve'], [{ when: { mood: ['furious'] }, to: 'manager' }, { to: 'end' }], ['solved'])] }],
      { start: { anger: 30 } },
      [{ id: 'end', line: say('ok') }, { id: 'manager', line: say('manager!') }],
    );
    const warning = analyzeScenario(s).warnings.find((w) => w.code === 'unvisited-ending');
    expect(warning).toEqual({ code: 'unvisited-ending', params: { beat: 'manager' } });
    expect(words('unvisited-ending', warning!.params)).toContain('Ending manager is never reached by any play, so its line is never said');
  });

  it(`warns when the defensive bot ends within ${EMPATHY_MARGIN} points of the empathetic one, not only above it`, () => {
    // Arguing costs little with a patient, barely angry customer, and both routes solve the problem.
    const s = scenarioWith(
      [{ id: 'a', line: say('a'), options: [option(['listen', 'solve'], 'end', ['solved']), option(['argue', 'solve'], 'end', ['solved'])] }],
      { start: { anger: 10 }, traits: ['patient'] },
    );
    const gap = runBot(s, 'empathetic').score - runBot(s, 'defensive').score;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(EMPATHY_MARGIN);
    const warning = analyzeScenario(s).warnings.find((w) => w.code === 'weak-empathy-margin' && w.params.bot === 'defensive');
    expect(warning?.params).toMatchObject({ margin: EMPATHY_MARGIN });
    expect(words('weak-empathy-margin', warning!.params)).toContain(`the library asks for ${EMPATHY_MARGIN} points between them`);
  });
});
