import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath, serveBuild } from './support';

const scenarioCount = readdirSync(new URL('../../scenarios', import.meta.url)).filter((f) => f.endsWith('.yaml')).length;

describe('the page in a real browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuild>>;

  beforeAll(async () => {
    server = await serveBuild();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads every scenario through the core, in English and in Arabic, offline and without errors', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => !r.url().startsWith(server.url) && outside.push(r.url()));
    await page.goto(server.url);
    await expect.poll(() => page.textContent('main')).toContain(`ready with ${scenarioCount} scenario`);
    expect(await page.locator('li[data-scenario]').count()).toBe(scenarioCount);
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    await page.screenshot({ path: screenshotPath('core-page-en'), fullPage: true });

    await page.getByRole('button', { name: 'العربية' }).click();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await expect.poll(() => page.textContent('main')).toContain('المحرّك جاهز');
    await page.screenshot({ path: screenshotPath('core-page-ar'), fullPage: true });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
