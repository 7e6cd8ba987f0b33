/**
 * Sabr's statements (docs/xapi-profile.md): one `answered` per reply, carrying the techniques,
 * the meters before and after, and the rules and principles that moved them, and the attempt's
 * `completed` and `passed`/`failed`. The same shapes serve cmi5 (with the LMS's context
 * template) and plain xAPI.
 */
import XAPI, { type Actor, type Context, type Statement } from '@xapi/xapi';
import type { ReplyMade } from '../port.ts';
import { turnFacts } from '../turn.ts';
import { text } from '../../core/session.ts';
import { ACTIVITY_TYPE, EXT } from '../profile.ts';

/** What every statement of one launch shares. */
export interface StatementBase {
  actor: Actor;
  /** The scenario's activity (the cmi5 AU, or the plain-xAPI activity id). */
  activityId: string;
  /** The context every statement starts from (cmi5: the LMS's contextTemplate plus registration). */
  context: Context;
}

const seconds = (s: number) => `PT${Math.round(s * 100) / 100}S`;

/** The statement for one reply. */
export function answered(base: StatementBase, e: ReplyMade, id: string): Statement {
  const facts = turnFacts(e.session, e.record, e.lang);
  const beat = e.session.scenario.beats.find((b) => b.id === e.record.beat);
  const lang = e.lang;
  return {
    id,
    actor: base.actor,
    timestamp: e.at.toISOString(),
    verb: XAPI.Verbs.ANSWERED,
    object: {
      objectType: 'Activity',
      id: `${base.activityId}/beat/${encodeURIComponent(e.record.beat)}`,
      definition: {
        type: ACTIVITY_TYPE.interaction,
        interactionType: 'choice',
        name: { [lang]: facts.id },
        description: { [lang]: facts.line || facts.id },
        choices: [
          ...(beat?.options ?? []).map((o, i) => ({ id: `reply-${i + 1}`, description: { [lang]: text(o.text, lang) } })),
          { id: 'breathe', description: { [lang]: lang === 'ar' ? 'خذ نفسًا' : 'Take a breath' } },
        ],
      },
    },
    result: {
      response: facts.reply === 0 ? 'breathe' : `reply-${facts.reply}`,
      success: facts.effect === 'helped',
      duration: seconds(facts.seconds),
      extensions: {
        [EXT.techniques]: facts.techniques,
        [EXT.metersBefore]: e.record.before,
        [EXT.metersAfter]: e.record.after,
        [EXT.rules]: facts.rules,
        [EXT.principles]: facts.principles,
        [EXT.effect]: facts.effect,
        [EXT.turn]: e.record.turn,
      },
    },
    context: withParent(base, { [EXT.scenario]: e.session.scenario.id, [EXT.language]: lang, [EXT.attempt]: e.startedAt }),
  };
}

/** The base context with the scenario as parent activity and Sabr's context extensions. */
export function withParent(base: StatementBase, extensions: Record<string, unknown>): Context {
  const c = structuredClone(base.context);
  return {
    ...c,
    contextActivities: { ...c.contextActivities, parent: [...(c.contextActivities?.parent ?? []), { objectType: 'Activity', id: base.activityId }] },
    extensions: { ...c.extensions, ...extensions },
  };
}

/** A plain-xAPI statement about the scenario itself (initialized, completed, passed, failed, terminated). */
export function about(base: StatementBase, verb: 'INITIALIZED' | 'COMPLETED' | 'PASSED' | 'FAILED' | 'TERMINATED', id: string, at: Date, result?: Statement['result'], extensions: Record<string, unknown> = {}): Statement {
  return {
    id,
    actor: base.actor,
    timestamp: at.toISOString(),
    verb: XAPI.Verbs[verb],
    object: { objectType: 'Activity', id: base.activityId, definition: { type: ACTIVITY_TYPE.scenario } },
    ...(result ? { result } : {}),
    context: { ...structuredClone(base.context), ...(Object.keys(extensions).length ? { extensions: { ...base.context.extensions, ...extensions } } : {}) },
  };
}

export { seconds as isoSeconds };
