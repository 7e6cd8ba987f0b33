/**
 * What a reply means to a learning system, shared by every adapter: its interaction id, the
 * learner's response, whether it helped (by its effect on the customer under the rules), how
 * long it took, and the techniques, rules and principles behind it.
 */
import type { Language } from '../core/schema.ts';
import { currentLine, text, type Session, type TurnRecord } from '../core/session.ts';
import type { Meters, PrincipleId } from '../core/vocabulary.ts';
import { replay } from '../core/debrief.ts';

export type Effect = 'helped' | 'hurt' | 'neutral';

/** The reply's effect: anger down and trust up help; for a confused or mistaken customer, clearing that up helps too. */
export function effectOf(session: Session, record: TurnRecord): Effect {
  const archetype = session.scenario.customer.archetype;
  const d = (m: keyof Meters) => record.after[m] - record.before[m];
  let score = -d('anger') + d('trust');
  if (archetype === 'confused') score -= d('confusion');
  if (archetype === 'mistaken') score -= d('belief');
  return score > 0 ? 'helped' : score < 0 ? 'hurt' : 'neutral';
}

/** Facts about one turn for an interaction record or a statement. */
export interface TurnFacts {
  /** `<scenario>.<beat>`. */
  id: string;
  /** 1-based reply number, or 0 for a breath. */
  reply: number;
  /** The customer's line the trainee answered, in the trainee's language. */
  line: string;
  /** The reply's words. */
  said: string;
  effect: Effect;
  seconds: number;
  techniques: string[];
  rules: string[];
  principles: PrincipleId[];
}

/** The facts of turn `record` of `session` (the session after it). */
export function turnFacts(session: Session, record: TurnRecord, lang: Language): TurnFacts {
  const before = replay(session, record.turn - 1);
  const line = currentLine(before);
  const beat = session.scenario.beats.find((b) => b.id === record.beat);
  const option = record.option >= 0 ? beat?.options[record.option] : undefined;
  const unique = <T>(xs: T[]) => [...new Set(xs)];
  return {
    id: `${session.scenario.id}.${record.beat}`,
    reply: record.option + 1,
    line: line ? text(line, lang) : '',
    said: option ? text(option.text, lang) : '',
    effect: effectOf(session, record),
    seconds: record.seconds ?? 0,
    techniques: [...record.techniques],
    rules: unique(record.applications.map((a) => a.rule)),
    principles: unique(record.applications.map((a) => a.principle)),
  };
}
