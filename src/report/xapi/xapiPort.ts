/**
 * The xAPI adapter, for cmi5 and plain xAPI alike. Statements go through the queue (never
 * awaited by the game) in the order cmi5 requires: `initialized` first; one `answered` per
 * reply; `completed` once per registration, at the first ending; `passed` at the first ending
 * at or above mastery, else one `failed` when the session closes (at most one of the two per
 * session, `passed` at most once per registration); `terminated` last, and nothing after it —
 * @xapi/cmi5 itself does not stop statements after terminate, so this adapter does.
 */
import type { Statement } from '@xapi/xapi';
import type { AttemptEnded, AttemptStarted, ReplyMade, ReportPort, SavedConversation } from '../port.ts';
import type { StatementQueue, Target } from '../queue.ts';
import { emptyLedger, ledgerText, openConversation, parseLedger, savedConversation, type Ledger } from '../ledger.ts';
import { about, answered, isoSeconds, type StatementBase } from './statements.ts';

/** The statements whose shape a standard fixes: cmi5 builds them with @xapi/cmi5, plain xAPI with ours. */
export interface DefinedStatements {
  initialized(): Statement;
  completed(): Statement;
  passed(score: number): Statement;
  failed(score: number): Statement;
  terminated(): Statement;
}

/** Where the ledger is kept between sessions (the xAPI State API). */
export interface StateStore {
  load(): Promise<string | undefined>;
  save(text: string): void;
}

export interface XapiPortOptions {
  queue: StatementQueue;
  target: Target;
  base: StatementBase;
  scenario: string;
  /** 0–100. */
  mastery: number;
  /** cmi5 Browse/Review: only initialized and terminated may be sent. */
  judged: boolean;
  defined: DefinedStatements;
  state: StateStore;
  newId: () => string;
  now: () => Date;
  /** The ledger read from the state at launch. */
  ledger: Ledger;
}

export class XapiPort implements ReportPort {
  private phase: 'live' | 'terminated' = 'live';
  private decided = false;
  private failedScore: number | undefined;
  private ledger: Ledger;

  constructor(private readonly o: XapiPortOptions) {
    this.ledger = o.ledger ?? emptyLedger();
    this.emit(o.defined.initialized());
  }

  attemptStarted(e: AttemptStarted): void {
    if (!this.live(e.session.scenario.id)) return;
    this.ledger = { ...this.ledger, attempts: this.ledger.attempts + 1, open: openConversation(e.session, e.startedAt, e.lang) };
    this.o.state.save(ledgerText(this.ledger));
  }

  replyMade(e: ReplyMade): void {
    if (!this.live(e.session.scenario.id)) return;
    this.emit(answered(this.o.base, e, this.o.newId()));
    if (!e.session.outcome) {
      this.ledger = { ...this.ledger, open: openConversation(e.session, e.startedAt, e.lang) };
      this.o.state.save(ledgerText(this.ledger));
    }
  }

  attemptEnded(e: AttemptEnded): void {
    if (!this.live(e.session.scenario.id)) return;
    const best = Math.max(this.ledger.best ?? 0, e.score);
    const { open: _done, ...rest } = this.ledger;
    this.ledger = { ...rest, best };
    if (this.o.judged) {
      if (!this.ledger.completed) {
        this.emit(this.o.defined.completed());
        this.ledger = { ...this.ledger, completed: true };
      }
      if (!this.decided && !this.ledger.passed) {
        if (e.score >= this.o.mastery) {
          this.emit(this.o.defined.passed(e.score));
          this.ledger = { ...this.ledger, passed: true };
          this.decided = true;
        } else this.failedScore = Math.max(this.failedScore ?? 0, e.score);
      }
    }
    this.o.state.save(ledgerText(this.ledger));
  }

  resumable(scenario: string): Promise<SavedConversation | undefined> {
    return Promise.resolve(scenario === this.o.scenario ? savedConversation(this.ledger, scenario) : undefined);
  }

  close(): void {
    if (this.phase === 'terminated') return;
    if (this.failedScore !== undefined && !this.decided && !this.ledger.passed) this.emit(this.o.defined.failed(this.failedScore));
    this.emit(this.o.defined.terminated());
    this.phase = 'terminated';
    this.o.queue.flushOnExit();
  }

  private live(scenario: string): boolean {
    return this.phase === 'live' && scenario === this.o.scenario;
  }

  /** Every statement leaves through here: stamped with our id and clock, refused after terminated. */
  private emit(statement: Statement): void {
    if (this.phase === 'terminated') return;
    this.o.queue.enqueue(this.o.target, { ...statement, id: this.o.newId(), timestamp: this.o.now().toISOString() });
  }
}

/** A score 0–100 as xAPI's result.score. */
export const xapiScore = (s: number) => ({ scaled: Math.round(s) / 100, raw: Math.round(s), min: 0, max: 100 });

/** Plain xAPI's defined statements, built by us (cmi5's come from @xapi/cmi5). */
export function plainStatements(base: StatementBase, newId: () => string, now: () => Date, started: Date): DefinedStatements {
  const duration = () => isoSeconds((now().getTime() - started.getTime()) / 1000);
  const score = xapiScore;
  return {
    initialized: () => about(base, 'INITIALIZED', newId(), now()),
    completed: () => about(base, 'COMPLETED', newId(), now(), { completion: true, duration: duration() }),
    passed: (s) => about(base, 'PASSED', newId(), now(), { score: score(s), success: true, duration: duration() }),
    failed: (s) => about(base, 'FAILED', newId(), now(), { score: score(s), success: false, duration: duration() }),
    terminated: () => about(base, 'TERMINATED', newId(), now(), { duration: duration() }),
  };
}
