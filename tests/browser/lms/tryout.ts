/**
 * Try Sabr's packages as an onboarding manager would: build once, package each format for the
 * onboarding track with the package command, open each in the test LMS (scorm-again player page,
 * cmi5 launch stub, plain xAPI launch URL) at desktop and phone size, play to a pass and to a
 * fail, screenshot; then fill the LRS with a small cohort and write the report in en and ar.
 * Usage: npx tsx tests/browser/lms/tryout.ts [SHOTS_DIR] (default test-results/lms-tryout); not part of npm test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser } from '../support.ts';
import { startLms, unzipTo } from './server.ts';
import { startLrs, LRS_AUTH } from './lrs.ts';
import { cmi5Stub } from './cmi5Stub.ts';

const root = new URL('../../..', import.meta.url).pathname;
const shots = process.argv[2] ?? join(root, 'test-results/lms-tryout');
const work = join(tmpdir(), 'sabr-lms-tryout');
const PASS = [2, 4, 3, 2, 3];
const FAIL = [1, 4];
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
type Size = keyof typeof SIZES;

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });
const dist = join(work, 'dist');
console.time('build');
await build({ root, logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
console.timeEnd('build');
const mounts: Record<string, string> = {};
for (const format of ['scorm12', 'scorm2004', 'cmi5', 'xapi']) {
  const out = run('npm', ['run', '--silent', 'package', '--', '--format', format, '--track', 'onboarding', '--from', dist, '--out', join(work, 'packages')]);
  console.log(out.trim());
  unzipTo(join(work, 'packages', `sabr-${format}-onboarding.zip`), join(work, format));
  mounts[`/pkg/${format}/`] = join(work, format, '/');
}
const lrs = await startLrs();
const stub = cmi5Stub(lrs);
const lms = await startLms(mounts, (req, res, url) => stub.handle(req, res, url));
const browser: Browser = await launchBrowser();
const problems: string[] = [];

async function newPage(size: Size, lang: 'en' | 'ar'): Promise<Page> {
  const context = await browser.newContext({ viewport: SIZES[size], locale: lang === 'ar' ? 'ar-SA' : 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${String(e)}`));
  return page;
}

async function playIn(page: Page, frame: Frame, choices: number[], name: string): Promise<void> {
  await frame.waitForSelector('[data-option="1"]');
  await page.screenshot({ path: join(shots, `${name}-1-start.png`) });
  for (const [i, n] of choices.entries()) {
    await frame.waitForTimeout(500);
    await frame.click(`[data-option="${n}"]`);
    if (i === 1) await page.screenshot({ path: join(shots, `${name}-2-mid.png`) });
  }
  await frame.waitForSelector('[data-action="debrief"]');
  await frame.waitForTimeout(400);
  await page.screenshot({ path: join(shots, `${name}-3-end.png`) });
  // A click while the last line still types shows it whole first (the game's input guard).
  await frame.click('[data-action="debrief"]');
  await frame.waitForTimeout(400);
  if (await frame.$('[data-action="debrief"]')) await frame.click('[data-action="debrief"]');
  await frame.waitForSelector('[data-turning-point]:not([data-turning-point="pending"])', { timeout: 15_000 }).catch(() => problems.push(`${name}: no debrief`));
  await page.screenshot({ path: join(shots, `${name}-4-debrief.png`) });
}

async function leave(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.context().close();
}

const trainees = [
  { name: 'Sara Haddad', mbox: 'mailto:sara@sabr.test' },
  { name: 'Omar Khalil', mbox: 'mailto:omar@sabr.test' },
  { name: 'ليلى منصور', mbox: 'mailto:layla@sabr.test' },
  { name: 'Karim Nasser', mbox: 'mailto:karim@sabr.test' },
];

for (const size of ['desktop', 'phone'] as Size[]) {
  for (const [result, choices] of [['pass', PASS], ['fail', FAIL]] as const) {
    const lang = size === 'phone' ? 'ar' : 'en';
    for (const std of ['12', '2004'] as const) {
      const page = await newPage(size, lang);
      await page.goto(`${lms.url}/lms.html?${new URLSearchParams({ std, run: `${std}-${size}-${result}`, pkg: `/pkg/scorm${std}`, play: 'late-router' })}`);
      const frame = (await (await page.waitForSelector('#sco')).contentFrame())!;
      await playIn(page, frame, choices, `scorm${std}-${size}-${lang}-${result}`);
      await leave(page);
      const cmi = (lms.commits(`${std}-${size}-${result}`).at(-1) as { cmi: Record<string, any> } | undefined)?.cmi;
      console.log(`scorm${std} ${size} ${result}:`, std === '12' ? [cmi?.core?.lesson_status, cmi?.core?.score?.raw] : [cmi?.completion_status, cmi?.success_status, cmi?.score?.scaled]);
    }
    const trainee = trainees[(size === 'phone' ? 2 : 0) + (result === 'fail' ? 1 : 0)]!;
    const actor = { objectType: 'Agent', ...trainee };
    const au = 'https://w3id.org/xapi/sabr/course/sabr-cmi5-onboarding/scenario/late-router';
    const l = await stub.launch({ base: lms.url, au, actor, masteryScore: 0.8 });
    let page = await newPage(size, lang);
    await page.goto(`${lms.url}/pkg/cmi5/index.html?play=late-router&${l.query}`);
    await playIn(page, page.mainFrame(), choices, `cmi5-${size}-${lang}-${result}`);
    await leave(page);
    page = await newPage(size, lang);
    const registration = crypto.randomUUID();
    await page.goto(`${lms.url}/pkg/xapi/index.html?${new URLSearchParams({ play: 'oil-in-the-bill', endpoint: `${lms.url}/lrs/`, auth: LRS_AUTH, actor: JSON.stringify(actor), registration })}`);
    await playIn(page, page.mainFrame(), result === 'pass' ? [2, 3, 3, 2, 3, 2] : [4, 1, 1, 2], `xapi-${size}-${lang}-${result}`).catch((e: unknown) => problems.push(`xapi ${size} ${result}: ${String(e).split('\n')[0]}`));
    await leave(page);
  }
}
await new Promise((r) => setTimeout(r, 3000));
const verbs = (await lrs.statements({})).map((s) => String(s.verb.id).split('/').pop());
console.log('LRS statements:', verbs.length, Object.fromEntries([...new Set(verbs)].map((v) => [v, verbs.filter((x) => x === v).length])));

for (const lang of ['en', 'ar'] as const) {
  const out = join(work, `report-${lang}.html`);
  console.log(run('npm', ['run', '--silent', 'sabr', '--', 'report', '--lrs', lrs.endpoint, '--auth', 'sabr-lms:secret', '--out', out, '--lang', lang]).trim());
  for (const size of ['desktop', 'phone'] as Size[]) {
    const page = await newPage(size, lang);
    await page.goto(`file://${out}`);
    await page.screenshot({ path: join(shots, `report-${lang}-${size}.png`), fullPage: true });
    await page.context().close();
  }
}
console.log('problems:', problems);
await browser.close();
await lms.close();
await lrs.stop();
