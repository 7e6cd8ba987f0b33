import { describe, expect, it } from 'vitest';
import { analyzeScenario, runBot } from '../../src/core/analyze.ts';
import { breathe, choose, startSession } from '../../src/core/session.ts';
import { scoreSession } from '../../src/core/score.ts';
import { scenarioWith } from './fixtures.ts';
import type { Technique } from '../../src/core/vocabulary.ts';
import type { Next } from '../../src/core/schema.ts';

const say = (s: string) => ({ en: s, ar: s });
const option = (techniques: Technique[], next: Next, sets?: string[]) => ({
  text: say(techniques.join(' ')),
  techniques,
  next,
  ...(sets ? { sets } : {}),
});

/** Three beats of three replies; every reply leads on, so paths multiply while states merge. */
const wide = scenarioWith(
  [
    { id: 'a', line: say('a'), options: [option(['listen'], 'b'), option(['argue'], 'b'), option(['empathize'], 'b')] },
    { id: 'b', line: say('b'), options: [option(['apologize'], 'c'), option(['deflect'], 'c'), option(['scripted'], 'c')] },
    { id: 'c', line: say('c'), options: [option(['solve', 'positive-language'], 'end', ['solved']), option(['cave'], 'end'), option(['blame'], 'end')] },
  ],
  { start: { anger: 60 } },
);

function replay(moves: number[]) {
  let s = startSession(wide);
  for (const m of moves) s = m === -1 ? breathe(s) : choose(s, m);
  return s;
}

describe('analysis', () => {
  it('finds the best and the worst play, and both replay to the scores it reports', () => {
    const a = analyzeScenario(wide);
    expect(a.complete).toBe(true);
    expect(a.best.score).toBeGreaterThan(a.worst.score);
    expect(scoreSession(replay(a.best.moves)).total).toBe(a.best.score);
    expect(scoreSession(replay(a.worst.moves)).total).toBe(a.worst.score);
    expect(a.best.outcome).toBe('satisfied');
    expect(a.best.moves.slice(0, 3)).not.toContain(1);
  });

  it('no play scores above the best or below the worst', () => {
    const a = analyzeScenario(wide);
    for (let i = 0; i < 27; i++) {
      const moves = [Math.floor(i / 9), Math.floor(i / 3) % 3, i % 3];
      const s = replay(moves);
      const score = scoreSession(s).total;
      expect(score).toBeLessThanOrEqual(a.best.score);
      expect(score).toBeGreaterThanOrEqual(a.worst.score);
    }
  });

  it('lists reachable endings with their outcomes', () => {
    const a = analyzeScenario(wide);
    expect(a.outcomes).toContain('satisfied');
    expect(a.outcomes).toContain('business-lost');
    expect(a.endings.find((e) => e.id === 'end')?.outcomes).toContain('satisfied');
  });

  it('reports a reply whose branches match nothing, and a beat no play reaches', () => {
    const s = scenarioWith(
      [
        { id: 'a', line: say('a'), options: [option(['listen'], [{ when: { mood: ['calm'] }, to: 'hidden' }]), option(['solve'], 'end', ['solved'])] },
        { id: 'hidden', line: say('h'), options: [option(['thank'], 'end')] },
      ],
      { start: { anger: 70 } },
    );
    const a = analyzeScenario(s);
    expect(a.deadEnds).toEqual([{ beat: 'a', option: 0 }]);
    expect(a.unvisitedBeats).toEqual(['hidden']);
    expect(a.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['dead-end', 'unvisited-beat']));
  });

  it('warns when a harmful bot beats the empathetic one', () => {
    const backwards = scenarioWith(
      [
        {
          id: 'a',
          line: say('a'),
          options: [option(['listen', 'empathize'], 'lost'), option(['argue', 'blame'], 'win')],
        },
        { id: 'lost', line: say('l'), options: [option(['scripted'], 'lost-end')] },
        { id: 'win', line: say('w'), options: [option(['solve', 'thank', 'future-help'], 'end', ['solved'])] },
      ],
      { start: { anger: 20 }, traits: ['patient'] },
      [{ id: 'end', line: say('ok') }, { id: 'lost-end', line: say('no') }],
    );
    const a = analyzeScenario(backwards);
    expect(runBot(backwards, 'defensive').score).toBeGreaterThan(runBot(backwards, 'empathetic').score);
    expect(a.warnings.map((w) => w.code)).toContain('harmful-bot-wins');
    expect(analyzeScenario(wide).warnings.map((w) => w.code)).not.toContain('harmful-bot-wins');
  });
});
