/**
 * What a learning system keeps for Sabr between sessions of one scenario (SCORM suspend data,
 * the cmi5/xAPI state document): the best score, how many attempts, and the conversation left
 * unfinished — as moves, replayed by the core, so it fits SCORM 1.2's 4096 characters.
 */
import { z } from 'zod';
import { startSession, choose, breathe, type Session } from '../core/session.ts';
import type { Scenario } from '../core/schema.ts';
import type { SavedConversation } from './port.ts';

const ledgerSchema = z.object({
  v: z.literal(1),
  best: z.number().min(0).max(100).nullable(),
  attempts: z.number().int().min(0),
  /** xAPI/cmi5: a `completed` / `passed` statement was sent in this registration (each at most once). */
  completed: z.boolean().optional(),
  passed: z.boolean().optional(),
  open: z
    .object({ startedAt: z.string(), lang: z.enum(['en', 'ar']), moves: z.array(z.number().int().min(-1)), seconds: z.array(z.number().min(0)) })
    .optional(),
});

/** The record a learning system keeps for one scenario. */
export type Ledger = z.infer<typeof ledgerSchema>;

export const emptyLedger = (): Ledger => ({ v: 1, best: null, attempts: 0 });

/** Reads stored text back; anything unreadable starts a fresh ledger rather than breaking the launch. */
export function parseLedger(raw: string | undefined | null): Ledger {
  if (!raw) return emptyLedger();
  try {
    const parsed = ledgerSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptyLedger();
  } catch {
    return emptyLedger();
  }
}

export const ledgerText = (ledger: Ledger) => JSON.stringify(ledger);

/** The ledger's unfinished conversation, as the port hands it to the game. */
export function savedConversation(ledger: Ledger, scenario: string): SavedConversation | undefined {
  return ledger.open ? { scenario, ...ledger.open } : undefined;
}

/** Replays a saved conversation; undefined when the scenario changed so much that a move no longer fits. */
export function resumeSession(scenario: Scenario, saved: SavedConversation, options: Session['options'] = {}): Session | undefined {
  let s = startSession(scenario, options);
  try {
    saved.moves.forEach((move, i) => {
      const seconds = saved.seconds[i];
      s = move === -1 ? breathe(s) : choose(s, move, seconds !== undefined ? { seconds } : {});
    });
  } catch {
    return undefined;
  }
  return s.outcome ? undefined : s;
}

/** The open conversation of a session in progress. */
export function openConversation(session: Session, startedAt: string, lang: 'en' | 'ar'): NonNullable<Ledger['open']> {
  return { startedAt, lang, moves: session.turns.map((t) => t.option), seconds: session.turns.map((t) => t.seconds ?? 0) };
}
