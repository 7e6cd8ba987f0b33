import { describe, expect, it } from 'vitest';
import { skills } from '../../src/game/skills.ts';
import { freshProgress, withAttempt } from '../../src/game/storage.ts';
import type { Attempt, Scenario } from '../../src/core/schema.ts';
import type { Technique } from '../../src/core/vocabulary.ts';

const attempt = (scenario: string, outcome: Attempt['outcome'], techniques: Technique[][]): Attempt => ({
  id: `${scenario}@x`, scenario, lang: 'en', mode: 'practice', startedAt: 'x', finishedAt: 'x', moves: [], outcome, score: 50,
  axes: { customer: 50, business: 50, efficiency: 50 }, techniques,
});
const scenario = (id: string, goals: Scenario['goals']) => ({ id, goals }) as Scenario;

describe('skills per principle', () => {
  it('counts helpful techniques as used well, harmful ones as used badly, and links a scenario not mastered yet', () => {
    let p = freshProgress();
    p = withAttempt(p, attempt('a', 'walked-out', [['empathize', 'acknowledge'], ['argue'], ['argue']]));
    p = withAttempt(p, attempt('b', 'satisfied', [['listen']]));
    const library = [scenario('a', ['P5', 'P4']), scenario('b', ['P4', 'P7']), scenario('c', ['P4'])];
    const byId = Object.fromEntries(skills(p, library).map((s) => [s.principle, s]));
    expect(byId.P5).toMatchObject({ status: 'well', good: 2, bad: 0 });
    expect(byId.P6).toMatchObject({ status: 'well', good: 1 });
    expect(byId.P7!.status).toBe('well'); // taught by a mastered scenario
    expect(byId.P16).toMatchObject({ status: 'not-yet', good: 0, bad: 0 });
    expect(byId.P4!.practise!.id).toBe('a'); // b is mastered
    const harmful = Object.values(byId).filter((s) => s.status === 'badly');
    expect(harmful.length).toBeGreaterThan(0);
    expect(harmful.every((s) => s.bad > s.good)).toBe(true);
    expect(Object.keys(byId)).toHaveLength(16);
  });
});
