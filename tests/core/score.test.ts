/**
 * The score: the outcome leads (issue 6 §3) — every reachable ending of every shipped scenario
 * scores inside its outcome's band, satisfied clearly above grudging, grudging above a lost
 * business and an escalation, a walk-out lowest — and within an outcome the play still ranks.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/core/load.ts';
import { createExplorer } from '../../src/core/analyze.ts';
import { choose, startSession, stateKey, type Session } from '../../src/core/session.ts';
import { OUTCOME_BANDS, scoreSession } from '../../src/core/score.ts';
import { finalOf } from './fixtures.ts';
import { OUTCOMES, type Outcome } from '../../src/core/vocabulary.ts';
import { STARTERS } from './fixtures.ts';

describe('the score', () => {
  it('orders the bands: satisfied clearly above grudging, grudging above business lost and escalated, walk-out lowest', () => {
    const b = OUTCOME_BANDS;
    expect(b.satisfied.min - b.grudging.max).toBeGreaterThanOrEqual(5);
    expect(b.grudging.min).toBeGreaterThan(Math.max(b['business-lost'].max, b.escalated.max));
    expect(b['walked-out'].max).toBeLessThan(Math.min(b['business-lost'].min, b.escalated.min));
  });

  it.each(STARTERS)('%s: every reachable ending scores inside its outcome band, and plays within an outcome still differ', (file) => {
    const scenario = loadScenario(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'), file).scenario!;
    const scores = new Map<Outcome, Set<number>>();
    const outside: string[] = [];
    const scored = new Set<string>();
    const explorer = createExplorer(undefined, (_from, _move, to: Session) => {
      if (!to.outcome || scored.has(stateKey(to))) return;
      scored.add(stateKey(to));
      const { total } = scoreSession(to);
      const band = OUTCOME_BANDS[to.outcome];
      if (total < band.min || total > band.max) outside.push(`${to.outcome} ${total}`);
      scores.set(to.outcome, (scores.get(to.outcome) ?? new Set()).add(total));
    });
    explorer.reach(startSession(scenario, { record: false }));
    expect(outside).toEqual([]);
    for (const outcome of OUTCOMES) {
      const seen = scores.get(outcome);
      if (seen && seen.size > 0 && outcome !== 'satisfied') expect(seen.size, `${outcome} scores vary`).toBeGreaterThan(1);
    }
    expect(scores.get('walked-out')?.size ?? 2).toBeGreaterThan(1);
  });

  it('a walk-out after four careful turns beats one after two insults', () => {
    const careful = finalOf([['listen'], ['empathize'], ['apologize'], ['paraphrase'], ['solve']], { maxTurns: 4, start: { anger: 80 } });
    const insults = finalOf([['argue', 'personal'], ['blame', 'argue'], ['argue'], ['argue']], { start: { anger: 80 } });
    expect(careful.outcome).toBe('walked-out');
    expect(insults.outcome).toBe('walked-out');
    expect(insults.turn).toBeLessThanOrEqual(3);
    expect(scoreSession(careful).total).toBeGreaterThan(scoreSession(insults).total);
  });

  it('a grudging ending never scores beside a satisfied one on the same scenario', () => {
    const scenario = loadScenario(readFileSync(new URL('../../scenarios/late-router.yaml', import.meta.url), 'utf8'), 'late-router.yaml').scenario!;
    const play = (moves: number[]) => moves.reduce((s, m) => choose(s, m - 1), startSession(scenario));
    const satisfied = play([2, 4, 3, 2, 3]);
    const grudging = play([2, 4, 3, 3, 3]);
    expect(satisfied.outcome).toBe('satisfied');
    expect(grudging.outcome).toBe('grudging');
    expect(scoreSession(satisfied).total - scoreSession(grudging).total).toBeGreaterThanOrEqual(10);
  });
});
