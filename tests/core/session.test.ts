import { describe, expect, it } from 'vitest';
import { breathe, choose, currentLine, restoreSession, serializeSession, SessionError, startSession, stateKey } from '../../src/core/session.ts';
import { createBot, seededRandom } from '../../src/core/bots.ts';
import { scenarioWith } from './fixtures.ts';

const say = (en: string, ar: string) => ({ en, ar });

/** Two beats with a mood-dependent line and a mood branch. */
const branching = scenarioWith(
  [
    {
      id: 'open',
      hostility: 2,
      line: say('You people never answer!', 'أنتم لا تردّون أبدًا!'),
      variants: [{ when: { mood: ['furious'] }, line: say('I have had enough!', 'طفح الكيل!') }],
      options: [
        { text: say('I hear you.', 'أسمعك.'), techniques: ['listen', 'acknowledge'], next: [{ when: { mood: ['calm', 'calming', 'upset', 'angry'] }, to: 'fix' }, { to: 'open' }] },
        { text: say('Calm down.', 'اهدأ.'), techniques: ['argue'], next: 'open' },
        { text: say('We will refund everything today, guaranteed.', 'سنعيد لك كل شيء اليوم، مضمون.'), techniques: ['overpromise'], next: 'fix' },
      ],
    },
    {
      id: 'fix',
      line: say('So what now?', 'وماذا الآن؟'),
      options: [
        { text: say('Here is the fix.', 'هذا هو الحل.'), techniques: ['solve', 'positive-language'], sets: ['solved'], next: 'end' },
        { text: say('Thanks for waiting.', 'شكرًا لانتظارك.'), techniques: ['thank'], next: 'end' },
      ],
    },
  ],
  { start: { anger: 82 } },
);

describe('a session', () => {
  it('says the line that fits the mood, and branches on it', () => {
    const s0 = startSession(branching);
    expect(currentLine(s0)?.en).toBe('I have had enough!');
    const s1 = choose(s0, 0);
    expect(s1.at).toEqual({ kind: 'beat', id: 'fix' });
    expect(currentLine(s1)?.ar).toBe('وماذا الآن؟');
  });

  it('is deterministic: the same choices give the same session', () => {
    const play = () => choose(choose(startSession(branching), 0), 0);
    expect(serializeSession(play())).toEqual(serializeSession(play()));
  });

  it('round-trips through JSON and carries on identically', () => {
    const s1 = choose(startSession(branching), 0);
    const saved = JSON.parse(JSON.stringify(serializeSession(s1)));
    const { session, error } = restoreSession(branching, saved);
    expect(error).toBeUndefined();
    expect(stateKey(session!)).toBe(stateKey(s1));
    expect(serializeSession(choose(session!, 0))).toEqual(serializeSession(choose(s1, 0)));
  });

  it('refuses saved data that is corrupt or from another scenario, with a reason', () => {
    const saved = serializeSession(startSession(branching));
    expect(restoreSession(branching, { ...saved, format: 99 }).error).toBeTruthy();
    expect(restoreSession(branching, { ...saved, turn: 'x' }).error).toContain('turn');
    expect(restoreSession(branching, '{').error).toBeTruthy();
    expect(restoreSession({ ...branching, id: 'other' }, saved).error).toContain('other');
  });

  it('rejects a choice that does not exist or comes after the end', () => {
    const s0 = startSession(branching);
    expect(() => choose(s0, 3)).toThrow(SessionError);
    const done = choose(choose(s0, 0), 0);
    expect(done.outcome).toBeDefined();
    expect(() => choose(done, 0)).toThrow(SessionError);
    expect(() => breathe(done)).toThrow(SessionError);
  });

  it('ends at once, offering nothing, when the customer starts past breaking point', () => {
    const s = startSession({ ...branching, customer: { ...branching.customer, traits: ['short-fused'], start: { anger: 95 } } });
    expect(s.outcome).toBe('walked-out');
    expect(() => choose(s, 0)).toThrow(SessionError);
  });

  it('keeps the customer waiting while the trainee breathes, without moving on', () => {
    const s0 = startSession(branching);
    const s1 = breathe(s0);
    expect(s1.at).toEqual(s0.at);
    expect(s1.turn).toBe(1);
    expect(s1.turns[0]!.option).toBe(-1);
  });
});

describe('bots', () => {
  it('random bots are seeded: the same seed plays the same game, another seed may not', () => {
    const play = (seed: string) => {
      const bot = createBot(seed)!;
      let s = startSession(branching);
      while (!s.outcome) {
        const m = bot.next(s);
        s = m === 'breathe' ? breathe(s) : choose(s, m);
      }
      return s.turns.map((t) => t.option);
    };
    expect(play('random:7')).toEqual(play('random:7'));
    const r = seededRandom(42);
    const values = Array.from({ length: 1000 }, r);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it('rejects unknown bot names', () => {
    expect(createBot('nice')).toBeUndefined();
    expect(createBot('random:x')).toBeUndefined();
  });
});
