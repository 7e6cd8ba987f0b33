/**
 * The SCORM adapter (1.2 and 2004 alike, through a dialect): completion and success separately
 * against the mastery score, score raw (and scaled in 2004), session time, one interaction per
 * reply, the ledger (best score, attempts, the open conversation) in suspend data, and a commit
 * after every reply and at every ending — a failed one too. The SCORM API is synchronous and
 * local to the page; the LMS's own network traffic is the LMS's.
 */
import type { AttemptEnded, AttemptStarted, ReplyMade, ReportPort, SavedConversation } from '../port.ts';
import { emptyLedger, ledgerText, openConversation, parseLedger, savedConversation, type Ledger } from '../ledger.ts';
import { turnFacts } from '../turn.ts';
import type { ScormDialect } from './dialect.ts';

export interface ScormPortOptions {
  dialect: ScormDialect;
  /** The scenario this SCO is (from the launch parameters). */
  scenario: string;
  /** The package's mastery (0–100), when the LMS does not set one. */
  mastery: number;
  now: () => Date;
  /** Where to say that the LMS refused a value (the console in the browser). */
  warn?: (message: string) => void;
}

export class ScormPort implements ReportPort {
  private ledger: Ledger = emptyLedger();
  private readonly started: Date;
  private readonly mastery: number;
  private open = false;
  private closed = false;
  private readonly ok: boolean;

  constructor(private readonly o: ScormPortOptions) {
    const d = o.dialect;
    this.started = o.now();
    this.ok = d.initialize();
    if (!this.ok) {
      this.warn('Initialize');
      this.mastery = o.mastery;
      return;
    }
    this.mastery = d.mastery() ?? o.mastery;
    this.ledger = parseLedger(d.get(d.el.suspend));
    if (this.ledger.attempts === 0) d.setStatus(false, undefined);
    d.set(d.el.scoreMin, '0');
    d.set(d.el.scoreMax, '100');
    d.commit();
  }

  attemptStarted(e: AttemptStarted): void {
    if (!this.live(e.session.scenario.id)) return;
    this.ledger = { ...this.ledger, attempts: this.ledger.attempts + 1, open: openConversation(e.session, e.startedAt, e.lang) };
    this.open = true;
    this.save();
  }

  replyMade(e: ReplyMade): void {
    if (!this.live(e.session.scenario.id)) return;
    const d = this.o.dialect;
    const facts = turnFacts(e.session, e.record, e.lang);
    const n = Number.parseInt(d.get(d.el.interactionsCount), 10) || 0;
    for (const [element, value] of d.interaction(n, { ...facts, at: e.at, lang: e.lang })) this.set(element, value);
    if (!e.session.outcome) this.ledger = { ...this.ledger, open: openConversation(e.session, e.startedAt, e.lang) };
    this.save();
  }

  attemptEnded(e: AttemptEnded): void {
    if (!this.live(e.session.scenario.id)) return;
    const d = this.o.dialect;
    const best = Math.max(this.ledger.best ?? 0, e.score);
    const { open: _done, ...rest } = this.ledger;
    this.ledger = { ...rest, best };
    this.open = false;
    this.set(d.el.scoreRaw, String(best));
    d.setScaled(best);
    d.setStatus(true, best >= this.mastery);
    this.set(d.el.sessionTime, d.duration(this.elapsed()));
    this.save();
  }

  resumable(scenario: string): Promise<SavedConversation | undefined> {
    return Promise.resolve(scenario === this.o.scenario ? savedConversation(this.ledger, scenario) : undefined);
  }

  close(): void {
    if (this.closed || !this.ok) return;
    this.closed = true;
    const d = this.o.dialect;
    this.set(d.el.sessionTime, d.duration(this.elapsed()));
    this.set(d.el.exit, d.exitValue(this.open || this.ledger.open !== undefined));
    d.commit();
    d.finish();
  }

  private live(scenario: string): boolean {
    return this.ok && !this.closed && scenario === this.o.scenario;
  }

  private elapsed(): number {
    return (this.o.now().getTime() - this.started.getTime()) / 1000;
  }

  private save(): void {
    const d = this.o.dialect;
    this.set(d.el.suspend, ledgerText(this.ledger));
    if (!d.commit()) this.warn('Commit');
  }

  private set(element: string, value: string): void {
    if (!this.o.dialect.set(element, value)) this.warn(`SetValue ${element}=${value.slice(0, 60)}`);
  }

  private warn(what: string): void {
    this.o.warn?.(`SCORM ${this.o.dialect.version}: the LMS refused ${what} (${this.o.dialect.lastError()})`);
  }
}
