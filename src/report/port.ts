/**
 * The reporting port: the one small contract between the game and a learning system. The game
 * says when an attempt starts, when a reply is made and when the attempt ends, and asks once for
 * a conversation to resume. Adapters behind it (local only, SCORM 1.2, SCORM 2004, cmi5, plain
 * xAPI) are chosen at launch (src/report/launch.ts). No method blocks: network work is queued.
 */
import type { Language } from '../core/schema.ts';
import type { Session, TurnRecord } from '../core/session.ts';

/** A conversation begins (a new one, or a retry from a turning point). */
export interface AttemptStarted {
  /** The attempt's key: its start time, ISO 8601. */
  startedAt: string;
  session: Session;
  lang: Language;
  at: Date;
}

/** The trainee replied (or took a breath). */
export interface ReplyMade {
  startedAt: string;
  /** The session after the reply. */
  session: Session;
  record: TurnRecord;
  lang: Language;
  at: Date;
}

/** The customer's conversation reached an outcome. */
export interface AttemptEnded {
  startedAt: string;
  session: Session;
  /** 0–100. */
  score: number;
  lang: Language;
  at: Date;
}

/** A conversation left unfinished in an earlier session, as the learning system kept it. */
export interface SavedConversation {
  scenario: string;
  startedAt: string;
  lang: Language;
  /** Option indices, -1 for a breath: replayed on the scenario by the core. */
  moves: number[];
  seconds: number[];
}

export interface ReportPort {
  attemptStarted(event: AttemptStarted): void;
  replyMade(event: ReplyMade): void;
  attemptEnded(event: AttemptEnded): void;
  /** The unfinished conversation of `scenario` to continue, if the learning system kept one. */
  resumable(scenario: string): Promise<SavedConversation | undefined>;
  /** The page is going away: last commit, end of the LMS session. Safe to call twice. */
  close(): void;
}

/** Today's behaviour: progress stays in this browser (the game's own storage), nothing is sent. */
export const localOnly: ReportPort = {
  attemptStarted: () => undefined,
  replyMade: () => undefined,
  attemptEnded: () => undefined,
  resumable: () => Promise.resolve(undefined),
  close: () => undefined,
};
