/**
 * Principle tests for what the debrief says (issue 6 §2): each proves the engine's explanation
 * follows what the reply did. Titles start with the P-id.
 */
import { describe, expect, it } from 'vitest';
import { breathe, choose, startSession } from '../../src/core/session.ts';
import { debriefSession, explainTurn, lastNeeded } from '../../src/core/debrief.ts';
import { composureCauses, composureText, ruleText, speaksOf } from '../../src/core/explain.ts';
import { translator } from '../../src/core/i18n.ts';
import { playLinear, scenarioWith } from './fixtures.ts';
import type { Technique } from '../../src/core/vocabulary.ts';

const rulesOf = (techniques: Technique[][], spec = {}) => playLinear(techniques, spec).at(-1)!.turns.map((r) => r.applications.map((a) => a.rule));
const say = (s: string) => ({ en: s, ar: s });

describe('principles in the debrief', () => {
  it('P14: a breath is the trainee\'s own: no rule about the customer\'s feelings is applied to it, even with a trusting customer', () => {
    const [s0, s1] = playLinear([['empathize'], ['solve']], { start: { anger: 30, trust: 80 } });
    const breath = breathe(s0!).turns.at(-1)!;
    expect(breath.applications.filter((a) => a.technique === 'breathe').map((a) => a.rule)).toEqual(['base.breathe', 'base.breathe']);
    expect(s1!.turns[0]!.applications.map((a) => a.rule)).toContain('P8.halo');
    expect(explainTurn(breath).headline?.rule).toBe('base.breathe');
  });

  it('P9: validating the feeling, then explaining, in ONE reply is a respectful correction; explaining first is blunt', () => {
    const [respectful] = rulesOf([['validate-feeling', 'explain']], { archetype: 'mistaken' });
    expect(respectful).toContain('P9.respected-correction');
    expect(respectful).not.toContain('P9.blunt-correction');
    const [blunt] = rulesOf([['explain', 'validate-feeling']], { archetype: 'mistaken' });
    expect(blunt).toContain('P9.blunt-correction');
    expect(blunt).not.toContain('P9.respected-correction');
  });

  it('P14: every composure change names its cause — the customer\'s hostile line, your retort, a breath', () => {
    const hostile = playLinear([['listen'], ['personal']], { hostility: 2 }).at(-1)!;
    expect(composureCauses(hostile.turns[0]!)).toEqual([{ cause: 'hostile-line', change: -12, level: 2 }]);
    expect(composureCauses(hostile.turns[1]!)).toEqual([{ cause: 'hostile-line', change: -12, level: 2 }, { cause: 'retort', change: -8 }]);
    const calm = playLinear([['listen']], { hostility: 0 }).at(-1)!;
    expect(composureCauses(calm.turns[0]!)).toEqual([]);
    const breath = breathe(playLinear([['listen']], { hostility: 0 })[0]!).turns[0]!;
    expect(composureCauses(breath)).toEqual([{ cause: 'breath', change: 20 }]);
    const en = composureText(translator('en'), hostile.turns[1]!)!;
    expect(en).toBe(`Your composure ${hostile.turns[1]!.before.composure} → ${hostile.turns[1]!.after.composure}: the customer's sharp words −12; your own retort −8.`);
    expect(composureText(translator('ar'), hostile.turns[1]!)).toContain('ردّك الشخصي');
  });

  it('P14: the words for the customer\'s line follow its hostility — a pressing line is not called hostile', () => {
    const words = (hostility: number) => composureText(translator('en'), playLinear([['listen']], { hostility }).at(-1)!.turns[0]!)!;
    expect(words(1)).toContain("the customer's pressure −6");
    expect(words(2)).toContain("the customer's sharp words −12");
    expect(words(3)).toContain("the customer's hostile words −18");
    const woman = composureText(translator('ar'), playLinear([['listen']], { hostility: 1 }).at(-1)!.turns[0]!, { context: 'female' })!;
    expect(woman).toContain('إلحاح العميلة');
  });

  it('P3: caving or overpromising is not stalling — it moves things, the wrong way', () => {
    for (const t of ['cave', 'overpromise'] as Technique[]) expect(rulesOf([[t]])[0]).not.toContain('P3.stall');
    expect(rulesOf([['deflect']])[0]).toContain('P3.stall');
  });

  it('P12: a proud customer hears the name and the valued feeling each explained by its own words', () => {
    const [feeling] = rulesOf([['validate-feeling']], { traits: ['proud'] });
    const [name] = rulesOf([['use-name']], { traits: ['proud'] });
    expect(feeling).toContain('P12.pride-feeling-valued');
    expect(feeling).not.toContain('P12.pride-respected');
    expect(name).toContain('P12.pride-respected');
    expect(speaksOf('P12.pride-respected')).toEqual(['use-name']);
    expect(speaksOf('P12.pride-feeling-valued')).toEqual(['validate-feeling']);
  });

  it('P12: a repetition is named for the move repeated, so a first thank-you is never called one', () => {
    const turns = playLinear([['use-name'], ['thank', 'use-name']], { lastSets: ['solved'] }).at(-1)!.turns;
    const repeated = turns[1]!.applications.filter((a) => a.rule === 'P12.diminishing-returns').map((a) => a.technique);
    expect([...new Set(repeated)]).toEqual(['use-name']);
    expect(ruleText(translator('en'), 'P12.diminishing-returns', 'use-name')).toContain('“Use their name”');
  });

  it('P2: the LAST checklist knows which stages this scenario\'s best play needs', () => {
    const scenario = scenarioWith(
      [
        { id: 'a', line: say('a'), options: [{ text: say('x'), techniques: ['validate-feeling', 'listen'], next: 'b' }, { text: say('y'), techniques: ['apologize', 'argue'], next: 'b' }] },
        { id: 'b', line: say('b'), options: [{ text: say('x'), techniques: ['compromise', 'positive-language'], sets: ['solved'], next: 'end' }, { text: say('y'), techniques: ['blame'], next: 'end' }] },
      ],
      { archetype: 'mistaken', start: { anger: 40 } },
    );
    expect(lastNeeded(scenario)).toEqual({ listen: true, apologize: false, solve: true, thank: false });
    const played = choose(choose(startSession(scenario), 0), 0);
    const d = debriefSession(played);
    expect(d.lastNeeded).toEqual({ listen: true, apologize: false, solve: true, thank: false });
    expect(d.lastUsed.apologize).toBeNull();
  });
});
