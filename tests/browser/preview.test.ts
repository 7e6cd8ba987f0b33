/**
 * `sabr preview FILE` in real Chromium: the game opens on the trainer's file, follows each save,
 * and shows a broken file's errors located, in the player's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath } from './support.ts';
import { workspace } from '../cli/support.ts';
import { TINY_SCENARIO as TINY } from '../core/fixtures.ts';
import { startPreview, type Preview } from '../../src/cli/preview.ts';


let browser: Browser;
let preview: Preview;
let dir: string;

beforeAll(async () => {
  dir = workspace({ 'mine.yaml': TINY });
  preview = await startPreview('mine.yaml', dir, false);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('previewing a trainer\'s file in the game', () => {
  it('plays the file, reloads on save, and shows errors located in both languages', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${preview.url}&renderer=canvas`);
    await expect.poll(() => page.textContent('[data-option="1"]'), { timeout: 60_000 }).toContain('I understand.');

    writeFileSync(join(dir, 'mine.yaml'), TINY.replace('I understand.', 'I hear you.'));
    await expect.poll(() => page.textContent('[data-option="1"]').catch(() => ''), { timeout: 30_000 }).toContain('I hear you.');

    writeFileSync(join(dir, 'mine.yaml'), TINY.replace('next: done', 'next: dne'));
    await page.waitForSelector('[data-preview="problems"]', { timeout: 30_000 });
    expect(await page.textContent('[data-preview="problems"] [data-where]')).toBe('mine.yaml:19:15');
    expect(await page.textContent('[data-preview="problems"] li')).toContain('error “dne” is not the id of any beat or ending. Did you mean “done”?');
    await page.screenshot({ path: screenshotPath('preview-problems-en-desktop'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('preview-problems-en-phone'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();

    const arabic = await browser.newContext({ locale: 'ar-SA', viewport: { width: 390, height: 844 } });
    const ar = await arabic.newPage();
    await ar.goto(`${preview.url}&renderer=canvas`);
    await ar.waitForSelector('[data-preview="problems"]', { timeout: 60_000 });
    expect(await ar.getAttribute('#ui', 'dir')).toBe('rtl');
    expect(await ar.textContent('[data-preview="problems"] li')).toContain('ليس معرّفًا لأي مقطع أو خاتمة');
    await ar.screenshot({ path: screenshotPath('preview-problems-ar-phone'), fullPage: true });
    await ar.setViewportSize({ width: 1280, height: 800 });
    await ar.screenshot({ path: screenshotPath('preview-problems-ar-desktop'), fullPage: true });
    await arabic.close();
  });

  it('opens in the language and for the trainee the trainer asked for, and a save keeps what they change after', async () => {
    const herDir = workspace({ 'hers.yaml': TINY.replace('ar: "أفهمك." }', 'ar: "أفهمك.", ar-f: "أفهمكِ يا أستاذ." }') });
    const hers = await startPreview('hers.yaml', herDir, false, { lang: 'ar', trainee: 'female' });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    try {
      await page.goto(`${hers.url}&renderer=canvas`);
      await expect.poll(() => page.textContent('[data-option="1"]').catch(() => ''), { timeout: 60_000 }).toContain('أفهمكِ يا أستاذ.');
      expect(await page.getAttribute('#ui', 'dir')).toBe('rtl');
      expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
      await page.click('[data-action="switch-language"]');
      await expect.poll(() => page.textContent('[data-option="1"]').catch(() => '')).toContain('I understand.');
      writeFileSync(join(herDir, 'hers.yaml'), TINY.replace('I understand.', 'I hear you.'));
      await expect.poll(() => page.textContent('[data-option="1"]').catch(() => ''), { timeout: 30_000 }).toContain('I hear you.');
    } finally {
      await context.close();
      await hers.close();
    }
  });
});
