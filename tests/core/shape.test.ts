import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/core/load.ts';
import { describeDiagnostic, type Diagnostic } from '../../src/core/diagnostics.ts';
import { analyzeScenario, runBot } from '../../src/core/analyze.ts';
import { createBot } from '../../src/core/bots.ts';
import { replyQualities } from '../../src/core/shape.ts';
import { STARTERS } from './fixtures.ts';
import { startSession } from '../../src/core/session.ts';
import type { ScenarioInput } from '../../src/core/schema.ts';
import type { Technique } from '../../src/core/vocabulary.ts';

const GOOD: Technique[] = ['empathize', 'listen'];
const BAD: Technique[] = ['argue'];
const MEH: Technique[] = ['scripted'];
const chars = (n: number, lang = 'en') => (lang === 'en' ? 'a' : 'ب').repeat(n);

interface Reply { techniques: Technique[]; en: number; ar?: number; sets?: string[]; lengthReason?: string }
interface BeatSpec { replies: Reply[]; lengthReason?: string }

/** A scenario of beats in a row; each reply's text is `en` (and `ar`) characters long. */
function scenario(beats: BeatSpec[], extra: Partial<ScenarioInput> = {}): ScenarioInput {
  const say = (s: string) => ({ en: s, ar: s });
  return {
    id: 'shape', languages: ['en', 'ar'], title: say('Shape'), summary: say('s'), briefing: say('b'),
    difficulty: 'easy', minutes: 2, goals: ['P1'],
    customer: { name: say('Sam'), archetype: 'angry', traits: ['patient'], start: { anger: 50, trust: 45 } },
    beats: beats.map((b, i) => ({
      id: `b${i}`,
      line: say(`line ${i}`),
      ...(b.lengthReason ? { lengthReason: b.lengthReason } : {}),
      options: b.replies.map((r) => ({
        text: { en: chars(r.en), ar: chars(r.ar ?? r.en, 'ar') },
        techniques: r.techniques,
        ...(r.sets ? { sets: r.sets } : {}),
        ...(r.lengthReason ? { lengthReason: r.lengthReason } : {}),
        next: i === beats.length - 1 ? 'end' : `b${i + 1}`,
      })),
    })),
    endings: [{ id: 'end', line: say('bye') }],
    ...extra,
  } as ScenarioInput;
}

function check(input: ScenarioInput): Diagnostic[] {
  const result = loadScenario(JSON.stringify(input), 'shape.json');
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.diagnostics;
}
const codes = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);
const last = (r: Reply): Reply => ({ ...r, techniques: [...r.techniques, 'solve'], sets: ['solved'] });

/** Four beats where the good reply is the longest (and first) every time. */
const longestIsBest = (len = { good: 30, bad: 14, meh: 16 }): BeatSpec[] =>
  [0, 1, 2, 3].map((i) => {
    const good = { techniques: GOOD, en: len.good };
    return { replies: [i === 3 ? last(good) : good, { techniques: BAD, en: len.bad }, { techniques: MEH, en: len.meh }] };
  });

/** The same beats with the lengths and places mixed: the good reply is never the longest, never first. */
const mixed: BeatSpec[] = [
  { replies: [{ techniques: BAD, en: 14 }, { techniques: GOOD, en: 10 }, { techniques: MEH, en: 12 }] },
  { replies: [{ techniques: MEH, en: 11 }, { techniques: BAD, en: 13 }, { techniques: GOOD, en: 12 }] },
  { replies: [{ techniques: BAD, en: 12 }, { techniques: GOOD, en: 14 }, { techniques: MEH, en: 15 }] },
  { replies: [{ techniques: MEH, en: 11 }, last({ techniques: GOOD, en: 12 }), { techniques: BAD, en: 13 }] },
];

describe('reply quality', () => {
  it('ranks replies by the rules: hearing out above a stock phrase above arguing; caving pays for the policy it breaks', () => {
    const s = loadScenario(JSON.stringify(scenario([{ replies: [{ techniques: GOOD, en: 3 }, { techniques: MEH, en: 3 }, { techniques: BAD, en: 3 }, { techniques: ['cave'], en: 3 }] }])), 'q.json').scenario!;
    const [good, meh, bad, cave] = replyQualities(s, s.beats[0]!);
    expect(good).toBeGreaterThan(meh!);
    expect(meh).toBeGreaterThan(bad!);
    expect(cave).toBeLessThan(0);
    expect(replyQualities(s, s.beats[0]!)).toEqual([good, meh, bad, cave]);
  });
});

describe('check: the shape of the replies', () => {
  it('warns once for the scenario and at each beat when the best reply is the longest in most beats, with the numbers', () => {
    const ds = check(scenario(longestIsBest()));
    const pattern = codes(ds, 'reply-shape-pattern');
    expect(pattern.map((d) => d.params.shape)).toEqual(['longest', 'first']);
    expect(pattern[0]!.params).toMatchObject({ hits: 4, beats: 4, langs: 'en, ar' });
    const beats = codes(ds, 'reply-shape-beat').filter((d) => d.params.shape === 'longest');
    expect(beats.map((d) => d.path)).toEqual([0, 1, 2, 3].map((i) => `beats[${i}].options[0]`));
    const en = describeDiagnostic(beats[0]!, 'en');
    expect(en.message).toMatch(/longest: \d+ \(en\), \d+ \(ar\) characters/);
    // The reply is named by its number, as play --choose and the game's keys count it.
    expect(en.message).toMatch(/^The most helpful reply here \(reply 1: effect /);
    expect(en.hint).toContain('lengthReason');
    const ar = describeDiagnostic(pattern[0]!, 'ar');
    expect(ar.message).toContain('الأطول');
    expect(ar.message).not.toContain('{{');
  });

  it('says nothing about shape when the best reply moves around and the lengths are close', () => {
    const ds = check(scenario(mixed));
    expect(codes(ds, 'reply-shape-pattern')).toEqual([]);
    expect(codes(ds, 'reply-shape-beat')).toEqual([]);
    expect(codes(ds, 'reply-length-gap')).toEqual([]);
  });

  it('warns when the best reply comes last, or is the shortest, in most beats', () => {
    const reversed = longestIsBest({ good: 8, bad: 20, meh: 18 }).map((b) => ({ replies: [...b.replies].reverse() }));
    const shapes = codes(check(scenario(reversed)), 'reply-shape-pattern').map((d) => d.params.shape);
    expect(shapes).toEqual(['shortest', 'last']);
  });

  it('reports length per language when only one language gives the answer away', () => {
    const beats = longestIsBest().map((b) => ({ replies: b.replies.map((r) => ({ ...r, ar: GOOD.every((t) => r.techniques.includes(t)) ? 10 : 12 })) }));
    const pattern = codes(check(scenario(beats)), 'reply-shape-pattern').find((d) => d.params.shape === 'longest')!;
    expect(pattern.params.langs).toBe('en');
  });

  it('does not measure a language a reply is missing: the missing translation is the one warning', () => {
    // The good reply has no Arabic yet, so it would show its English: long beside short Arabic replies.
    const short = mixed.map((b) => ({ replies: b.replies.map((r) => (r.techniques === GOOD ? r : { ...r, ar: 9 })) }));
    const input = scenario(short);
    const untranslated = [[0, 1], [1, 2], [2, 1]] as const;
    for (const [b, o] of untranslated) delete (input.beats[b]!.options[o]!.text as { ar?: string }).ar;
    const found = check(input).filter((d) => d.code === 'missing-translation' || d.code.startsWith('reply-'));
    expect(found.map((d) => [d.code, d.path])).toEqual(
      untranslated.map(([b, o]) => ['missing-translation', `beats[${b}].options[${o}].text`]),
    );
  });

  it('warns at a beat where one reply is more than twice as long as another, and not at exactly twice', () => {
    const gap = codes(check(scenario([{ replies: [last({ techniques: GOOD, en: 21 }), { techniques: MEH, en: 10 }] }])), 'reply-length-gap');
    expect(gap).toHaveLength(1);
    expect(gap[0]!.params).toMatchObject({ long: 1, short: 2, lang: 'en' });
    expect(gap[0]!.path).toBe('beats[0].options[0].text.en');
    // The language is named as the file writes it, the field the trainer edits, not a bare code.
    expect(describeDiagnostic(gap[0]!, 'en').message).toContain('characters in the “en” text');
    expect(describeDiagnostic(gap[0]!, 'ar').message).toContain('في نص «\u2068en\u2069»'); // isolated in the Arabic
    expect(codes(check(scenario([{ replies: [last({ techniques: GOOD, en: 10 }), { techniques: MEH, en: 20 }] }])), 'reply-length-gap')).toEqual([]);
  });

  it('lets the author silence the per-beat length warnings with a stated reason, never the scenario-wide pattern', () => {
    const onBeat = longestIsBest().map((b) => ({ ...b, lengthReason: 'The good reply lists the three options the branch can offer.' }));
    const ds = check(scenario(onBeat));
    expect(codes(ds, 'reply-length-gap')).toEqual([]);
    expect(codes(ds, 'reply-shape-beat').filter((d) => d.params.shape === 'longest')).toEqual([]);
    expect(codes(ds, 'reply-shape-pattern').map((d) => d.params.shape)).toContain('longest');

    const onReply = longestIsBest().map((b) => ({ replies: b.replies.map((r, i) => (i === 0 ? { ...r, lengthReason: 'It reads out the booking.' } : r)) }));
    const dr = check(scenario(onReply));
    expect(codes(dr, 'reply-length-gap')).toEqual([]);
    expect(codes(dr, 'reply-shape-beat').filter((d) => d.params.shape === 'longest')).toEqual([]);
  });
});

describe('analyze: shape-only bots', () => {
  it('plays the longest, shortest, first and last reply, measuring length in the language asked for', () => {
    const s = loadScenario(JSON.stringify(scenario([{ replies: [last({ techniques: GOOD, en: 5, ar: 9 }), { techniques: MEH, en: 8, ar: 4 }] }])), 'b.json').scenario!;
    const pick = (bot: string) => createBot(bot)!.next(startSession(s));
    expect([pick('longest:en'), pick('longest:ar'), pick('longest'), pick('shortest:en'), pick('first'), pick('last')]).toEqual([1, 0, 1, 0, 0, 1]);
    expect(createBot('first:ar')).toBeUndefined();
    expect(createBot('longest:fr')).toBeUndefined();
  });

  it('warns when a shape bot ends satisfied or near the best play, and reports length bots per language when they differ', () => {
    const a = analyzeScenario(loadScenario(JSON.stringify(scenario(longestIsBest())), 'a.json').scenario!);
    const wins = a.warnings.filter((w) => w.code === 'shape-bot-wins').map((w) => w.params.bot);
    // The moves the bot made, to replay with play --bot and to find the beats to rewrite.
    expect(a.warnings.find((w) => w.code === 'shape-bot-wins')!.params.moves).toBe('1,1,1,1');
    expect(wins).toEqual(['longest', 'first']);
    expect(a.bots.map((b) => b.bot)).toEqual(expect.arrayContaining(['longest', 'shortest', 'first', 'last']));

    const split = longestIsBest().map((b) => ({ replies: b.replies.map((r) => ({ ...r, ar: GOOD.every((t) => r.techniques.includes(t)) ? 5 : 12 })) }));
    const byLang = analyzeScenario(loadScenario(JSON.stringify(scenario(split)), 'l.json').scenario!);
    expect(byLang.bots.map((b) => b.bot)).toEqual(expect.arrayContaining(['longest:en', 'longest:ar']));
  });

  it('stays quiet when no shape bot comes within 15 points of the best play', () => {
    const a = analyzeScenario(loadScenario(JSON.stringify(scenario(mixed)), 'm.json').scenario!);
    expect(a.best.outcome).toBe('satisfied');
    for (const b of a.bots.filter((r) => ['longest', 'shortest', 'first', 'last'].includes(r.bot))) {
      expect(b.outcome).not.toBe('satisfied');
      expect(a.best.score - b.score).toBeGreaterThan(15);
    }
    expect(a.warnings.map((w) => w.code)).not.toContain('shape-bot-wins');
  });
});

describe('the shipped scenarios', () => {
  it.each(STARTERS)('%s: whenever always picking the longest or the shortest reply ends satisfied, the check says so', (file) => {
    const result = loadScenario(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'), file);
    const flagged = new Set(codes(result.diagnostics, 'reply-shape-pattern').map((d) => d.params.shape));
    for (const shape of ['longest', 'shortest'] as const) {
      for (const lang of result.scenario!.languages) {
        if (runBot(result.scenario!, `${shape}:${lang}`).outcome === 'satisfied') expect(flagged, `${shape} (${lang}) wins`).toContain(shape);
      }
    }
  });
});
