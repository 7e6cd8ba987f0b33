/**
 * The statement queue: every statement is written to browser storage before anything is sent,
 * then sent in order, in small batches, by one sender at a time. A failure the LRS may recover
 * from (offline, 5xx, 401/403/429, a timeout) is retried with exponential backoff; a statement
 * the LRS refuses as malformed (400) is moved aside with the LRS's answer, never silently
 * dropped; an id the LRS already holds (409) counts as sent. A reload or a closed tab loses
 * nothing: the next page to open the queue sends what is left. Time and randomness are inputs.
 */
import type { Statement } from '@xapi/xapi';

/** Where a statement goes. Kept with each entry, so a later page sends it to the same LRS. */
export interface Target {
  endpoint: string;
  /** The Authorization header value (`Basic …`). */
  auth: string;
}

/** One queued statement. */
export interface Entry {
  id: string;
  target: Target;
  statement: Statement;
}

/** What the LRS said to a batch. */
export type SendOutcome =
  | { kind: 'stored' }
  /** Try again later: offline, server error, auth or rate limit. */
  | { kind: 'retry'; reason: string }
  /** The LRS refused the batch as malformed (400): with one statement, that statement is bad. */
  | { kind: 'refused'; reason: string }
  /** The LRS already holds a statement with this id (409). */
  | { kind: 'conflict'; reason: string };

/** The part of Web Storage the queue uses. */
export type QueueStore = Pick<Storage, 'getItem' | 'setItem'>;

export interface QueueDeps {
  store: QueueStore;
  send: (target: Target, statements: Statement[]) => Promise<SendOutcome>;
  /** Runs `fn` after `ms`; the browser passes setTimeout. */
  schedule: (fn: () => void, ms: number) => void;
  /** 0 ≤ x < 1, for backoff jitter. */
  random: () => number;
  /**
   * Sends without waiting for an answer, surviving the page (fetch keepalive). Used when the
   * page goes away; the entries stay queued until a later page hears the LRS store them.
   */
  sendOnExit?: (target: Target, statements: Statement[]) => void;
  /** Storage key (default `sabr.report.queue`); refused statements go to `<key>.refused`. */
  key?: string;
  batch?: number;
  /** First retry delay and the longest one, in ms. */
  backoff?: { first: number; max: number };
}

/** A statement the LRS refused, kept for a person to look at. */
export interface Refused {
  entry: Entry;
  reason: string;
}

export class StatementQueue {
  private readonly key: string;
  private sending = false;
  private failures = 0;
  private waiting = false;
  private idle: (() => void)[] = [];
  /** The last outcome that was not a success, for a status line and for tests. */
  lastProblem: string | undefined;

  constructor(private readonly deps: QueueDeps) {
    this.key = deps.key ?? 'sabr.report.queue';
  }

  /** The statements not yet stored by an LRS, oldest first. */
  entries(): Entry[] {
    return read<Entry[]>(this.deps.store, this.key) ?? [];
  }

  refused(): Refused[] {
    return read<Refused[]>(this.deps.store, `${this.key}.refused`) ?? [];
  }

  /**
   * Adds a statement (which must carry its id) and starts sending. A statement whose id is
   * already queued is ignored. False when storage refused it (then it is not queued).
   */
  enqueue(target: Target, statement: Statement): boolean {
    const id = statement.id;
    if (!id) throw new Error('A queued statement needs an id, so the LRS can deduplicate it.');
    const entries = this.entries();
    if (!entries.some((e) => e.id === id)) {
      entries.push({ id, target, statement });
      if (!write(this.deps.store, this.key, entries)) return false;
    }
    this.flush();
    return true;
  }

  /** Starts sending now (after a reload, or when the browser says it is back online). */
  flush(): void {
    if (this.sending || this.waiting) return;
    void this.run();
  }

  /** The page is going away: hand everything still queued to `sendOnExit`, in order. */
  flushOnExit(): void {
    const entries = this.entries();
    for (let i = 0; i < entries.length; ) {
      const target = entries[i]!.target;
      const batch: Statement[] = [];
      while (i < entries.length && sameTarget(entries[i]!.target, target)) batch.push(entries[i++]!.statement);
      this.deps.sendOnExit?.(target, batch);
    }
  }

  /** Resolves when the queue is empty (for tests and for a page about to close). */
  drained(): Promise<void> {
    if (!this.entries().length && !this.sending) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private async run(): Promise<void> {
    this.sending = true;
    try {
      for (;;) {
        const entries = this.entries();
        const first = entries[0];
        if (!first) break;
        // One batch goes to one LRS, and keeps the order it was queued in.
        const batch: Entry[] = [];
        for (const e of entries.slice(0, this.deps.batch ?? 10)) {
          if (!sameTarget(e.target, first.target)) break;
          batch.push(e);
        }
        const outcome = await this.deps.send(first.target, batch.map((e) => e.statement)).catch((e: unknown) => ({ kind: 'retry', reason: String(e) }) as SendOutcome);
        if (outcome.kind === 'retry') {
          this.lastProblem = outcome.reason;
          this.retryLater();
          return;
        }
        if ((outcome.kind === 'refused' || outcome.kind === 'conflict') && batch.length > 1) {
          // Find which statement it was: send them one by one.
          const one = await this.deps.send(first.target, [first.statement]).catch((e: unknown) => ({ kind: 'retry', reason: String(e) }) as SendOutcome);
          if (one.kind === 'retry') {
            this.lastProblem = one.reason;
            this.retryLater();
            return;
          }
          if (one.kind === 'refused') this.setAside(first, one.reason);
          this.remove([first.id]);
          continue;
        }
        if (outcome.kind === 'refused') this.setAside(first, outcome.reason);
        this.failures = 0;
        this.remove(batch.map((e) => e.id));
      }
    } finally {
      this.sending = false;
    }
    this.lastProblem = undefined;
    for (const resolve of this.idle.splice(0)) resolve();
  }

  private retryLater(): void {
    this.failures += 1;
    const { first, max } = this.deps.backoff ?? { first: 1000, max: 60_000 };
    const base = Math.min(max, first * 2 ** (this.failures - 1));
    // Jitter spreads a cohort's retries after an outage.
    const delay = Math.round(base * (0.75 + 0.5 * this.deps.random()));
    this.waiting = true;
    this.deps.schedule(() => {
      this.waiting = false;
      this.flush();
    }, delay);
  }

  private remove(ids: string[]): void {
    const gone = new Set(ids);
    write(this.deps.store, this.key, this.entries().filter((e) => !gone.has(e.id)));
  }

  private setAside(entry: Entry, reason: string): void {
    this.lastProblem = reason;
    write(this.deps.store, `${this.key}.refused`, [...this.refused(), { entry, reason }]);
  }
}

function sameTarget(a: Target, b: Target): boolean {
  return a.endpoint === b.endpoint && a.auth === b.auth;
}

function read<T>(store: QueueStore, key: string): T | undefined {
  try {
    const raw = store.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(store: QueueStore, key: string, value: unknown): boolean {
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
