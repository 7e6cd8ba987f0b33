import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/core/load.ts';
import { choose, startSession, stateKey, type Session } from '../../src/core/session.ts';
import { debriefSession, replay } from '../../src/core/debrief.ts';
import { analyzeScenario } from '../../src/core/analyze.ts';
import { scoreSession } from '../../src/core/score.ts';

const scenario = loadScenario(readFileSync(new URL('../../scenarios/late-router.yaml', import.meta.url), 'utf8'), 'late-router.yaml').scenario!;
const play = (moves: number[]): Session => moves.reduce((s, m) => choose(s, m - 1), startSession(scenario));

describe('the debrief', () => {
  it('ticks LAST in the order the trainee reached each stage (P2)', () => {
    const d = debriefSession(play([2, 4, 3, 2, 3]));
    expect(d.last).toEqual({ listen: 1, apologize: 2, solve: 3, thank: 5 });
    const rushed = debriefSession(play([3, 1]));
    expect(rushed.last.listen).toBeNull();
    expect(rushed.last.solve).toBeNull();
    expect(rushed.lastUsed.solve).toBe(1);
  });

  it('charts the meters from the start through every turn', () => {
    const s = play([2, 4, 3]);
    const d = debriefSession(s);
    expect(d.series).toHaveLength(4);
    expect(d.series[0]!.anger).toBe(scenario.customer.start!.anger);
    expect(d.series.at(-1)).toEqual(s.customer.context.meters);
  });

  it('headlines each turn with the rule that moved anger most, citing its principle', () => {
    const d = debriefSession(play([1, 4]));
    // Khalid is short-fused: that multiplier moves anger more than the argument's own heat.
    expect(d.turns[0]!.headline).toMatchObject({ rule: 'P12.short-fused', principle: 'P12', meter: 'anger' });
    expect(d.turns[0]!.headline!.change).toBeGreaterThan(0);
    expect(d.turns[0]!.helpful).toBe(false);
  });

  it('finds no turning point in a play that kept the best score within reach', () => {
    const best = analyzeScenario(scenario).best;
    const s = best.moves.reduce((x, m) => choose(x, m), startSession(scenario));
    expect(scoreSession(s).total).toBe(best.score);
    expect(debriefSession(s).turningPoint).toBeUndefined();
  });

  it('finds the reply that cost most, and the one that would have kept the score', () => {
    const s = play([2, 4, 3, 4, 3]);
    const d = debriefSession(s);
    expect(d.turningPoint).toMatchObject({ turn: 4, beat: 'money', chosen: 3 });
    const tp = d.turningPoint!;
    expect(tp.bestBefore).toBeGreaterThan(tp.bestAfter);
    const retried = choose(replay(s, tp.turn - 1), tp.better);
    expect(analyzeScenario(scenario).best.score).toBeGreaterThanOrEqual(tp.bestBefore);
    expect(retried.turns.at(-1)!.beat).toBe('money');
  });

  it('replays a play up to any turn exactly', () => {
    const s = play([2, 4, 3, 2]);
    expect(stateKey(replay(s, 2))).toBe(stateKey(play([2, 4])));
    expect(stateKey(replay(s, 4))).toBe(stateKey(s));
  });
});
