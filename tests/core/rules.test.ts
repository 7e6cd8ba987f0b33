import { describe, expect, it } from 'vitest';
import { BASE_EFFECTS, DELAYED_EFFECTS, RULES, evaluate, type RuleContext } from '../../src/core/rules.ts';
import { METERS, PRINCIPLES, TECHNIQUES, type Technique } from '../../src/core/vocabulary.ts';
import { playLinear, type LinearSpec } from './fixtures.ts';

/** Conversations that between them should make every rule in the table fire. */
const PLAYS: [Technique[][], LinearSpec][] = [
  [[['solve'], ['listen', 'acknowledge'], ['apologize'], ['solve', 'positive-language', 'product-knowledge'], ['thank', 'future-help']], { start: { anger: 85 } }],
  [[['argue'], ['thank'], ['solve', 'negative-language'], ['use-name'], ['use-name'], ['empathize']], { start: { anger: 45, trust: 65 }, traits: ['short-fused'] }],
  [[['explain'], ['blame'], ['validate-feeling'], ['explain'], ['compromise', 'use-name']], { archetype: 'mistaken', traits: ['proud'] }],
  [[['jargon'], ['vague'], ['rush'], ['explain'], ['paraphrase'], ['scripted'], ['scripted']], { archetype: 'confused', traits: ['novice'] }],
  [[['jargon'], ['scripted'], ['scripted'], ['upsell'], ['overpromise'], ['dismiss'], ['listen']], { traits: ['expert'], start: { anger: 40 } }],
  [[['listen'], ['solve'], ['future-help', 'set-expectation'], ['acknowledge']], { traits: ['internal'], start: { anger: 40, composure: 20 } }],
  [[['argue'], ['dismiss']], { traits: ['patient'], start: { anger: 30 } }],
];

describe('the rule table', () => {
  it('cites a known principle and a distinct id on every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(PRINCIPLES).toContain(rule.principle);
      expect(rule.id.startsWith(`${rule.principle}.`)).toBe(true);
    }
    for (const t of TECHNIQUES) expect(PRINCIPLES).toContain(BASE_EFFECTS[t].principle);
  });

  it('has no dead rule: each one fires in some conversation', () => {
    const fired = new Set<string>();
    for (const [turns, spec] of PLAYS) {
      for (const s of playLinear(turns, spec)) for (const r of s.turns) for (const a of r.applications) fired.add(a.rule);
    }
    const slow = playLinear([['listen']], {}, { timeLimit: 10 }, [30]).at(-1)!;
    for (const a of slow.turns[0]!.applications) fired.add(a.rule);
    const expected = [...RULES.map((r) => r.id), ...Object.values(DELAYED_EFFECTS).map((d) => d!.rule)];
    expect(expected.filter((id) => !fired.has(id))).toEqual([]);
  });

  it('explains every move: the applications of a meter add up to its change', () => {
    for (const [turns, spec] of PLAYS) {
      const final = playLinear(turns, spec).at(-1)!;
      for (const record of final.turns) {
        for (const meter of METERS) {
          const changes = record.applications.filter((a) => a.meter === meter);
          // Base effects start from 0; scaling rules replace a contribution; adds stand alone.
          const contributions = new Map<string, number>();
          let added = 0;
          for (const a of changes) {
            if (a.rule.startsWith('base.') || a.technique === undefined || a.from === 0) {
              if (a.rule.startsWith('base.')) contributions.set(a.technique!, a.to);
              else added += a.to;
            } else {
              contributions.set(a.technique, a.to);
            }
          }
          const explained = [...contributions.values()].reduce((x, y) => x + y, 0) + added;
          const actual = record.after[meter] - record.before[meter];
          const clamped = record.after[meter] === 0 || record.after[meter] === 100;
          if (!clamped && !record.stop) expect(Math.abs(explained - actual)).toBeLessThanOrEqual(1.5);
        }
      }
    }
  });

  it('is pure: the same context gives the same evaluation', () => {
    const ctx: RuleContext = {
      archetype: 'angry', traits: [], meters: { anger: 70, trust: 30, confusion: 10, belief: 0, loyalty: 50, composure: 80 },
      mood: 'angry', techniques: ['listen', 'solve'], uses: { listen: 1 }, heard: true, lastStage: 0, flags: [], slow: false,
    };
    expect(evaluate(ctx)).toEqual(evaluate(ctx));
  });
});

describe('rule explanations', () => {
  it('exist in English and Arabic for every rule a turn can record', async () => {
    const { translator, dynamicKey } = await import('../../src/core/i18n.ts');
    const ids = [
      ...RULES.map((r) => r.id),
      ...TECHNIQUES.map((t) => `base.${t}`),
      ...Object.values(DELAYED_EFFECTS).map((d) => d!.rule),
      'P14.hostile-line',
      'author.effect',
    ];
    for (const lang of ['en', 'ar'] as const) {
      const t = translator(lang);
      for (const id of ids) {
        const text = t(dynamicKey(`rules:rule.${id}`));
        expect(text, `${lang} ${id}`).not.toContain('rule.');
        expect(text.length, `${lang} ${id}`).toBeGreaterThan(10);
      }
    }
  });
});
