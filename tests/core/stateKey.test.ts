/**
 * The analysis memoises by `stateKey`: two sessions with one key must have one future, down to the
 * score. Random plays of shipped scenarios meet the same key by different paths; the same moves
 * from each must end with the same score.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/core/load.ts';
import { choose, currentBeat, startSession, stateKey, type Session } from '../../src/core/session.ts';
import { scoreSession } from '../../src/core/score.ts';

const load = (file: string) => loadScenario(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'), file).scenario!;

/** A small deterministic generator: the test's randomness comes in as a seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function playOn(s: Session, moves: number[]): Session {
  for (const m of moves) {
    const beat = currentBeat(s);
    if (!beat || s.outcome) break;
    s = choose(s, m % beat.options.length);
  }
  return s;
}

describe('stateKey', () => {
  it('holds what the score of a customer who leaves reads: the calmest and most trusting they became', () => {
    const scenario = load('card-abroad.yaml');
    const s = choose(choose(startSession(scenario, { record: false }), 0), 0);
    const calmer = { ...s, turns: s.turns.map((t, i) => (i === 0 ? { ...t, after: { ...t.after, anger: 0 } } : t)) };
    const warmer = { ...s, turns: s.turns.map((t, i) => (i === 0 ? { ...t, after: { ...t.after, trust: 100 } } : t)) };
    expect(stateKey(calmer)).not.toBe(stateKey(s));
    expect(stateKey(warmer)).not.toBe(stateKey(s));
  });

  it.each(['card-abroad.yaml', 'queue-number.yaml', 'colleague-report.yaml'])('%s: one key, one future score, whatever the path to it', (file) => {
    const scenario = load(file);
    const random = rng(7);
    const seen = new Map<string, Session>();
    let compared = 0;
    for (let play = 0; play < 400; play++) {
      let s = startSession(scenario, { record: false });
      for (let step = 0; step < 12 && currentBeat(s) && !s.outcome; step++) {
        s = choose(s, Math.floor(random() * currentBeat(s)!.options.length));
        const key = stateKey(s);
        const earlier = seen.get(key);
        if (!earlier) {
          seen.set(key, s);
          continue;
        }
        if (earlier.turns === s.turns) continue;
        const rest = Array.from({ length: 12 }, () => Math.floor(random() * 4));
        expect(scoreSession(playOn(s, rest)).total, `after ${key}`).toBe(scoreSession(playOn(earlier, rest)).total);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
