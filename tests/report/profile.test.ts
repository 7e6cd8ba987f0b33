/**
 * docs/xapi-profile.md documents every IRI Sabr's statements use as vocabulary: plays through
 * the xAPI adapter (a pass, with a breath; a fail; every verb) are checked against the document,
 * and so is every IRI of src/report/profile.ts. The LMS browser tests run the same check on the
 * statements the real LRS stored, cmi5 ones included.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLibrary } from '../../src/build/scenariosPlugin.ts';
import { breathe, choose, startSession, type Session } from '../../src/core/session.ts';
import { scoreSession } from '../../src/core/score.ts';
import { StatementQueue } from '../../src/report/queue.ts';
import { seededBytes, uuidV4 } from '../../src/report/uuid.ts';
import { emptyLedger } from '../../src/report/ledger.ts';
import { ACTIVITY_TYPE, EXT, SABR_IRI, STATE_ID } from '../../src/report/profile.ts';
import { plainStatements, XapiPort } from '../../src/report/xapi/xapiPort.ts';
import { documentedIris, undocumented, vocabularyOf } from './profileIris.ts';

const root = new URL('../..', import.meta.url).pathname;
const scenario = readLibrary(join(root, 'scenarios'), root).scenarios.find((s) => s.id === 'late-router')!;

/** The statements of one session that plays `games` (1-based choices, 0 a breath) in order. */
function statements(games: number[][]): Record<string, any>[] {
  const store = new Map<string, string>();
  const queue = new StatementQueue({ store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) }, send: async () => ({ kind: 'retry', reason: 'away' }), schedule: () => undefined, random: () => 0 });
  const random = seededBytes(3);
  let t = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date((t += 1000));
  const base = { actor: { mbox: 'mailto:t@sabr.test' }, activityId: `${SABR_IRI}scenario/late-router`, context: {} };
  const newId = () => uuidV4(random);
  const port = new XapiPort({ queue, target: { endpoint: 'http://lrs.test/', auth: 'Basic x' }, base, scenario: 'late-router', mastery: 80, judged: true, defined: plainStatements(base, newId, now, now()), state: { load: async () => undefined, save: () => undefined }, newId, now, ledger: emptyLedger() });
  for (const choices of games) {
    const startedAt = now().toISOString();
    let s: Session = startSession(scenario);
    port.attemptStarted({ startedAt, session: s, lang: 'ar', at: now() });
    for (const c of choices) {
      s = c === 0 ? breathe(s) : choose(s, c - 1);
      port.replyMade({ startedAt, session: s, record: s.turns.at(-1)!, lang: 'ar', at: now() });
    }
    if (s.outcome) port.attemptEnded({ startedAt, session: s, score: scoreSession(s).total, lang: 'ar', at: now() });
  }
  port.close();
  return JSON.parse(JSON.stringify(queue.entries().map((e) => e.statement))) as Record<string, any>[];
}

describe('the xAPI profile document', () => {
  it('documents every IRI of a pass with a breath, and of a fail, through the plain-xAPI adapter', () => {
    const pass = statements([[0, 2, 4, 3, 2, 3]]);
    const fail = statements([[1, 4]]);
    const verbs = [...pass, ...fail].map((s) => s.verb.id.split('/').pop());
    expect(new Set(verbs)).toEqual(new Set(['initialized', 'answered', 'completed', 'passed', 'failed', 'terminated']));
    expect(pass.some((s) => s.result?.response === 'breathe')).toBe(true);
    expect(undocumented([...pass, ...fail])).toEqual([]);
  });

  it('documents every IRI src/report/profile.ts defines', () => {
    const documented = documentedIris();
    const defined = [...Object.values(EXT), ...Object.values(ACTIVITY_TYPE), STATE_ID];
    expect(defined.filter((iri) => !documented.has(iri))).toEqual([]);
  });

  it('the check fails on an IRI the document does not have, wherever the statement uses it', () => {
    const [answered] = statements([[2]]).filter((s) => s.verb.id.endsWith('/answered'));
    const made = 'https://w3id.org/xapi/sabr/extensions/made-up';
    expect(undocumented([{ ...answered, result: { ...answered!.result, extensions: { ...answered!.result.extensions, [made]: 1 } } }])).toEqual([made]);
    expect(undocumented([{ ...answered, verb: { id: 'http://example.com/verbs/soothed' } }])).toEqual(['http://example.com/verbs/soothed']);
    expect(undocumented([{ ...answered, context: { ...answered!.context, contextActivities: { category: [{ id: 'http://example.com/category' }] } } }])).toEqual(['http://example.com/category']);
    expect(vocabularyOf(answered!)).toContain(EXT.techniques);
    // An IRI only mentioned in prose (not in backticks) does not count as documented.
    expect(documentedIris('see http://adlnet.gov/expapi/verbs/answered').size).toBe(0);
  });
});
