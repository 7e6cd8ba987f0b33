/**
 * Analysis past its state cap tells the truth (issue 9): on a generated scenario too large to
 * explore, the report marks every result that covers only the explored states, never presents a
 * cut-off path as a play, and the debrief and the game's turning point give up instead of guessing.
 */
import { describe, expect, it } from 'vitest';
import { analyzeScenario, createExplorer } from '../../src/core/analyze.ts';
import { choose, startSession } from '../../src/core/session.ts';
import { scoreSession } from '../../src/core/score.ts';
import { debriefSession } from '../../src/core/debrief.ts';
import { answer } from '../../src/game/turningPointWorker.ts';
import { scenarioWith } from './fixtures.ts';
import type { Technique } from '../../src/core/vocabulary.ts';

const say = (s: string) => ({ en: s, ar: s });
const MOVES: Technique[][] = [['listen'], ['empathize', 'use-name'], ['argue'], ['explain', 'positive-language']];

/** `depth` beats of four replies each, every one leading on: the states multiply with the meters. */
function large(depth: number) {
  return scenarioWith(
    Array.from({ length: depth }, (_, i) => ({
      id: `b${i}`,
      line: say(`line ${i}`),
      options: MOVES.map((techniques, k) => ({
        text: say(`reply ${i}.${k}`),
        techniques: i === depth - 1 && k !== 2 ? [...techniques, 'solve' as Technique] : techniques,
        ...(i === depth - 1 && k !== 2 ? { sets: ['solved'] } : {}),
        next: i === depth - 1 ? 'end' : `b${i + 1}`,
      })),
    })),
    { start: { anger: 55, trust: 40 }, traits: ['patient'], maxTurns: 40 },
  );
}

const replay = (scenario: ReturnType<typeof large>, moves: number[]) => moves.reduce((s, m) => (s.outcome ? s : choose(s, m)), startSession(scenario));

describe('analysis past its state cap', () => {
  const big = large(14);

  it('marks every partial result, and its best and worst are real, finished plays that replay to their scores', () => {
    const a = analyzeScenario(big, { maxStates: 400 });
    expect(a.complete).toBe(false);
    expect(a.incomplete).toEqual(['best', 'worst', 'endings', 'outcomes', 'unvisitedBeats', 'deadEnds']);
    for (const path of [a.best, a.worst]) {
      expect(path.finished).toBe(true);
      const s = replay(big, path.moves);
      expect(s.outcome).toBe(path.outcome);
      expect(scoreSession(s).total).toBe(path.score);
    }
    const codes = a.warnings.map((w) => w.code);
    expect(codes).toContain('state-limit');
    expect(codes).not.toContain('unvisited-beat');
    expect(codes).not.toContain('no-satisfied-ending');
  });

  it('never prefers a path cut off at the cap to one that reaches the end, even a worse-scoring one', () => {
    // Arguing first ends in a quick walk-out (finished, scoring low); listening goes deep and is cut off.
    const hot = scenarioWith(
      Array.from({ length: 14 }, (_, i) => ({
        id: `b${i}`,
        line: say(`line ${i}`),
        options: [['argue', 'personal'], ['listen'], ['empathize', 'use-name'], ['explain', 'positive-language']].map((techniques, k) => ({ text: say(`r${i}.${k}`), techniques: techniques as Technique[], next: i === 13 ? 'end' : `b${i + 1}` })),
      })),
      { start: { anger: 80, trust: 30 }, maxTurns: 40 },
    );
    // At 10 states the cut-off path [listen ×4] scores above every finished one found (a walk-out).
    const explorer = createExplorer(10);
    const reach = explorer.reach(startSession(hot, { record: false }));
    expect(explorer.complete).toBe(false);
    expect(reach.best.finished).toBe(true);
    expect(reach.best.outcome).toBeDefined();
    const s = replay(hot, reach.best.moves);
    expect(s.outcome).toBe(reach.best.outcome);
  });

  it('a scenario small enough is explored completely, with nothing marked partial', () => {
    const a = analyzeScenario(large(3));
    expect(a.complete).toBe(true);
    expect(a.incomplete).toEqual([]);
    expect(a.best.finished).toBe(true);
  });

  it('the debrief and the game\'s turning point give up rather than suggest a reply from a cut-off search', () => {
    const played = replay(big, Array.from({ length: 14 }, (_, i) => (i === 3 ? 2 : 0)));
    expect(played.outcome).toBeDefined();
    const d = debriefSession(played, createExplorer(400));
    expect(d.unexplored).toBe(true);
    expect(d.turningPoint).toBeUndefined();
    expect(d.lastNeeded).toBeUndefined();
    const game = answer({ id: 1, scenario: big, moves: played.turns.map((r) => r.option) }, 400);
    expect(game).toEqual({ id: 1, turningPoint: null, needed: null, unexplored: true });
    const small = large(3);
    const full = answer({ id: 2, scenario: small, moves: [2, 0, 0] }, 400);
    expect(full.unexplored).toBe(false);
    expect(full.needed).not.toBeNull();
  });
});
