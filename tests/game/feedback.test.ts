import { describe, expect, it } from 'vitest';
import { reactionTo } from '../../src/game/feedback.ts';
import { BREATH_CUE, cueForTurn } from '../../src/game/sound.ts';
import { voiceFor } from '../../src/game/voice.ts';
import type { Meters } from '../../src/core/vocabulary.ts';

const m = (anger: number, trust: number): Meters => ({ anger, trust, confusion: 0, belief: 0, loyalty: 50, composure: 80 });

describe('feedback on a reply', () => {
  it('reads a reply that heats, calms or leaves the customer as they were', () => {
    expect(reactionTo(m(60, 40), m(72, 35))).toBe('heated');
    expect(reactionTo(m(60, 40), m(48, 50))).toBe('calmer');
    expect(reactionTo(m(60, 40), m(61, 41))).toBe('same');
  });

  it('plays the breath its own cue, and the ending its chord even on a breath', () => {
    expect(cueForTurn({ option: -1, before: m(60, 40), after: m(60, 40) })).toBe(BREATH_CUE);
    expect(cueForTurn({ option: -1, before: m(60, 40), after: m(60, 40) }, 'walked-out')).toHaveLength(3);
    expect(cueForTurn({ option: 0, before: m(60, 40), after: m(40, 40) })[0]!.to).toBeGreaterThan(440);
  });

  it('finds a voice for the language, a local one first, and none when there is none', () => {
    const voices = [{ lang: 'en-US', localService: false }, { lang: 'ar-SA', localService: false }, { lang: 'ar-EG', localService: true }];
    expect(voiceFor(voices, 'ar')).toBe(2);
    expect(voiceFor(voices, 'en')).toBe(0);
    expect(voiceFor([{ lang: 'fr-FR', localService: true }], 'ar')).toBe(-1);
  });
});
