import { describe, expect, it } from 'vitest';
import { cueFor } from '../../src/game/sound.ts';
import type { Meters } from '../../src/core/vocabulary.ts';

const m = (anger: number): Meters => ({ anger, trust: 50, confusion: 20, belief: 0, loyalty: 50, composure: 80 });

describe('sound cues', () => {
  it('rise when a reply calms the customer and fall when it angers them, more for a bigger move', () => {
    const [calmer] = cueFor(m(60), m(40));
    const [angrier] = cueFor(m(40), m(60));
    expect(calmer!.to).toBeGreaterThan(calmer!.from);
    expect(angrier!.to).toBeLessThan(angrier!.from);
    const [small] = cueFor(m(60), m(55));
    expect(small!.to - small!.from).toBeLessThan(calmer!.to - calmer!.from);
  });

  it('stay silent when anger barely moves', () => {
    expect(cueFor(m(50), m(49))).toEqual([]);
  });

  it('end with a brighter chord for a satisfied customer than for one who walked out', () => {
    const happy = cueFor(m(20), m(10), 'satisfied');
    const gone = cueFor(m(90), m(100), 'walked-out');
    expect(happy).toHaveLength(3);
    expect(happy[0]!.from).toBeGreaterThan(gone[0]!.from);
  });
});
