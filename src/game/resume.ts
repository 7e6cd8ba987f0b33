/**
 * The conversation in progress, kept after every reply so a reload, a closed tab or a crash can
 * offer *Continue* at the same turn. Only the moves are kept: the core replays them to the same
 * session (time and randomness are inputs), so the meters come back exactly.
 */
import { z } from 'zod';
import { breathe, choose, startSession, type Session } from '../core/session.ts';
import type { Scenario } from '../core/schema.ts';
import type { KeyValueStore } from './storage.ts';

export const CONVERSATION_KEY = 'sabr.conversation';

const savedSchema = z.object({
  version: z.literal(1),
  scenario: z.string(),
  moves: z.array(z.number().int().min(-1)),
  seconds: z.array(z.number().min(0)),
  timeLimit: z.number().positive().optional(),
  startedAt: z.string(),
});
/** A conversation in progress, as stored. */
export type SavedConversation = z.infer<typeof savedSchema>;

/** Keeps `session` (not over) as the conversation in progress; false when the browser refuses. */
export function saveConversation(store: KeyValueStore, session: Session, startedAt: string): boolean {
  const saved: SavedConversation = {
    version: 1,
    scenario: session.scenario.id,
    moves: session.turns.map((t) => t.option),
    seconds: session.turns.map((t) => t.seconds ?? 0),
    ...(session.options.timeLimit ? { timeLimit: session.options.timeLimit } : {}),
    startedAt,
  };
  try {
    store.setItem(CONVERSATION_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

export function clearConversation(store: KeyValueStore): void {
  try {
    store.removeItem?.(CONVERSATION_KEY);
  } catch {
    // Nothing to clear where storage is refused.
  }
}

/** The stored conversation, or undefined when there is none or it cannot be read. */
export function loadConversation(store: KeyValueStore): SavedConversation | undefined {
  try {
    const raw = store.getItem(CONVERSATION_KEY);
    if (!raw) return undefined;
    const parsed = savedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Replays a stored conversation on its scenario; undefined when it no longer fits (the file changed) or is over. */
export function resumeSession(scenario: Scenario, saved: SavedConversation): Session | undefined {
  try {
    let s = startSession(scenario, saved.timeLimit ? { timeLimit: saved.timeLimit } : {});
    saved.moves.forEach((move, i) => {
      s = move === -1 ? breathe(s) : choose(s, move, { seconds: saved.seconds[i] ?? 0 });
    });
    return s.outcome ? undefined : s;
  } catch {
    return undefined;
  }
}
