/**
 * Sabr inside real learning systems, in headless Chromium. SCORM: a test LMS page installs
 * scorm-again's Scorm12API / Scorm2004API (the LMS side) and opens the packaged game in an
 * iframe; the trainee plays to a pass and to a fail; the commits the API posts are checked for
 * status, score, session time and one interaction per reply; a second session resumes from the
 * suspend data. cmi5 and plain xAPI: the real LRS (xapi-statements, tests/browser/lms/lrs.ts)
 * behind the launch stub, which adds what the LRS lacks (cmi5 fetch URL, LaunchData, State API);
 * the fault test stops the LRS process itself mid-play and starts it again (its header says how
 * it checks a store that does not survive a restart). One build of the game serves every test.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser } from './support.ts';
import { buildGame, startLms, unzipTo, type TestLms } from './lms/server.ts';
import { startLrs, LRS_AUTH, type Lrs } from './lms/lrs.ts';
import { cmi5Stub, SESSION_EXT, PUBLISHER } from './lms/cmi5Stub.ts';
import { sendStatements } from '../../src/report/lrs.ts';
import { StatementQueue } from '../../src/report/queue.ts';
import { EXT, SABR_IRI, STATE_ID } from '../../src/report/profile.ts';
import { readLibrary } from '../../src/build/scenariosPlugin.ts';
import { undocumented } from '../report/profileIris.ts';
import { writePackage, type PackageFormat } from '../../src/report/package/build.ts';

const root = new URL('../..', import.meta.url).pathname;
let browser: Browser;
let lms: TestLms;
let lrs: Lrs;
let stub: ReturnType<typeof cmi5Stub>;
/** The fault test's own LRS, which it stops and starts again. */
let faulty: Lrs;
const MASTERY = 70;

beforeAll(async () => {
  const dist = await buildGame();
  const work = mkdtempSync(join(tmpdir(), 'sabr-lms-'));
  const library = readLibrary(join(root, 'scenarios'), root);
  const mounts: Record<string, string> = {};
  for (const format of ['scorm12', 'scorm2004', 'cmi5', 'xapi'] as PackageFormat[]) {
    const { path } = writePackage({ format, scenarios: library.scenarios, mastery: MASTERY, distDir: dist, outDir: work, id: `pkg-${format}` });
    unzipTo(path, join(work, format));
    // The cmi5 stub owns /xapi/: packages live under /pkg/<format>/.
    mounts[`/pkg/${format}/`] = join(work, format, '/');
  }
  [lrs, faulty] = await Promise.all([startLrs(), startLrs()]);
  stub = cmi5Stub(lrs);
  lms = await startLms(mounts, (req, res, url) => stub.handle(req, res, url));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await lms?.close();
  await lrs?.stop();
  await faulty?.stop();
});

async function sco(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#sco');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('[data-option="1"]');
  return frame;
}

async function reply(frame: Frame, n: number) {
  await frame.waitForTimeout(500);
  await frame.click(`[data-option="${n}"]`);
}

/** Opens the LMS for `run`, plays `choices` on late-router, and returns the page. */
async function session(std: '12' | '2004', run: string, choices: number[], init?: object): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  const params = new URLSearchParams({ std, run, pkg: `/pkg/scorm${std}`, play: 'late-router', ...(init ? { init: JSON.stringify(init) } : {}) });
  await page.goto(`${lms.url}/lms.html?${params}`);
  const frame = await sco(page);
  for (const n of choices) await reply(frame, n);
  return { page, errors };
}

/** Leaves the LMS page (the SCO's pagehide ends the session) and waits for the final commit. */
async function leave(page: Page, run: string) {
  const before = lms.commits(run).length;
  await page.goto('about:blank');
  await page.close();
  for (let i = 0; i < 50 && lms.commits(run).length === before; i++) await new Promise((r) => setTimeout(r, 100));
}

type Cmi = Record<string, any>;
const lastCmi = (run: string): Cmi => (lms.commits(run).at(-1) as { cmi: Cmi }).cmi;
const interactions = (cmi: Cmi): Cmi[] => Object.values(cmi.interactions ?? {});
const PASS = [2, 4, 3, 2, 3];
const FAIL = [1, 4];

describe('SCORM 1.2 in scorm-again', () => {
  it('a pass: status passed against the LMS mastery score, score raw 0–100, session time, one interaction per reply', async () => {
    const { page, errors } = await session('12', 'p12', PASS, { student_data: { mastery_score: '90' } });
    await leave(page, 'p12');
    const cmi = lastCmi('p12');
    expect(cmi.core.lesson_status).toBe('passed');
    expect(Number(cmi.core.score.raw)).toBeGreaterThanOrEqual(90);
    expect([cmi.core.score.min, cmi.core.score.max]).toEqual(['0', '100']);
    expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(cmi.core.session_time).not.toBe('00:00:00');
    expect(cmi.core.exit).toBe('');
    const list = interactions(cmi);
    expect(list.map((i) => i.id)).toEqual(['late-router.outburst', 'late-router.story', 'late-router.what-now', 'late-router.money', 'late-router.closing']);
    expect(list.map((i) => i.student_response)).toEqual(PASS.map(String));
    expect(list.every((i) => i.type === 'choice' && i.result === 'correct' && /^\d{2,4}:\d{2}:\d{2}/.test(i.latency))).toBe(true);
    expect(Object.values(list[0]!.objectives).map((o: any) => o.id)).toEqual(['acknowledge', 'listen']);
    // A commit after each reply: the LMS has every interaction even if the tab is closed mid-way.
    expect(lms.commits('p12').length).toBeGreaterThanOrEqual(PASS.length + 1);
    expect(errors).toEqual([]);
  });

  it('a fail: the customer walks out, status failed, a commit all the same', async () => {
    const { page } = await session('12', 'f12', FAIL);
    await page.waitForTimeout(300);
    const atEnd = lastCmi('f12');
    expect(atEnd.core.lesson_status).toBe('failed');
    expect(Number(atEnd.core.score.raw)).toBeLessThan(MASTERY);
    expect(interactions(atEnd).map((i) => i.result)).toEqual(['wrong', 'wrong']);
    await leave(page, 'f12');
    expect(lastCmi('f12').core.lesson_status).toBe('failed');
  });

  it('resume: a conversation left at turn 3 continues there in the next LMS session, from suspend data', async () => {
    const first = await session('12', 'r12a', PASS.slice(0, 2));
    await leave(first.page, 'r12a');
    const saved = lastCmi('r12a');
    expect(saved.core.exit).toBe('suspend');
    expect(saved.core.lesson_status).toBe('incomplete');
    expect(JSON.parse(saved.suspend_data).open.moves).toEqual([1, 3]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const params = new URLSearchParams({ std: '12', run: 'r12b', pkg: '/pkg/scorm12', play: 'late-router', init: JSON.stringify({ core: { entry: 'resume' }, suspend_data: saved.suspend_data }) });
    await page.goto(`${lms.url}/lms.html?${params}`);
    const frame = await sco(page);
    await frame.waitForFunction(() => document.querySelector('.topbar .speaker')?.textContent === 'Turn 3');
    for (const n of PASS.slice(2)) await reply(frame, n);
    await leave(page, 'r12b');
    const cmi = lastCmi('r12b');
    expect(cmi.core.lesson_status).toBe('passed');
    expect(interactions(cmi).map((i) => i.id)).toEqual(['late-router.what-now', 'late-router.money', 'late-router.closing']);
    expect(JSON.parse(cmi.suspend_data)).toMatchObject({ attempts: 1, best: Number(cmi.core.score.raw) });
  });
});

describe('SCORM 2004 in scorm-again', () => {
  it('a pass: completion and success apart, scaled score against the LMS passing score, interactions with descriptions', async () => {
    const { page, errors } = await session('2004', 'p2004', PASS, { scaled_passing_score: '0.9' });
    await leave(page, 'p2004');
    const cmi = lastCmi('p2004');
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe('passed');
    expect(Number(cmi.score.scaled)).toBeCloseTo(Number(cmi.score.raw) / 100);
    expect(cmi.session_time).toMatch(/^PT/);
    expect(cmi.exit).toBe('normal');
    const list = interactions(cmi);
    expect(list).toHaveLength(5);
    expect(list[0]).toMatchObject({ id: 'late-router.outburst', type: 'choice', learner_response: 'reply-2', result: 'correct' });
    expect(list[0]!.description).toMatch(/^\{lang=en\}\S/);
    expect(list.every((i) => /^PT/.test(i.latency))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a fail: completed but failed, committed', async () => {
    const { page } = await session('2004', 'f2004', FAIL);
    await page.waitForTimeout(300);
    const cmi = lastCmi('f2004');
    expect([cmi.completion_status, cmi.success_status]).toEqual(['completed', 'failed']);
    expect(interactions(cmi).map((i) => i.result)).toEqual(['incorrect', 'incorrect']);
    await leave(page, 'f2004');
  });

  it('resume from suspend data, and incomplete/unknown while the conversation is open', async () => {
    const first = await session('2004', 'r2004a', PASS.slice(0, 3));
    await leave(first.page, 'r2004a');
    const saved = lastCmi('r2004a');
    expect([saved.completion_status, saved.success_status, saved.exit]).toEqual(['incomplete', 'unknown', 'suspend']);
    const page = await browser.newPage();
    const params = new URLSearchParams({ std: '2004', run: 'r2004b', pkg: '/pkg/scorm2004', play: 'late-router', init: JSON.stringify({ entry: 'resume', suspend_data: saved.suspend_data }) });
    await page.goto(`${lms.url}/lms.html?${params}`);
    const frame = await sco(page);
    await frame.waitForFunction(() => document.querySelector('.topbar .speaker')?.textContent === 'Turn 4');
    for (const n of PASS.slice(3)) await reply(frame, n);
    await leave(page, 'r2004b');
    expect(lastCmi('r2004b').success_status).toBe('passed');
  });
});

const verbs = (list: Record<string, any>[]) => list.map((st) => st.verb.id.split('/').pop());
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';

/** Opens an AU/activity page directly (as an LMS opening a new window would) and plays. */
async function open(path: string, choices: number[]): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${lms.url}${path}`);
  const frame = page.mainFrame();
  await frame.waitForSelector('[data-option="1"]');
  for (const n of choices) await reply(frame, n);
  return { page, frame, errors };
}

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('cmi5 through a launch stub, to a real LRS (xapi-statements)', () => {
  const au = 'https://sabr.test/course/au/late-router';
  const actor = { objectType: 'Agent', name: 'Trainee One', mbox: 'mailto:trainee1@sabr.test' };

  it('a pass: launched, initialized, one answered per reply with extensions, completed, passed, terminated — in that order, in cmi5 context', async () => {
    const l = await stub.launch({ base: lms.url, au, actor, masteryScore: 0.7 });
    const { page, errors } = await open(`/pkg/cmi5/index.html?play=late-router&renderer=canvas&${l.query}`, PASS);
    await page.goto('about:blank');
    await page.close();
    const list = await until(() => lrs.statements({ registration: l.registration }), (x) => x.length >= 10);
    expect(verbs(list)).toEqual(['launched', 'initialized', 'answered', 'answered', 'answered', 'answered', 'answered', 'completed', 'passed', 'terminated']);
    expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
    for (const st of list.slice(1)) {
      expect(st.context.registration).toBe(l.registration);
      expect(st.context.extensions[SESSION_EXT]).toBe(l.sessionId);
      expect(st.context.contextActivities.grouping.map((a: any) => a.id)).toContain(PUBLISHER);
      const defined = (st.context.contextActivities.category ?? []).some((c: any) => c.id === CMI5_CATEGORY);
      expect(defined).toBe(st.verb.id.split('/').pop() !== 'answered');
    }
    const passed = list.find((s) => s.verb.id.endsWith('/passed'))!;
    expect(passed.result.score.scaled).toBeGreaterThanOrEqual(0.7);
    expect(passed.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.7);
    const first = list.find((s) => s.verb.id.endsWith('/answered'))!;
    expect(first.object.id).toBe(`${au}/beat/outburst`);
    expect(first.result.response).toBe('reply-2');
    expect(first.result.extensions[EXT.techniques]).toEqual(['acknowledge', 'listen']);
    expect(first.result.extensions[EXT.metersBefore].anger).toBeGreaterThan(first.result.extensions[EXT.metersAfter].anger);
    expect(first.result.extensions[EXT.principles]).toContain('P1');
    expect(first.result.extensions[EXT.rules]).toContain('P1.feelings-first');
    // Sabr's statements (not the LMS's `launched`) use only IRIs docs/xapi-profile.md documents.
    expect(undocumented(list.slice(1))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a fail: completed and failed (never passed), then terminated last', async () => {
    const l = await stub.launch({ base: lms.url, au, actor, masteryScore: 0.7 });
    const { page } = await open(`/pkg/cmi5/index.html?play=late-router&renderer=canvas&${l.query}`, FAIL);
    await page.goto('about:blank');
    await page.close();
    const list = await until(() => lrs.statements({ registration: l.registration }), (x) => verbs(x).includes('terminated'));
    expect(verbs(list)).toEqual(['launched', 'initialized', 'answered', 'answered', 'completed', 'failed', 'terminated']);
    expect(list.find((s) => s.verb.id.endsWith('/failed'))!.result.score.scaled).toBeLessThan(0.7);
    expect(undocumented(list.slice(1))).toEqual([]);
  });

  it('resume: the next session of the registration continues the conversation from Sabr\'s state document', async () => {
    const registration = crypto.randomUUID();
    const l1 = await stub.launch({ base: lms.url, au, actor, masteryScore: 0.7, registration });
    const first = await open(`/pkg/cmi5/index.html?play=late-router&renderer=canvas&${l1.query}`, PASS.slice(0, 2));
    await first.page.waitForTimeout(300);
    await first.page.goto('about:blank');
    await first.page.close();
    const l2 = await stub.launch({ base: lms.url, au, actor, masteryScore: 0.7, registration });
    const second = await open(`/pkg/cmi5/index.html?play=late-router&renderer=canvas&${l2.query}`, []);
    await second.frame.waitForFunction(() => document.querySelector('.topbar .speaker')?.textContent === 'Turn 3');
    await second.page.close();
  });
});

describe('plain xAPI to a real LRS', () => {
  const actor = { objectType: 'Agent', name: 'Trainee Two', mbox: 'mailto:trainee2@sabr.test' };
  const launch = (endpoint: string, registration: string) =>
    `/pkg/xapi/index.html?${new URLSearchParams({ play: 'late-router', renderer: 'canvas', endpoint, auth: LRS_AUTH, actor: JSON.stringify(actor), registration })}`;

  it('endpoint, auth and actor from the launch URL: statements straight to the LRS', async () => {
    const registration = crypto.randomUUID();
    const { page, errors } = await open(launch(lrs.endpoint, registration), PASS);
    await page.goto('about:blank');
    await page.close();
    const list = await until(() => lrs.statements({ registration }), (x) => verbs(x).includes('terminated'));
    expect(verbs(list)).toEqual(['initialized', 'answered', 'answered', 'answered', 'answered', 'answered', 'completed', 'passed', 'terminated']);
    expect(list[1]!.actor.mbox).toBe(actor.mbox);
    expect(undocumented(list)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('resume: a second launch of the registration continues the conversation from the State API document; the LRS has both sessions in order, one conversation', async () => {
    // xapi-statements has no State API: the stub at /lrs/ adds one in front of it, as a full LRS has.
    const registration = crypto.randomUUID();
    const activityId = `${SABR_IRI}scenario/late-router`;
    const ledger = () => JSON.parse(stub.state(STATE_ID, activityId, registration) ?? '{}') as { open?: { moves: number[] } };
    const first = await open(launch(`${lms.url}/lrs/`, registration), PASS.slice(0, 2));
    await until(async () => ledger(), (l) => l.open?.moves.length === 2);
    expect(ledger().open!.moves).toEqual([1, 3]);
    await first.page.goto('about:blank');
    await first.page.close();
    await until(() => lrs.statements({ registration }), (x) => verbs(x).includes('terminated'));
    const second = await open(launch(`${lms.url}/lrs/`, registration), []);
    await second.frame.waitForFunction(() => document.querySelector('.topbar .speaker')?.textContent === 'Turn 3');
    for (const n of PASS.slice(2)) await reply(second.frame, n);
    await second.frame.waitForSelector('[data-action="debrief"]');
    await second.page.goto('about:blank');
    await second.page.close();
    const list = await until(() => lrs.statements({ registration }), (x) => verbs(x).filter((v) => v === 'terminated').length === 2);
    expect(verbs(list)).toEqual(['initialized', 'answered', 'answered', 'terminated', 'initialized', 'answered', 'answered', 'answered', 'completed', 'passed', 'terminated']);
    const replies = list.filter((s) => s.verb.id.endsWith('/answered'));
    expect(replies.map((s) => s.result.extensions[EXT.turn])).toEqual([1, 2, 3, 4, 5]);
    // One conversation across the two sessions: every reply carries the same attempt.
    expect(new Set(replies.map((s) => s.context.extensions[EXT.attempt])).size).toBe(1);
    expect(ledger().open).toBeUndefined();
    expect(second.errors).toEqual([]);
  });

  it('the LRS process stopped mid-play, then started again: the game keeps going, every statement arrives once, in order, and a tab closed while it is stopped loses none', async () => {
    // The endpoint is the LRS's own port, no proxy in front: stopping the process refuses every
    // connection, as a restarting server does. xapi-statements keeps statements in memory only
    // (its other store needs a MongoDB server), so a restarted LRS starts empty: what a process
    // held is read before it is stopped, and the parts read from each process must join into one
    // sequence — every statement once (no id in two parts), in the order the game made them.
    const registration = crypto.randomUUID();
    const { page, frame } = await open(launch(faulty.endpoint, registration), PASS.slice(0, 2));
    const queued = () => page.evaluate(() => JSON.parse(localStorage.getItem('sabr.report.queue') ?? '[]').length as number);
    await until(() => faulty.statements({ registration }), (x) => x.length >= 3);
    await until(queued, (n) => n === 0);
    const first = await faulty.statements({ registration });
    expect(verbs(first)).toEqual(['initialized', 'answered', 'answered']);
    await faulty.stop();
    for (const n of PASS.slice(2)) await reply(frame, n);
    await frame.waitForSelector('[data-action="debrief"]');
    expect(await queued()).toBe(5);
    await faulty.start();
    const second = await until(() => faulty.statements({ registration }), (x) => x.length >= 5, 90_000);
    await until(queued, (n) => n === 0);
    const played = [...first, ...second];
    expect(verbs(played)).toEqual(['initialized', 'answered', 'answered', 'answered', 'answered', 'answered', 'completed', 'passed']);
    expect(played.filter((s) => s.verb.id.endsWith('/answered')).map((s) => s.result.extensions[EXT.turn])).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(played.map((s) => s.id)).size).toBe(played.length);
    // Stopped again as the tab closes: `terminated` cannot leave. The next page of the site sends it.
    await faulty.stop();
    const later = await page.context().newPage();
    await page.close({ runBeforeUnload: true });
    await later.waitForTimeout(500);
    await faulty.start();
    expect(await faulty.statements({ registration })).toEqual([]);
    await later.goto(`${lms.url}/pkg/xapi/index.html`);
    const third = await until(() => faulty.statements({ registration }), (x) => verbs(x).includes('terminated'), 90_000);
    const all = [...played, ...third];
    expect(verbs(all)).toEqual(['initialized', 'answered', 'answered', 'answered', 'answered', 'answered', 'completed', 'passed', 'terminated']);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    await later.context().close();
  }, 240_000);

  it('the LRS refuses a malformed statement, and the queue keeps it aside instead of dropping it', async () => {
    const target = { endpoint: lrs.endpoint, auth: LRS_AUTH };
    const bad = { id: crypto.randomUUID(), actor: { mbox: 'not-an-email' }, verb: { id: 'answered' }, object: { id: 'x' } };
    const refused = await sendStatements(target, [bad as never]);
    expect(refused.kind).toBe('refused');
    const store = new Map<string, string>();
    const q = new StatementQueue({ store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) }, send: sendStatements, schedule: (fn, ms) => void setTimeout(fn, ms), random: () => 0.5 });
    const good = { id: crypto.randomUUID(), actor: { mbox: 'mailto:t@sabr.test' }, verb: { id: 'http://adlnet.gov/expapi/verbs/answered' }, object: { id: 'https://sabr.test/x' } };
    q.enqueue(target, bad as never);
    q.enqueue(target, good as never);
    await q.drained();
    expect(q.refused().map((r) => r.entry.id)).toEqual([bad.id]);
    expect(q.refused()[0]!.reason).toMatch(/400/);
    const stored = await fetch(`${lrs.endpoint}statements?statementId=${good.id}`, { headers: { Authorization: LRS_AUTH, 'X-Experience-API-Version': '1.0.3' } });
    expect(((await stored.json()) as { id: string }).id).toBe(good.id);
  });
});
