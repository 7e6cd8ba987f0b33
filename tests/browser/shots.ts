/**
 * Screenshots of every game screen, to look at (not a test: `npm test` does not run it).
 *
 *   npx tsx tests/browser/shots.ts [out-dir]          # default /work/shots/game
 *
 * Phone (390×844) and desktop (1280×800), in English, Arabic, and Arabic for a woman trainee:
 * welcome, settings, continue offer, track/picker, briefing, conversation turn 1 and mid, the
 * leave dialog, the debrief, my progress, skills, and the printed summary. Production build,
 * Debian's Chromium (see support.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveBuild, showWhole } from './support.ts';

const out = process.argv[2] ?? '/work/shots/game';
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const VOICES = [
  { name: 'en', lang: 'en', trainee: 'male' },
  { name: 'ar', lang: 'ar', trainee: 'male' },
  { name: 'ar-f', lang: 'ar', trainee: 'female' },
] as const;

/** A few finished attempts, so My progress, the skills and the summary have something to show. */
const ATTEMPTS = [
  { scenario: 'late-router', mode: 'practice', outcome: 'satisfied', score: 82, moves: [1, 3, 2], techniques: [['listen', 'empathize'], ['apologize'], ['solve']] },
  { scenario: 'sixty-days', mode: 'assessment', outcome: 'walked-out', score: 21, moves: [0, 3], techniques: [['argue'], ['scripted', 'deflect']] },
].map((a, i) => ({ id: `${a.scenario}@${i}`, lang: 'en', startedAt: `2026-11-2${i}T10:00:00.000Z`, finishedAt: `2026-11-2${i}T10:05:00.000Z`, axes: { customer: a.score, business: a.score, efficiency: a.score }, ...a }));

async function shoot(browser: Browser, url: string, size: keyof typeof SIZES, voice: (typeof VOICES)[number]) {
  const context = await browser.newContext({ viewport: SIZES[size], deviceScaleFactor: 1, locale: voice.lang === 'ar' ? 'ar-SA' : 'en-US', isMobile: size === 'phone', hasTouch: size === 'phone' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const snap = async (name: string, fullPage = true) => {
    await page.waitForTimeout(350); // the stage's cross-fade
    await page.screenshot({ path: join(out, `${name}-${size}-${voice.name}.png`), fullPage });
  };
  const seed = (attempts: unknown[]) => page.evaluate(({ a, v }) => localStorage.setItem('sabr.progress', JSON.stringify({ version: 1, settings: { lang: v.lang, trainee: v.trainee }, attempts: a })), { a: attempts, v: voice });
  await page.goto(`${url}?renderer=canvas`);
  await seed([]);
  await page.reload();
  await page.waitForSelector('[data-action="start"]');
  await page.waitForTimeout(1200); // Phaser joins after the first screen
  await snap('01-welcome', false);
  await page.click('[data-action="settings"]');
  await snap('02-settings');
  await page.click('[data-action="settings"]');
  await page.click('[data-action="start"]');
  await page.waitForSelector('[data-track]');
  await snap('03-picker');
  await page.click('[data-scenario="late-router"] button');
  await page.waitForSelector('[data-action="begin"]');
  await snap('04-briefing');
  await page.click('[data-action="begin"]');
  await page.waitForSelector('#stage[data-drawn]');
  await showWhole(page);
  await snap('05-conversation-turn1', false);
  for (const n of [2, 4]) {
    await page.waitForTimeout(400);
    await showWhole(page);
    await page.click(`[data-option="${n}"]`);
  }
  await page.waitForSelector('.said');
  await showWhole(page);
  await snap('06-conversation-mid', false);
  await page.click('[data-action="leave"]');
  await snap('07-leave-dialog', false);
  await page.keyboard.press('Escape');
  await page.reload();
  await page.waitForSelector('[data-action="continue"]');
  await snap('08-continue-offer', false);
  await page.click('[data-action="continue"]');
  await page.waitForSelector('[data-option="1"]');
  for (const n of [3]) {
    await page.waitForTimeout(400);
    await showWhole(page);
    await page.click(`[data-option="${n}"]`);
  }
  while (!(await page.$('[data-action="debrief"]'))) {
    await page.waitForTimeout(400);
    await showWhole(page);
    await page.click('[data-option="1"]');
  }
  await showWhole(page);
  await snap('09-conversation-end', false);
  await page.click('[data-action="debrief"]');
  await page.waitForSelector('[data-turning-point]:not([data-turning-point="pending"])');
  await snap('10-debrief');
  await seed(ATTEMPTS);
  await page.goto(`${url}?renderer=canvas`);
  await page.click('[data-action="progress"]');
  await page.waitForSelector('[data-skill]');
  await snap('11-progress');
  await page.locator('[data-skill]').first().scrollIntoViewIfNeeded();
  await snap('12-skills', false);
  await page.emulateMedia({ media: 'print' });
  await snap('13-print-summary');
  await context.close();
  if (errors.length) console.error(`${size} ${voice.name}:`, errors);
}

const server = await serveBuild('sabr-shots-dist');
const browser = await launchBrowser();
mkdirSync(out, { recursive: true });
try {
  for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) for (const voice of VOICES) await shoot(browser, server.url, size, voice);
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
