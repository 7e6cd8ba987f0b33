/**
 * What the explanations shown for a turn may say, and what they say about composure. Each rule's
 * words speak of some techniques (`Rule.speaksOf`); an explanation is truthful when it is shown
 * for a technique the reply used and its words speak of. The composure causes say what drained or
 * restored the trainee's composure on a turn: the customer's hostile line, the trainee's own
 * retort, a breath (P14).
 */
import { DELAYED_EFFECTS, RULES, type Application } from './rules.ts';
import { dynamicKey, type Translate } from './i18n.ts';
import { TECHNIQUES, type Archetype, type Meter, type Technique } from './vocabulary.ts';
import type { TurnRecord } from './session.ts';

const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));
const DELAYED_IDS = new Set(Object.values(DELAYED_EFFECTS).map((d) => d!.rule));

/**
 * The techniques of a reply that a rule's words speak of: `base.X` speaks of X; a table rule of
 * its `speaksOf` (or, left out, its techniques); a consequence landing from an earlier reply
 * (P10, P13), the customer's hostile line and an author's effect speak of no move of this reply.
 */
export function speaksOf(rule: string): readonly Technique[] {
  if (rule.startsWith('base.')) {
    const t = rule.slice(5) as Technique;
    return TECHNIQUES.includes(t) ? [t] : [];
  }
  const found = RULE_BY_ID.get(rule);
  if (found) return found.speaksOf ?? found.techniques ?? [];
  if (DELAYED_IDS.has(rule)) return [];
  return [];
}

/** Rules whose words name the technique they concern (`{{technique}}`): shown once per technique, others once per turn. */
export const NAMES_TECHNIQUE: ReadonlySet<string> = new Set(['P12.diminishing-returns']);

/**
 * The words of one rule application, naming the technique it concerns where the words do;
 * `gendered` is `forCustomer(…)` (address.ts), for the rules that name the customer.
 */
export function ruleText(t: Translate, rule: string, technique?: Technique, gendered: { context?: 'female' } = {}): string {
  return t(dynamicKey(`rules:rule.${rule}`), { ...gendered, technique: technique ? t(`vocabulary:technique.${technique}`) : '' });
}

/** What moved the trainee's composure on a turn (P14). */
export type ComposureCause = 'hostile-line' | 'retort' | 'breath' | 'author';

export interface ComposureChange {
  cause: ComposureCause;
  /** Points, as the rule computed them (the meter itself stays within 0–100). */
  change: number;
}

/** Every cause of a composure change on a turn, in the order they happened. */
export function composureCauses(record: Pick<TurnRecord, 'applications'>): ComposureChange[] {
  const out: ComposureChange[] = [];
  const byTechnique = new Map<Technique, Application>();
  for (const a of record.applications) {
    if (a.meter !== 'composure') continue;
    if (a.rule === 'P14.hostile-line') out.push({ cause: 'hostile-line', change: a.to });
    else if (a.rule === 'author.effect') out.push({ cause: 'author', change: a.to - a.from });
    else if (a.technique) byTechnique.set(a.technique, a);
  }
  for (const [technique, a] of byTechnique) {
    const change = Math.round(a.to);
    if (!change) continue;
    out.push({ cause: technique === 'breathe' ? 'breath' : 'retort', change });
  }
  return out;
}

/** `Composure 80 → 62: the customer's hostile line −18`, in the reader's language. */
export function composureText(t: Translate, record: Pick<TurnRecord, 'applications' | 'before' | 'after'>, gendered: { context?: 'female' } = {}): string | undefined {
  const causes = composureCauses(record);
  if (!causes.length) return undefined;
  const list = causes.map((c) => t('rules:composure.cause', { cause: t(`rules:composure.${c.cause}`, c.cause === 'hostile-line' || c.cause === 'retort' ? gendered : {}), change: signed(c.change) }));
  return t('rules:composure.line', { from: record.before.composure, to: record.after.composure, causes: list.join(t('rules:composure.separator')) });
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `\u2212${-n}`;
}

/** The customer's meters a presenter shows and charts for an archetype: belief for the mistaken, confusion for the confused. */
export function customerMeters(archetype: Archetype): Meter[] {
  return ['anger', 'trust', ...(archetype === 'confused' ? (['confusion'] as const) : archetype === 'mistaken' ? (['belief'] as const) : [])];
}
