/**
 * Signed numbers (a meter's change, a composure cost) read left to right on Arabic screens: the
 * sign stands to the left of its digits, «−12», never «12−»; and in a line of Arabic the number
 * comes after the words before it, to their left («كلمات العميل الجارحة −12», not the number
 * first). Measured on the glyphs Chromium lays out, on the conversation and the debrief.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, serveBuild, showWhole } from './support.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;

beforeAll(async () => {
  server = await serveBuild('sabr-test-signed');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every signed number inside `selector`: its text and where its sign and first digit are drawn. */
function signedNumbers(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const found: { text: string; sign: number; digit: number; before?: number }[] = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/[+\u2212-][\u2066-\u2069]*\d/g)) {
          const at = (i: number) => {
            const range = document.createRange();
            range.setStart(node!, i);
            range.setEnd(node!, i + 1);
            const rect = range.getBoundingClientRect();
            return rect.left + rect.width / 2;
          };
          // The last Arabic letter before the number, in reading order.
          let letter = m.index - 1;
          while (letter >= 0 && !/\p{Script=Arabic}/u.test(text[letter]!)) letter--;
          found.push({ text: text.slice(m.index, m.index + m[0].length + 2), sign: at(m.index), digit: at(m.index + m[0].length - 1), ...(letter >= 0 ? { before: at(letter) } : {}) });
        }
      }
    }
    return found;
  }, selector);
}

function drawnInOrder(n: { text: string; sign: number; digit: number; before?: number }) {
  expect(n.sign, `«${n.text}» drawn with its sign after the digits`).toBeLessThan(n.digit);
  if (n.before !== undefined) expect(n.digit, `«${n.text}» drawn before the words it follows`).toBeLessThan(n.before);
}

describe('signed numbers on Arabic screens', () => {
  it('put the sign before the digits on the meters, the composure line and the debrief', async () => {
    const context = await browser.newContext({ locale: 'ar-SA', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}?renderer=canvas`);
    await page.evaluate(() => localStorage.setItem('sabr.progress', JSON.stringify({ version: 1, settings: { lang: 'ar', mode: 'practice' }, attempts: [] })));
    await page.goto(`${server.url}?renderer=canvas&play=late-router`);
    await page.waitForSelector('[data-option="1"]');
    expect(await page.getAttribute('#ui', 'dir')).toBe('rtl');
    // Arguing with a short-fused, angry customer: anger up, trust down, composure drained.
    await showWhole(page);
    await page.click('[data-option="1"]');
    await page.waitForSelector('.said');
    await page.waitForSelector('[data-composure]');
    const onConversation = await signedNumbers(page, '.meters, [data-composure]');
    expect(onConversation.filter((n) => n.text.startsWith('\u2212')).length).toBeGreaterThanOrEqual(2);
    expect(onConversation.filter((n) => n.text.startsWith('+')).length).toBeGreaterThanOrEqual(1);
    expect(onConversation.some((n) => n.before !== undefined)).toBe(true);
    for (const n of onConversation) drawnInOrder(n);
    await page.screenshot({ path: screenshotPath('signed-ar-conversation') });

    await showWhole(page);
    await page.click('[data-option="4"]');
    await page.waitForSelector('[data-action="debrief"]');
    await showWhole(page);
    await page.click('[data-action="debrief"]');
    await page.waitForSelector('.debrief [data-composure]');
    const onDebrief = await signedNumbers(page, '.debrief [data-composure]');
    expect(onDebrief.length).toBeGreaterThanOrEqual(2);
    for (const n of onDebrief) drawnInOrder(n);
    await page.screenshot({ path: screenshotPath('signed-ar-debrief'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
