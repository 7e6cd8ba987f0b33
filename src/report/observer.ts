/**
 * Turns what the game shows into port calls, so the game needs one line to report: each screen
 * it goes to is passed here. A conversation screen with a new start time is a new attempt; more
 * turns than last time are replies; an outcome ends the attempt (once).
 */
import type { Language } from '../core/schema.ts';
import type { Session } from '../core/session.ts';
import { scoreSession } from '../core/score.ts';
import type { ReportPort } from './port.ts';

/** The part of a game screen the observer reads. */
export interface ObservedScreen {
  name: string;
  session?: Session;
  startedAt?: string;
}

export class ScreenReporter {
  private current: { startedAt: string; turns: number; ended: boolean } | undefined;

  constructor(readonly port: ReportPort, private readonly now: () => Date) {}

  /** Marks a resumed conversation as already reported up to its last turn. */
  resumed(startedAt: string, turns: number): void {
    this.current = { startedAt, turns, ended: false };
  }

  observe(screen: ObservedScreen, lang: Language): void {
    const { session, startedAt } = screen;
    if (screen.name !== 'conversation' || !session || !startedAt) return;
    if (this.current?.startedAt !== startedAt) {
      this.current = { startedAt, turns: session.turns.length, ended: false };
      this.port.attemptStarted({ startedAt, session, lang, at: this.now() });
    }
    const current = this.current;
    for (const record of session.turns.slice(current.turns)) {
      this.port.replyMade({ startedAt, session, record, lang, at: this.now() });
    }
    current.turns = session.turns.length;
    if (session.outcome && !current.ended) {
      current.ended = true;
      this.port.attemptEnded({ startedAt, session, score: scoreSession(session).total, lang, at: this.now() });
    }
  }
}
