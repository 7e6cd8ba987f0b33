/**
 * The trainee's experience (issue 7) in real headless Chromium: the customer drawn on every screen
 * size from the first line, input that cannot misfire, nothing lost on reload, Back or blocked
 * storage. One build, one browser; each test opens its own context.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, serveBuild, showWhole } from './support.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;

beforeAll(async () => {
  server = await serveBuild('sabr-test-experience');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options: BrowserContextOptions = {}, query = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}?renderer=canvas${query}`);
  return { page, errors };
}

/** Colours in the customer's face (the upper middle of their box), read back from the canvas. */
async function customerPixels(page: Page) {
  return page.evaluate(() => {
    const stage = document.getElementById('stage')!;
    const canvas = stage.querySelector('canvas')!;
    const [x, y, w, h] = stage.dataset.customer!.split(' ').map(Number) as [number, number, number, number];
    const ratio = canvas.width / stage.getBoundingClientRect().width;
    const face = { x: Math.round((x + w * 0.3) * ratio), y: Math.round((y + h * 0.2) * ratio), w: Math.round(w * 0.4 * ratio), h: Math.round(h * 0.35 * ratio) };
    const data = canvas.getContext('2d')!.getImageData(face.x, face.y, face.w, face.h).data;
    const wall = canvas.getContext('2d')!.getImageData(2, 2, 1, 1).data;
    const colours = new Set<number>();
    let wallLike = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
      if (Math.abs(data[i]! - wall[0]!) + Math.abs(data[i + 1]! - wall[1]!) + Math.abs(data[i + 2]! - wall[2]!) < 12) wallLike++;
    }
    const box = stage.getBoundingClientRect();
    return {
      colours: colours.size,
      wallShare: wallLike / (data.length / 4),
      canvas: { width: canvas.width, height: canvas.height },
      css: { width: Math.round(box.width), height: Math.round(box.height), top: box.top, bottom: box.bottom },
      lineTop: document.querySelector('[data-line]')!.getBoundingClientRect().top,
      dpr: devicePixelRatio,
    };
  });
}

describe('the customer on every screen', () => {
  it.each([
    [390, 844, 3],
    [1280, 800, 1],
    [1920, 1080, 1],
  ])('is drawn, sharp, from the first line of turn 1 at %i×%i', async (width, height, deviceScaleFactor) => {
    const { page, errors } = await open({ viewport: { width, height }, deviceScaleFactor, isMobile: width < 500, hasTouch: width < 500 }, '&play=late-router');
    await page.waitForSelector('[data-option="1"]');
    expect(await page.textContent('.conversation .speaker')).toContain('Turn 1');
    await page.waitForSelector('#stage[data-drawn]', { timeout: 3000 });
    await page.waitForTimeout(300); // the cross-fade
    const seen = await customerPixels(page);
    // A face has skin, eyes, hair, mouth: many colours, and little of the wall behind it.
    expect(seen.colours).toBeGreaterThan(12);
    expect(seen.wallShare).toBeLessThan(0.3);
    // Drawn at device pixels, not stretched from a smaller canvas.
    expect(seen.canvas.width).toBe(Math.round(seen.css.width * seen.dpr));
    expect(seen.css.height).toBeGreaterThan(140);
    // On the first screenful; on a phone above the line.
    expect(seen.css.top).toBeGreaterThanOrEqual(0);
    if (width < 500) expect(seen.css.bottom).toBeLessThanOrEqual(seen.lineTop);
    await page.screenshot({ path: screenshotPath(`stage-${width}x${height}`) });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is drawn when the stage was hidden while Phaser started (picker first)', async () => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await page.click('[data-action="start"]');
    await page.waitForTimeout(1200); // Phaser boots while the picker hides the stage
    await page.click('[data-scenario="late-router"] button');
    await page.click('[data-action="begin"]');
    await page.waitForSelector('#stage[data-drawn]', { timeout: 3000 });
    await page.waitForTimeout(300);
    expect((await customerPixels(page)).colours).toBeGreaterThan(12);
    await page.context().close();
  });
});

/** Holds a key down for `ms`, auto-repeating as a keyboard does (every 50 ms). */
async function hold(page: Page, key: string, ms: number) {
  await page.keyboard.down(key);
  for (let t = 0; t < ms; t += 50) {
    await page.waitForTimeout(50);
    await page.keyboard.down(key); // a repeat: playwright marks it `repeat`
  }
  await page.keyboard.up(key);
}

const turnText = (page: Page) => page.textContent('.conversation .speaker');
const savedAttempts = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('sabr.progress') ?? '{"attempts":[]}').attempts.length as number);

describe('input that cannot misfire', () => {
  it('shows the typing line whole on Enter, Space, a number or a click, and chooses nothing', async () => {
    const { page } = await open({}, '&play=late-router');
    await page.waitForSelector('[data-option="1"]');
    expect(await page.$('[data-line][data-whole]')).toBeNull();
    expect(await page.getAttribute('[data-option="1"]', 'aria-disabled')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-line]', 'data-whole')).toBe('true');
    expect(await page.getAttribute('[data-option="1"]', 'aria-disabled')).toBeNull();
    expect(await turnText(page)).toContain('Turn 1');
    expect(await page.$('.said')).toBeNull();
    for (const key of ['Space', '3']) {
      await page.reload();
      await page.waitForSelector('[data-option="1"]');
      await page.keyboard.press(key);
      expect(await page.getAttribute('[data-line]', 'data-whole')).toBe('true');
      expect(await turnText(page)).toContain('Turn 1');
    }
    await page.reload();
    await page.waitForSelector('[data-option="1"]');
    await page.waitForTimeout(400);
    await page.click('[data-option="2"]', { force: true }); // playwright waits for aria-disabled to go otherwise
    expect(await page.getAttribute('[data-line]', 'data-whole')).toBe('true');
    expect(await turnText(page)).toContain('Turn 1');
    await page.context().close();
  });

  it.each([false, true])('applies exactly one reply for Enter held 2 s, and never leaves the conversation (reduced motion: %s)', async (reducedMotion) => {
    const { page } = await open({}, '&play=late-router');
    if (reducedMotion) {
      await page.evaluate(() => localStorage.setItem('sabr.progress', JSON.stringify({ version: 1, settings: { lang: 'en', reducedMotion: true }, attempts: [] })));
      await page.reload();
    }
    await page.waitForSelector('[data-option="1"]');
    await showWhole(page);
    await page.focus('[data-option="1"]');
    await hold(page, 'Enter', 2000);
    await page.waitForTimeout(200);
    expect(await page.getAttribute('#app', 'data-screen')).toBe('conversation');
    expect(await turnText(page)).toContain('Turn 2');
    expect(await page.textContent('.said')).toContain('technician rang your mobile');
    // The last reply, held: the conversation ends and stays on its closing line.
    for (const n of [4]) {
      await page.waitForTimeout(400);
      await showWhole(page);
      await page.focus(`[data-option="${n}"]`);
      await hold(page, 'Enter', 2000);
    }
    await page.waitForSelector('[data-action="debrief"]');
    await page.waitForTimeout(300);
    expect(await page.getAttribute('#app', 'data-screen')).toBe('conversation');
    expect(await savedAttempts(page)).toBe(1);
    await page.context().close();
  });
});
