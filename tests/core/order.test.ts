import { describe, expect, it } from 'vitest';
import { replyOrder } from '../../src/core/order.ts';
import { choose, restoreSession, serializeSession, startSession } from '../../src/core/session.ts';
import { replay } from '../../src/core/debrief.ts';
import { scenarioWith } from './fixtures.ts';
import type { Technique } from '../../src/core/vocabulary.ts';

const say = (s: string) => ({ en: s, ar: s });
const beat = (id: string, n: number) => ({ id, options: Array.from({ length: n }, (_, i) => ({ text: say(`r${i}`), techniques: ['listen'] as Technique[], next: 'end' })) });

describe('the order replies are shown in', () => {
  it("is the file's order without a seed", () => {
    expect(replyOrder(undefined, beat('a', 4))).toEqual([0, 1, 2, 3]);
  });

  it('is a permutation fixed by the seed and the beat', () => {
    for (let seed = 0; seed < 200; seed++) {
      const order = replyOrder(seed, beat('a', 4));
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(replyOrder(seed, beat('a', 4))).toEqual(order);
    }
  });

  it('puts the first reply of the file in every place, about equally often, across attempts', () => {
    const places = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) places[replyOrder(seed, beat('opening', 4)).indexOf(0)]! += 1;
    for (const count of places) expect(count).toBeGreaterThan(850);
  });

  it('differs between the beats of one attempt', () => {
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => replyOrder(12345, beat(id, 4)).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('is kept with the session: a saved session and a retry from turn N show the same order', () => {
    const s = scenarioWith([
      { id: 'a', line: say('a'), options: [{ text: say('x'), techniques: ['listen'], next: 'b' }, { text: say('y'), techniques: ['argue'], next: 'b' }, { text: say('z'), techniques: ['ask'], next: 'b' }] },
      { id: 'b', line: say('b'), options: [{ text: say('x'), techniques: ['solve'], sets: ['solved'], next: 'end' }, { text: say('y'), techniques: ['thank'], next: 'end' }] },
    ]);
    const played = choose(choose(startSession(s, { seed: 99 }), 2), 0);
    expect(replay(played, 1).options.seed).toBe(99);
    const restored = restoreSession(s, JSON.parse(JSON.stringify(serializeSession(played)))).session!;
    expect(restored.options.seed).toBe(99);
    expect(replyOrder(restored.options.seed, s.beats[0]!)).toEqual(replyOrder(99, s.beats[0]!));
  });
});
