/**
 * Game benchmarks (issue: the game), each a ratio against a peer measured in the same run:
 * - navigation to the first playable choice, and to the customer on screen, vs a blank Phaser 4
 *   game's first frame (goal ≤ 1.25×);
 * - initial JavaScript, gzipped, vs the blank Phaser game's (goal ≤ Phaser + 25 %);
 * - per-frame busy time (PRE_STEP → POST_RENDER) during a scripted conversation vs the blank game;
 * - JS heap after 30 replays vs after the first replay (goal ≤ 1.1×), each after a forced GC.
 * Both pages are production builds served from loopback, in Debian's Chromium.
 */
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'node_modules/.cache/sabr-bench');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml' };

function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server });
  }));
}

const gz = (dir: string, files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);

/** Gzipped size of the JavaScript an HTML page loads before anything runs (entry + preloads). */
function initialJs(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return gz(dir, [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!));
}

/** Gzipped size of all the JavaScript a build contains (what a full play downloads). */
function allJs(dir: string): number {
  return gz(dir, readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`));
}

/**
 * Time to `ready`, two ways: as the driver sees it (from goto to the selector found: includes the
 * driver's polling, which waits out any long task after the element appears), and in the page
 * (from navigation start to the first frame after the element is in the DOM).
 */
async function timeToReady(browser: Browser, url: string, ready: string): Promise<{ wall: number; page: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript((selector) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => ((window as unknown as { readyAt: number }).readyAt = performance.now()));
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, ready);
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.locator(ready).waitFor({ state: 'attached' });
  const wall = Date.now() - t0;
  await (await page.waitForFunction(() => 'readyAt' in window)).dispose();
  const inPage = await page.evaluate(() => (window as unknown as { readyAt: number }).readyAt);
  await context.close();
  return { wall, page: inPage };
}

/** Collects the busy time of every frame (PRE_STEP → POST_RENDER) while `act` runs. */
async function frameBusy(page: Page, act: () => Promise<void>): Promise<number[]> {
  await page.waitForFunction(() => 'sabr' in window);
  await page.evaluate(() => {
    const w = window as unknown as { sabr: { game: { events: { on(e: string, f: () => void): void } } }; busy: number[] };
    w.busy = [];
    let t0 = 0;
    w.sabr.game.events.on('prestep', () => (t0 = performance.now()));
    w.sabr.game.events.on('postrender', () => w.busy.push(performance.now() - t0));
  });
  await act();
  return page.evaluate(() => (window as unknown as { busy: number[] }).busy);
}

async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

// The heap goal measures the game, so the driver holds no handle to the page's elements: an
// ElementHandle (what waitForSelector, $ and an element-valued waitForFunction return) stays pinned
// by DevTools until disposed, and with it the whole detached screen it belongs to. Locators and
// boolean predicates hold nothing.

/** Presses a reply's key; a first press only shows a line still typing whole, so then a second one chooses. */
async function pressReply(page: Page, key: string) {
  const before = await page.textContent('.conversation .speaker');
  await page.keyboard.press(key);
  await (await page.waitForFunction((turn) => !!document.querySelector('[data-line][data-whole]') || document.querySelector('.conversation .speaker')?.textContent !== turn, before)).dispose();
  if ((await page.textContent('.conversation .speaker')) === before) await page.keyboard.press(key);
}

async function playToEnd(page: Page, keys: string[]) {
  await page.locator('[data-option="1"]').waitFor();
  for (const k of keys) {
    await page.waitForTimeout(480);
    // Replies are shuffled on screen: press the key shown for the reply the script names.
    await pressReply(page, (await page.getAttribute(`[data-option="${k}"]`, 'data-key')) ?? k);
  }
  await page.locator('[data-action="debrief"]').waitFor();
  // The closing line types too; the debrief button takes input once it is whole.
  if (!(await page.locator('[data-line][data-whole]').count())) await page.click('[data-line]');
  await page.locator('[data-line][data-whole]').waitFor();
}

/** Records every main-thread task over 50 ms (Long Tasks API) from the page's first script on. */
const LONG_TASKS = () => {
  const w = window as unknown as { longTasks: [number, number][] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/** The longest task (ms) that started in [from, from + span), or 0 when none passed 50 ms. */
async function longestSince(page: Page, from: number, span: number): Promise<number> {
  return page.evaluate(([a, b]) => Math.max(0, ...(window as unknown as { longTasks: [number, number][] }).longTasks.filter(([t]) => t >= a! && t < a! + b!).map(([, d]) => d)), [from, span]);
}

/** The longest main-thread task when a conversation starts (from the briefing) and when each reply lands. */
async function mainThreadTasks(browser: Browser, sabrUrl: string, blankUrl: string): Promise<{ start: number[]; reply: number[]; blank: number[] }> {
  const start: number[] = [];
  const reply: number[] = [];
  const blank: number[] = [];
  for (let r = 0; r < 3; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.addInitScript(LONG_TASKS);
    const page = await context.newPage();
    await page.goto(`${sabrUrl}?renderer=canvas`);
    await page.waitForSelector('[data-action="start"]');
    await page.waitForTimeout(1500); // Phaser loads after the first screen
    await page.click('[data-action="start"]');
    await page.click('[data-scenario="late-router"] button');
    const t0 = await page.evaluate(() => performance.now());
    await page.click('[data-action="begin"]');
    await page.waitForSelector('#stage[data-drawn]');
    await page.waitForTimeout(1000);
    start.push(await longestSince(page, t0, 2500));
    for (const k of ['2', '4', '3', '2']) {
      if (!(await page.$('[data-line][data-whole]'))) await page.click('[data-line]');
      await page.waitForTimeout(300);
      const t1 = await page.evaluate(() => performance.now());
      await page.keyboard.press(k);
      await page.waitForTimeout(1200);
      reply.push(await longestSince(page, t1, 1200));
    }
    const peer = await context.newPage();
    const tb = Date.now();
    await peer.goto(`${blankUrl}?renderer=canvas`);
    await peer.waitForSelector('body[data-ready]');
    await peer.waitForTimeout(500);
    blank.push(await longestSince(peer, 0, Date.now() - tb + 1000));
    await context.close();
  }
  return { start, reply, blank };
}

/** From the click on *My progress* to the frame showing it, with 8,000 stored attempts (one with an unreadable date). */
async function progressWithMany(browser: Browser, sabrUrl: string): Promise<number[]> {
  const attempt = (i: number) => ({
    id: `late-router@${i}`, scenario: i % 3 ? 'late-router' : 'sixty-days', lang: 'en', mode: i % 2 ? 'assessment' : 'practice',
    startedAt: '2026-11-20T10:00:00.000Z', finishedAt: i === 7999 ? 'not a date' : '2026-11-20T10:05:00.000Z',
    moves: [1, 3], outcome: 'walked-out', score: 21, axes: { customer: 20, business: 30, efficiency: 0 }, techniques: [['listen'], ['argue']],
  });
  const stored = JSON.stringify({ version: 1, settings: { lang: 'en' }, attempts: Array.from({ length: 8000 }, (_, i) => attempt(i)) });
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.addInitScript((p) => localStorage.setItem('sabr.progress', p), stored);
    const page = await context.newPage();
    await page.goto(`${sabrUrl}?renderer=canvas`);
    await page.locator('[data-action="progress"]').waitFor();
    await page.waitForTimeout(1500); // Phaser and the stage settle first
    times.push(await page.evaluate(() => new Promise<number>((resolve) => {
      const t0 = performance.now();
      document.querySelector<HTMLElement>('[data-action="progress"]')!.click();
      // After the frame that shows it (its layout and paint included).
      requestAnimationFrame(() => setTimeout(() => resolve(document.querySelector('[data-attempt]') ? performance.now() - t0 : NaN), 0));
    })));
    await context.close();
  }
  return times;
}

export async function gameBench(): Promise<void> {
  const sabrDir = join(out, 'sabr');
  const blankDir = join(out, 'blank');
  await build({ root, logLevel: 'error', build: { outDir: sabrDir, emptyOutDir: true } });
  await build({ root: join(root, 'bench/blank'), configFile: false, base: './', logLevel: 'error', build: { outDir: blankDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
  const sabr = await serve(sabrDir);
  const blank = await serve(blankDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run'],
  });
  try {
    console.log(`\nGame: production builds in Chromium, median of ${ROUNDS} alternating rounds`);
    const nav: { wall: number; page: number }[] = [];
    const drawn: { wall: number; page: number }[] = [];
    const peer: { wall: number; page: number }[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      peer.push(await timeToReady(browser, `${blank.url}?renderer=canvas`, 'body[data-ready]'));
      nav.push(await timeToReady(browser, `${sabr.url}?renderer=canvas&play=late-router`, '[data-option="1"]'));
      drawn.push(await timeToReady(browser, `${sabr.url}?renderer=canvas&play=late-router`, '#stage[data-still], #stage[data-drawn]'));
    }
    for (const way of ['wall', 'page'] as const) {
      const m = (xs: { wall: number; page: number }[]) => median(xs.map((x) => x[way]));
      const how = way === 'wall' ? 'as the driver sees it' : 'in the page, to the frame';
      console.log(`first playable choice     sabr ${fmt(m(nav))} ms   blank Phaser first frame ${fmt(m(peer))} ms   ratio ${fmt(m(nav) / m(peer), 2)}× (goal ≤ 1.25×; ${how})`);
      console.log(`customer on screen too    sabr ${fmt(m(drawn))} ms   ratio ${fmt(m(drawn) / m(peer), 2)}× to the blank game's first frame (${how}; still pictures until Phaser is in)`);
    }

    const tasks = await mainThreadTasks(browser, sabr.url, blank.url);
    console.log(`longest main-thread task  conversation start ${fmt(Math.max(...tasks.start))} ms (runs ${tasks.start.map((v) => fmt(v)).join(', ')})   per reply max ${fmt(Math.max(...tasks.reply))} ms median ${fmt(median(tasks.reply))} ms   blank Phaser game's start ${fmt(median(tasks.blank))} ms (goal: none over 200 ms; 0 = no task over 50 ms)`);

    const js = initialJs(sabrDir);
    const phaser = initialJs(blankDir);
    console.log(`initial JS, gzipped       sabr ${fmt(js / 1024, 1)} KiB   blank Phaser ${fmt(phaser / 1024, 1)} KiB   ratio ${fmt(js / phaser, 2)}× (goal ≤ 1.25×)`);
    console.log(`all JS, gzipped           sabr ${fmt(allJs(sabrDir) / 1024, 1)} KiB (Phaser after the first screen, the turning-point worker at the debrief)   ratio ${fmt(allJs(sabrDir) / phaser, 2)}×`);

    const progress = await progressWithMany(browser, sabr.url);
    console.log(`My progress, 8,000 attempts  click to list shown median ${fmt(median(progress))} ms (runs ${progress.map((v) => fmt(v)).join(', ')}; goal < 200 ms)`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${sabr.url}?renderer=canvas&bench&play=late-router`);
    const busy = await frameBusy(page, () => playToEnd(page, ['2', '4', '3', '2', '3']));
    const blankPage = await context.newPage();
    await blankPage.goto(`${blank.url}?renderer=canvas`);
    await blankPage.waitForSelector('body[data-ready]');
    const idle = await frameBusy(blankPage, () => blankPage.waitForTimeout(3000));
    console.log(`frame busy (JS, ms)       sabr median ${fmt(median(busy), 2)} p95 ${fmt(p95(busy), 2)} over ${busy.length} frames   blank median ${fmt(median(idle), 2)} p95 ${fmt(p95(idle), 2)}`);

    await page.goto(`${sabr.url}?renderer=canvas&play=late-router`);
    await playToEnd(page, ['2', '4', '3', '2', '3']);
    await page.click('[data-action="debrief"]');
    const replay = async () => {
      await page.click('[data-action="retry"]');
      await playToEnd(page, ['1', '4']);
      await page.click('[data-action="debrief"]');
      await page.locator('[data-turning-point]:not([data-turning-point="pending"])').waitFor();
    };
    await replay();
    const first = await heap(page);
    for (let i = 1; i < 30; i++) await replay();
    const after = await heap(page);
    console.log(`JS heap after replays     after 1 ${fmt(first / 1048576, 1)} MiB   after 30 ${fmt(after / 1048576, 1)} MiB   ratio ${fmt(after / first, 2)}× (goal ≤ 1.1×)`);
    await context.close();
  } finally {
    await browser.close();
    sabr.server.close();
    blank.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  gameBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
