/**
 * The cohort report, against the real LRS (xapi-statements): scripted plays of three trainees
 * are reported through the plain-xAPI adapter (the game's own statement path), then
 * `sabr report` reads them back and writes the HTML in both languages.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLibrary } from '../../src/build/scenariosPlugin.ts';
import { main, type Io } from '../../src/cli/sabr.ts';
import { startSession, choose, text, type Session } from '../../src/core/session.ts';
import { scoreSession } from '../../src/core/score.ts';
import { sendStatements } from '../../src/report/lrs.ts';
import { StatementQueue } from '../../src/report/queue.ts';
import { seededBytes, uuidV4 } from '../../src/report/uuid.ts';
import { emptyLedger } from '../../src/report/ledger.ts';
import { plainStatements, XapiPort } from '../../src/report/xapi/xapiPort.ts';
import { SABR_IRI } from '../../src/report/profile.ts';
import { startLrs, LRS_AUTH, type Lrs } from '../browser/lms/lrs.ts';

const root = new URL('../..', import.meta.url).pathname;
const scenario = readLibrary(join(root, 'scenarios'), root).scenarios.find((s) => s.id === 'late-router')!;
let lrs: Lrs;
let between: string;
const work = mkdtempSync(join(tmpdir(), 'sabr-report-'));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The score the engine gives a play of late-router, as the report must show it. */
function scoreOf(choices: number[]): number {
  let s: Session = startSession(scenario);
  for (const c of choices) s = choose(s, c - 1, { seconds: 3 });
  return scoreSession(s).total;
}

/** One trainee plays `choices` once; statements go through the adapter and the queue to the LRS. */
async function play(name: string, choices: number[], seed: number, lang: 'en' | 'ar' = 'en'): Promise<void> {
  const random = seededBytes(seed);
  let clock = Date.parse('2026-11-20T09:00:00Z') + seed * 60_000;
  const now = () => new Date((clock += 1000));
  const target = { endpoint: lrs.endpoint, auth: LRS_AUTH };
  const store = new Map<string, string>();
  const queue = new StatementQueue({ store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) }, send: sendStatements, schedule: (fn, ms) => void setTimeout(fn, ms), random: () => 0.5 });
  const base = { actor: { objectType: 'Agent' as const, name, mbox: `mailto:${name.toLowerCase().replace(/\W/g, '') || `trainee${seed}`}@sabr.test` }, activityId: `${SABR_IRI}scenario/late-router`, context: {} };
  const newId = () => uuidV4(random);
  const port = new XapiPort({ queue, target, base, scenario: 'late-router', mastery: 80, judged: true, defined: plainStatements(base, newId, now, now()), state: { load: async () => undefined, save: () => undefined }, newId, now, ledger: emptyLedger() });
  const startedAt = now().toISOString();
  let s: Session = startSession(scenario);
  port.attemptStarted({ startedAt, session: s, lang, at: now() });
  for (const c of choices) {
    s = choose(s, c - 1, { seconds: 3 });
    port.replyMade({ startedAt, session: s, record: s.turns.at(-1)!, lang, at: now() });
  }
  port.attemptEnded({ startedAt, session: s, score: scoreSession(s).total, lang, at: now() });
  port.close();
  await queue.drained();
}

async function report(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), readLine: async () => null, cwd: work };
  const code = await main(['report', '--lrs', lrs.endpoint, '--auth', 'sabr-lms:secret', ...args], io);
  return { code, out, err };
}

beforeAll(async () => {
  lrs = await startLrs();
  await play('Amal Haddad', [2, 4, 3, 2, 3], 1);
  await play('Badr Nasser', [1, 4], 2);
  await play('دينا سالم', [1, 4], 4, 'ar');
  await new Promise((r) => setTimeout(r, 1100));
  between = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 1100));
  await play('Carla Mendes', [1, 4], 3);
}, 120_000);
afterAll(async () => {
  await lrs?.stop();
});

describe('sabr report', () => {
  it('per trainee completion and score, per principle used well and badly, per scenario where conversations turned', async () => {
    const r = await report(['--out', 'en.html']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(join(work, 'en.html'), 'utf8');
    expect(html).toContain('<html lang="en" dir="ltr">');
    const row = (name: string) => html.match(new RegExp(`<tr><td><bdi>${name}</bdi></td>(.*?)</tr>`))?.[1] ?? '';
    // scenarios, completed, passed, score
    expect(row('Amal Haddad')).toMatch(new RegExp(`^<td>1</td><td>1</td><td>1</td><td>${scoreOf([2, 4, 3, 2, 3])}</td>`));
    expect(row('Badr Nasser')).toMatch(/^<td>1<\/td><td>1<\/td><td>0<\/td><td>\d+<\/td>/);
    expect(Number(row('Badr Nasser').match(/<td>(\d+)<\/td><td><svg/)![1])).toBeLessThan(80);
    // P4 (arguing) was used badly twice (Badr and Carla argued), P1 well by Amal.
    const p4 = html.match(/<tr><td><bdi>P4<\/bdi>[^<]*<\/td><td>(\d+)<\/td><td>(\d+)<\/td>/);
    expect(Number(p4![2])).toBeGreaterThanOrEqual(2);
    const p1 = html.match(/<tr><td><bdi>P1<\/bdi>[^<]*<\/td><td>(\d+)<\/td><td>(\d+)<\/td>/);
    expect(Number(p1![1])).toBeGreaterThanOrEqual(1);
    // The three failed conversations (one played in Arabic) took their worst turn at the opening
    // outburst: the English page quotes it in English, under the scenario's English title.
    const outburst = text(scenario.beats.find((b) => b.id === 'outburst')!.line, 'en');
    expect(html).toContain(`<tr data-beat="outburst"><td><bdi>${esc(outburst)}</bdi></td><td>3</td>`);
    expect(html).toContain(`<h3><bdi>${text(scenario.title, 'en')}</bdi> · `);
    expect(html.match(/<svg class="bar"/g)!.length).toBeGreaterThan(5);
    expect(html).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('--since leaves out what was stored before', async () => {
    await report(['--since', between, '--out', 'since.html']);
    const html = readFileSync(join(work, 'since.html'), 'utf8');
    expect(html).toContain('Carla Mendes');
    expect(html).not.toContain('Amal Haddad');
  });

  it('in Arabic: mirrored, Arabic headings, numbers isolated', async () => {
    await report(['--lang', 'ar', '--out', 'ar.html']);
    const html = readFileSync(join(work, 'ar.html'), 'utf8');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('المتدربون');
    expect(html).toContain('أين انقلبت المحادثات');
    expect(html).toContain('\u20683\u2069');
    expect(html).toContain(`<tr data-beat="outburst"><td><bdi>${esc(text(scenario.beats.find((b) => b.id === 'outburst')!.line, 'ar'))}</bdi></td>`);
    expect(html).toContain(`<h3><bdi>${scenario.title.ar}</bdi> · `);
  });

  it('says what is wrong with its arguments', async () => {
    expect((await report(['--since', 'yesterday-ish'])).err).toMatch(/--since: "yesterday-ish" is not a date/);
    let err = '';
    const io: Io = { out: () => undefined, err: (t) => void (err += t), readLine: async () => null, cwd: work };
    expect(await main(['report', '--lrs', lrs.endpoint], io)).toBe(2);
    expect(err).toMatch(/--auth/);
  });
});
