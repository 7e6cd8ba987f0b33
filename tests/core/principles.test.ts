/**
 * One or more tests per principle of shared/domain/principles.md, each proving the direction
 * (and, where it asks, the ordering) the principle requires. Titles start with the P-id.
 */
import { describe, expect, it } from 'vitest';
import { breathe, choose, customerState, startSession } from '../../src/core/session.ts';
import { scoreSession } from '../../src/core/score.ts';
import { deltaOn, finalOf, linear, meters, playLinear, scenarioWith } from './fixtures.ts';
import type { Technique } from '../../src/core/vocabulary.ts';

const HOT = { anger: 85 };
const COOL = { anger: 30 };

describe('principles', () => {
  it('P1: solutions bounce off a furious customer; hearing them out is amplified', () => {
    const solveHot = deltaOn([['solve']], 1, 'anger', { start: HOT });
    const solveCool = deltaOn([['solve']], 1, 'anger', { start: COOL });
    expect(solveHot).toBeLessThan(0);
    expect(Math.abs(solveHot)).toBeLessThan(Math.abs(solveCool) / 2);

    const explainHot = deltaOn([['explain']], 1, 'confusion', { start: { ...HOT, confusion: 60 } });
    const explainCool = deltaOn([['explain']], 1, 'confusion', { start: { ...COOL, confusion: 60 } });
    expect(Math.abs(explainHot)).toBeLessThan(Math.abs(explainCool));

    for (const t of ['listen', 'acknowledge', 'empathize', 'apologize'] as Technique[]) {
      expect(deltaOn([[t]], 1, 'anger', { start: HOT })).toBeLessThan(deltaOn([[t]], 1, 'anger', { start: { anger: 50 } }));
    }
  });

  it('P2: LAST in order ends calmer than the same moves shuffled', () => {
    const inOrder: Technique[][] = [['listen'], ['apologize'], ['solve'], ['thank']];
    const shuffled: Technique[][] = [['solve'], ['thank'], ['apologize'], ['listen']];
    const a = finalOf(inOrder, { lastSets: ['solved'] });
    const b = finalOf(shuffled, { lastSets: ['solved'] });
    expect(meters(a).anger).toBeLessThan(meters(b).anger);
    expect(scoreSession(a).total).toBeGreaterThan(scoreSession(b).total);
  });

  it('P2: thanks before the problem is handled is weak; thanks at the close lifts loyalty', () => {
    const early = deltaOn([['thank']], 1, 'loyalty', { start: COOL });
    const late = deltaOn([['listen'], ['solve'], ['thank']], 3, 'loyalty', { start: COOL });
    expect(late).toBeGreaterThan(early);
    expect(late).toBeGreaterThan(0);
  });

  it('P3: once the customer is heard, solve calms more than any other single move', () => {
    const candidates: Technique[] = ['listen', 'acknowledge', 'empathize', 'apologize', 'explain', 'positive-language', 'set-expectation', 'use-name', 'ask', 'paraphrase'];
    const spec = { start: { anger: 55 } };
    const solve = deltaOn([['listen'], ['solve']], 2, 'anger', spec);
    for (const t of candidates) expect(solve).toBeLessThan(deltaOn([['listen'], [t]], 2, 'anger', spec));
  });

  it('P3: a reply that makes no progress raises anger, and so does a slow reply under a timer', () => {
    expect(deltaOn([['scripted']], 1, 'anger', { start: COOL })).toBeGreaterThan(0);
    const fast = playLinear([['listen']], { start: COOL }, { timeLimit: 20 }, [5]).at(-1)!;
    const slow = playLinear([['listen']], { start: COOL }, { timeLimit: 20 }, [45]).at(-1)!;
    expect(meters(slow).anger).toBeGreaterThan(meters(fast).anger);
    expect(slow.turns[0]!.applications.some((a) => a.rule === 'P3.slow-reply')).toBe(true);
  });

  it('P4: arguing raises anger, more with a furious customer than a calm one, and costs trust', () => {
    const hot = deltaOn([['argue']], 1, 'anger', { start: { anger: 70 } });
    const cool = deltaOn([['argue']], 1, 'anger', { start: { anger: 10 } });
    expect(cool).toBeGreaterThan(0);
    expect(hot).toBeGreaterThan(cool);
    expect(deltaOn([['argue']], 1, 'trust', { start: COOL })).toBeLessThan(0);
  });

  it('P5: acknowledgement lowers anger and raises trust; the first counts most', () => {
    const spec = { start: { anger: 50 } };
    expect(deltaOn([['acknowledge']], 1, 'anger', spec)).toBeLessThan(0);
    expect(deltaOn([['acknowledge']], 1, 'trust', spec)).toBeGreaterThan(0);
    const afterListening = deltaOn([['listen'], ['acknowledge']], 2, 'anger', spec);
    const afterEmpathy = deltaOn([['empathize'], ['acknowledge']], 2, 'anger', spec);
    expect(Math.abs(afterListening)).toBeGreaterThan(Math.abs(afterEmpathy));
  });

  it('P6: active listening lowers confusion a lot and anger a little, and unlocks solutions', () => {
    const spec = { start: { anger: 50, confusion: 60 } };
    for (const t of ['listen', 'ask', 'paraphrase'] as Technique[]) {
      const confusion = deltaOn([[t]], 1, 'confusion', spec);
      const anger = deltaOn([[t]], 1, 'anger', spec);
      expect(anger).toBeLessThan(0);
      expect(confusion).toBeLessThan(anger);
    }
    const solveUnheard = deltaOn([['positive-language'], ['solve']], 2, 'anger', { start: { anger: 50 } });
    const solveHeard = deltaOn([['listen'], ['solve']], 2, 'anger', { start: { anger: 50 } });
    expect(solveHeard).toBeLessThan(solveUnheard);
  });

  it('P7: the same offer in positive language calms more than in negative language', () => {
    const spec = { start: { anger: 50 } };
    const positive = deltaOn([['listen'], ['solve', 'positive-language']], 2, 'anger', spec);
    const negative = deltaOn([['listen'], ['solve', 'negative-language']], 2, 'anger', spec);
    expect(positive).toBeLessThan(negative);
    expect(deltaOn([['negative-language']], 1, 'anger', spec)).toBeGreaterThan(0);
  });

  it('P8: using the name raises trust; with high trust, positive moves land better', () => {
    expect(deltaOn([['use-name']], 1, 'trust')).toBeGreaterThan(0);
    const trusted = deltaOn([['listen'], ['acknowledge']], 2, 'anger', { start: { anger: 55, trust: 70 } });
    const wary = deltaOn([['listen'], ['acknowledge']], 2, 'anger', { start: { anger: 55, trust: 30 } });
    expect(trusted).toBeLessThan(wary);
  });

  it('P9: blaming a mistaken customer escalates hard', () => {
    const mistaken = deltaOn([['blame']], 1, 'anger', { archetype: 'mistaken', start: { anger: 40 } });
    const angry = deltaOn([['blame']], 1, 'anger', { archetype: 'angry', start: { anger: 40 } });
    expect(mistaken).toBeGreaterThan(angry);
    expect(mistaken).toBeGreaterThanOrEqual(15);
  });

  it('P9: validating the feeling, then explaining in positive language, moves them from insisting to accepting', () => {
    const respectful = playLinear([['validate-feeling'], ['explain', 'positive-language'], ['compromise']], { archetype: 'mistaken', lastSets: ['solved'] });
    const blunt = playLinear([['explain'], ['explain'], ['compromise']], { archetype: 'mistaken', lastSets: ['solved'] });
    expect(customerState(respectful[0]!).belief).toBe('insisting');
    expect(meters(respectful.at(-1)!).belief).toBeLessThan(meters(blunt.at(-1)!).belief);
    expect(meters(respectful[2]!).belief).toBeLessThan(meters(blunt[2]!).belief);
    expect(respectful.at(-1)!.outcome).toBe('satisfied');
  });

  it('P9: caving calms now but loses the business outcome; a compromise resolves well', () => {
    const caved = finalOf([['validate-feeling'], ['cave']], { archetype: 'mistaken' });
    const met = finalOf([['validate-feeling'], ['explain', 'positive-language'], ['compromise']], { archetype: 'mistaken', lastSets: ['solved'] });
    expect(deltaOn([['cave']], 1, 'anger', { archetype: 'mistaken' })).toBeLessThan(0);
    expect(caved.outcome).toBe('business-lost');
    expect(met.outcome).toBe('satisfied');
    expect(scoreSession(met).axes.business).toBeGreaterThan(scoreSession(caved).axes.business);
    expect(scoreSession(met).total).toBeGreaterThan(scoreSession(caved).total);
  });

  it('P10: clear explanation lowers confusion; jargon and vague answers raise it', () => {
    const spec = { archetype: 'confused' as const };
    expect(deltaOn([['explain']], 1, 'confusion', spec)).toBeLessThan(0);
    expect(deltaOn([['paraphrase']], 1, 'confusion', spec)).toBeLessThan(0);
    expect(deltaOn([['jargon']], 1, 'confusion', { ...spec, start: { confusion: 50 } })).toBeGreaterThan(0);
    expect(deltaOn([['vague']], 1, 'confusion', { ...spec, start: { confusion: 50 } })).toBeGreaterThan(0);
    expect(deltaOn([['explain']], 1, 'confusion', spec)).toBeLessThan(deltaOn([['explain']], 1, 'confusion', { archetype: 'angry', start: { confusion: 80 } }));
  });

  it('P10: a vague answer surfaces later as a complaint', () => {
    const turns: Technique[][] = [['listen'], ['vague'], ['listen'], ['listen']];
    const clear: Technique[][] = [['listen'], ['explain'], ['listen'], ['listen']];
    const spec = { archetype: 'confused' as const };
    const vagueRun = playLinear(turns, spec).at(-1)!;
    const fourth = vagueRun.turns[3]!;
    expect(fourth.applications.some((a) => a.rule === 'P10.misunderstanding-surfaces')).toBe(true);
    expect(fourth.after.anger - fourth.before.anger).toBeGreaterThan(deltaOn(clear, 4, 'anger', spec));
  });

  it('P11: rushing raises anger and confusion, more with a confused customer', () => {
    const confused = { archetype: 'confused' as const, start: { anger: 30, confusion: 30 } };
    const angry = { archetype: 'angry' as const, start: { anger: 30, confusion: 30 } };
    expect(deltaOn([['rush']], 1, 'anger', angry)).toBeGreaterThan(0);
    expect(deltaOn([['rush']], 1, 'confusion', angry)).toBeGreaterThan(0);
    expect(deltaOn([['rush']], 1, 'confusion', confused)).toBeGreaterThan(deltaOn([['rush']], 1, 'confusion', angry));
  });

  it('P12: the third identical move gives less than the first', () => {
    const names: Technique[][] = [['use-name'], ['use-name'], ['use-name']];
    expect(deltaOn(names, 3, 'trust')).toBeLessThan(deltaOn(names, 1, 'trust'));
    const upbeat: Technique[][] = [['positive-language'], ['positive-language'], ['positive-language']];
    const spec = { start: { anger: 55 } };
    expect(Math.abs(deltaOn(upbeat, 3, 'anger', spec))).toBeLessThan(Math.abs(deltaOn(upbeat, 1, 'anger', spec)));
  });

  it('P12: a scripted answer costs more trust each time it is repeated', () => {
    const turns: Technique[][] = [['scripted'], ['scripted'], ['scripted']];
    expect(deltaOn(turns, 3, 'trust')).toBeLessThan(deltaOn(turns, 1, 'trust'));
  });

  it('P12: traits change sensitivities (short-fused vs patient; expert vs novice)', () => {
    const start = { anger: 40 };
    expect(deltaOn([['argue']], 1, 'anger', { traits: ['short-fused'], start })).toBeGreaterThan(deltaOn([['argue']], 1, 'anger', { traits: ['patient'], start }));
    const confused = { archetype: 'confused' as const, start: { confusion: 40 } };
    expect(deltaOn([['jargon']], 1, 'confusion', { ...confused, traits: ['novice'] })).toBeGreaterThan(deltaOn([['jargon']], 1, 'confusion', { ...confused, traits: ['expert'] }));
  });

  it('P12 with P9, P13: a temper changes how much a slip stings, never how much giving in calms', () => {
    const start = { anger: 60 };
    for (const t of ['cave', 'overpromise'] as Technique[]) {
      const plain = deltaOn([[t]], 1, 'anger', { start });
      expect(deltaOn([[t]], 1, 'anger', { traits: ['short-fused'], start }), `${t}, short-fused`).toBe(plain);
      expect(deltaOn([[t]], 1, 'anger', { traits: ['patient'], start }), `${t}, patient`).toBe(plain);
    }
  });

  it('P13: an overpromise calms now and spikes later, losing trust', () => {
    const turns: Technique[][] = [['listen'], ['overpromise'], ['listen'], ['listen']];
    const spec = { start: { anger: 60 } };
    expect(deltaOn(turns, 2, 'anger', spec)).toBeLessThan(0);
    const spike = deltaOn(turns, 4, 'anger', spec);
    expect(spike).toBeGreaterThanOrEqual(15);
    expect(deltaOn(turns, 4, 'trust', spec)).toBeLessThan(0);
  });

  it('P13: an honest, concrete expectation builds trust; a false promise loses the business outcome', () => {
    expect(deltaOn([['set-expectation']], 1, 'trust')).toBeGreaterThan(0);
    const promised = finalOf([['listen'], ['overpromise']], { start: { anger: 50 }, lastSets: ['solved'] });
    expect(promised.outcome).toBe('business-lost');
    expect(scoreSession(promised).parts.noFalsePromise).toBe(false);
  });

  it('P14: answering hostile lines drains composure and a breath restores it', () => {
    const scenario = linear([['listen'], ['listen']], { hostility: 3 });
    const s0 = startSession(scenario);
    const s1 = choose(s0, 0);
    expect(meters(s1).composure).toBeLessThan(meters(s0).composure);
    expect(s1.turns[0]!.applications).toContainEqual(expect.objectContaining({ rule: 'P14.hostile-line', meter: 'composure' }));
    const breathed = breathe(s1);
    expect(breathed.at).toEqual(s1.at);
    expect(meters(choose(breathed, 0)).composure).toBeGreaterThan(meters(choose(s1, 0)).composure);
    const quiet = linear([['listen'], ['listen']], { hostility: 0, start: { composure: 50 } });
    expect(meters(breathe(startSession(quiet))).composure).toBeGreaterThan(50);
    const calm = linear([['listen'], ['listen']], { hostility: 0 });
    expect(meters(choose(startSession(calm), 0)).composure).toBe(meters(s0).composure);
  });

  it('P14: a shaken trainee\'s good moves land less well, and taking it personally escalates', () => {
    const steady = deltaOn([['acknowledge']], 1, 'anger', { start: { anger: 55, composure: 80 } });
    const shaken = deltaOn([['acknowledge']], 1, 'anger', { start: { anger: 55, composure: 20 } });
    expect(steady).toBeLessThan(shaken);
    expect(deltaOn([['personal']], 1, 'anger', { start: COOL })).toBeGreaterThan(0);
  });

  it('P15: thanks and an open door at the close raise loyalty more than before solving', () => {
    const closeThanks = deltaOn([['listen'], ['solve'], ['thank', 'future-help']], 3, 'loyalty', { start: COOL });
    const earlyThanks = deltaOn([['thank', 'future-help']], 1, 'loyalty', { start: COOL });
    expect(closeThanks).toBeGreaterThan(earlyThanks);
  });

  it('P16: product knowledge makes a solution land better; upselling to an upset customer backfires', () => {
    const spec = { start: { anger: 50 } };
    expect(deltaOn([['listen'], ['solve', 'product-knowledge']], 2, 'anger', spec)).toBeLessThan(deltaOn([['listen'], ['solve']], 2, 'anger', spec));
    expect(deltaOn([['upsell']], 1, 'anger', { start: { anger: 60 } })).toBeGreaterThan(0);
    expect(deltaOn([['upsell']], 1, 'loyalty', { start: { anger: 10 } })).toBeGreaterThan(0);
  });
});

describe('outcomes', () => {
  it('a furious customer who is argued with walks out', () => {
    const s = finalOf([['argue'], ['argue'], ['argue'], ['argue']], { start: { anger: 80 } });
    expect(s.outcome).toBe('walked-out');
  });

  it('a customer with no trust left at high anger asks for a manager', () => {
    const s = finalOf([['dismiss']], { start: { anger: 80, trust: 18 }, traits: ['patient'] });
    expect(s.outcome).toBe('escalated');
  });

  it('an ending reached while still cold and with the problem handled is grudging', () => {
    const s = finalOf([['solve']], { start: { anger: 45, trust: 20 }, lastSets: ['solved'] });
    expect(s.outcome).toBe('grudging');
  });

  it('past maxTurns the customer loses patience', () => {
    const beats = [{ id: 'loop', line: { en: 'Well?', ar: 'وبعد؟' }, options: [{ text: { en: 'Hm.', ar: 'امم.' }, techniques: ['listen' as const], next: 'loop' }, { text: { en: 'Done', ar: 'تم' }, techniques: ['solve' as const], next: 'end' }] }];
    let s = startSession(scenarioWith(beats, { start: { anger: 30 }, maxTurns: 3 }));
    for (let i = 0; i < 3; i++) s = choose(s, 0);
    expect(s.outcome).toBe('walked-out');
    expect(s.turns.at(-1)!.stop).toBe('max-turns');
  });
});
