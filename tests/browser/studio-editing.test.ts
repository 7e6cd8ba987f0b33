/**
 * What still got in a new trainer's way in the studio, in real headless Chromium: the branch map's
 * zoom buttons covered the first beat and its labels shrank below reading size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath, serveBuild } from './support.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;

beforeAll(async () => {
  server = await serveBuild('sabr-test-studio-editing');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openStudio(locale: 'en-US' | 'ar-SA', viewport: { width: number; height: number }) {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}studio.html`);
  await page.waitForSelector('#f\\.id');
  return { page, errors };
}

const overlap = (a: DOMRect | { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the studio as a new trainer uses it', () => {
  it.each([
    ['en-US', 1280, 800],
    ['ar-SA', 390, 844],
  ] as const)('draws the branch map with its zoom buttons clear of every beat and labels of reading size (%s, %i px)', async (locale, width, height) => {
    const { page, errors } = await openStudio(locale, { width, height });
    for (const file of ['', 'late-router.yaml']) {
      if (file) await page.selectOption('#open-library', file);
      await page.waitForFunction((f) => document.querySelector('#studio')?.getAttribute('data-map-version') && (!f || document.querySelector('.file-name')?.textContent === f), file);
      await page.locator('.map').scrollIntoViewIfNeeded();
      const found = await page.evaluate(() => {
        const nodes = [...document.querySelectorAll<SVGGElement>('.map .node')];
        const tools = [...document.querySelectorAll('.map-tools button')].map((b) => b.getBoundingClientRect().toJSON() as DOMRect);
        return {
          nodes: nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect),
          tools,
          // The size a label is read at: its font size times the map's zoom.
          labels: nodes.map((n) => {
            const text = n.querySelector('text')!;
            return parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a;
          }),
        };
      });
      expect(found.nodes.length).toBeGreaterThan(4);
      expect(found.tools.length).toBe(3);
      for (const tool of found.tools) expect(found.nodes.filter((n) => overlap(n, tool))).toEqual([]);
      expect(Math.min(...found.labels), file || 'the template').toBeGreaterThanOrEqual(12);
    }
    await page.screenshot({ path: screenshotPath(`studio-map-${locale}-${width}`) });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
