/**
 * Browser-test support: a production build served on loopback, and Debian's Chromium driven by
 * playwright-core (no browser download). Set CHROMIUM_PATH to use another binary.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const root = new URL('../..', import.meta.url).pathname;
export const resultsDir = join(root, 'test-results');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
}

/** Builds the game into a temporary folder (one per test file: they run at once) and serves it on a free loopback port. */
export async function serveBuild(folder = 'sabr-test-dist'): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = join(root, 'node_modules/.cache', folder);
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ root, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export function screenshotPath(name: string): string {
  mkdirSync(resultsDir, { recursive: true });
  return join(resultsDir, `${name}.png`);
}

/** Shows the customer's line whole (a click on it while it types), so the replies take input. */
export async function showWhole(page: import('playwright-core').Page): Promise<void> {
  if (!(await page.$('[data-line][data-whole]'))) await page.click('[data-line]');
  await page.waitForSelector('[data-line][data-whole]');
}

/**
 * Presses a reply's key as a player does: the first press shows a line still typing whole, so a
 * second press is needed then; a line already whole takes the first.
 */
export async function pressReply(page: import('playwright-core').Page, key: string): Promise<void> {
  const before = await page.textContent('.conversation .speaker');
  await page.keyboard.press(key);
  await page.waitForFunction((turn) => document.querySelector('[data-line][data-whole]') || document.querySelector('.conversation .speaker')?.textContent !== turn, before);
  if ((await page.textContent('.conversation .speaker')) === before) await page.keyboard.press(key);
}

/** Types into a studio field with the keyboard and leaves it with Tab, as a trainer does. */
export async function typeField(page: import('playwright-core').Page, id: string, text: string): Promise<void> {
  await page.focus(`[id="${id}"]`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** The studio at `url` in a new context, once its first form is up, with the page's errors collected. */
export async function openStudio(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}studio.html`);
  await page.waitForSelector('#f\\.id');
  return { page, errors };
}
