/**
 * The xAPI adapter keeps cmi5's order itself (@xapi/cmi5 does not): initialized first, one
 * answered per reply, completed and passed once per registration, failed only when a session
 * with no pass closes, terminated last and nothing after it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLibrary } from '../../src/build/scenariosPlugin.ts';
import { choose, startSession, type Session } from '../../src/core/session.ts';
import { scoreSession } from '../../src/core/score.ts';
import { StatementQueue } from '../../src/report/queue.ts';
import { seededBytes, uuidV4 } from '../../src/report/uuid.ts';
import { emptyLedger, parseLedger, type Ledger } from '../../src/report/ledger.ts';
import { plainStatements, XapiPort } from '../../src/report/xapi/xapiPort.ts';

const root = new URL('../..', import.meta.url).pathname;
const scenario = readLibrary(join(root, 'scenarios'), root).scenarios.find((s) => s.id === 'late-router')!;

/** The score the engine gives a play of late-router (1-based choices). */
function scoreOf(choices: number[]): number {
  let s: Session = startSession(scenario);
  for (const c of choices) s = choose(s, c - 1, { seconds: 3 });
  return scoreSession(s).total;
}

function setup(ledger: Ledger = emptyLedger()) {
  const store = new Map<string, string>();
  // An LRS that is away: everything stays queued, in the order the adapter emitted it.
  const queue = new StatementQueue({ store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) }, send: async () => ({ kind: 'retry', reason: 'away' }), schedule: () => undefined, random: () => 0 });
  const random = seededBytes(9);
  let t = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date((t += 1000));
  const base = { actor: { mbox: 'mailto:t@sabr.test' }, activityId: 'https://sabr.test/au/late-router', context: {} };
  const newId = () => uuidV4(random);
  let saved = '';
  const port = new XapiPort({ queue, target: { endpoint: 'http://lrs.test/', auth: 'Basic x' }, base, scenario: 'late-router', mastery: 80, judged: true, defined: plainStatements(base, newId, now, now()), state: { load: async () => undefined, save: (s) => void (saved = s) }, newId, now, ledger });
  const verbs = () => queue.entries().map((e) => e.statement.verb.id.split('/').pop());
  const play = (choices: number[]) => {
    const startedAt = now().toISOString();
    let s: Session = startSession(scenario);
    port.attemptStarted({ startedAt, session: s, lang: 'en', at: now() });
    for (const c of choices) {
      s = choose(s, c - 1);
      port.replyMade({ startedAt, session: s, record: s.turns.at(-1)!, lang: 'en', at: now() });
    }
    if (s.outcome) port.attemptEnded({ startedAt, session: s, score: scoreSession(s).total, lang: 'en', at: now() });
    return s;
  };
  return { port, verbs, play, saved: () => parseLedger(saved), queue };
}

describe('xAPI adapter order', () => {
  it('a fail then a pass in one session: completed once, passed, no failed; terminated last, nothing after', () => {
    const { port, verbs, play, queue } = setup();
    play([1, 4]);
    play([2, 4, 3, 2, 3]);
    port.close();
    play([2]);
    port.close();
    expect(verbs()).toEqual(['initialized', 'answered', 'answered', 'completed', 'answered', 'answered', 'answered', 'answered', 'answered', 'passed', 'terminated']);
    const ts = queue.entries().map((e) => e.statement.timestamp!);
    expect([...ts].sort()).toEqual(ts);
  });

  it('only fails: one failed, sent when the session closes, before terminated', () => {
    const { port, verbs, play } = setup();
    play([1, 4]);
    play([1, 4]);
    expect(verbs()).not.toContain('failed');
    port.close();
    expect(verbs().slice(-2)).toEqual(['failed', 'terminated']);
    expect(verbs().filter((v) => v === 'failed')).toHaveLength(1);
    expect(verbs().filter((v) => v === 'completed')).toHaveLength(1);
  });

  it('a registration that already completed and passed sends neither again', () => {
    const { port, verbs, play } = setup({ ...emptyLedger(), completed: true, passed: true, best: 96, attempts: 1 });
    play([2, 4, 3, 2, 3]);
    port.close();
    expect(verbs()).toEqual(['initialized', 'answered', 'answered', 'answered', 'answered', 'answered', 'terminated']);
  });

  it('keeps the open conversation in the state while it lasts, and clears it at the ending', () => {
    const { play, saved } = setup();
    play([2, 4]);
    expect(saved().open?.moves).toEqual([1, 3]);
    play([2, 4, 3, 2, 3]);
    expect(saved()).toMatchObject({ best: scoreOf([2, 4, 3, 2, 3]), attempts: 2, completed: true, passed: true });
    expect(saved().open).toBeUndefined();
  });
});
