/**
 * The scenario picker's region filter in real headless Chromium: by keyboard, in both languages,
 * combined with the archetype filter, kept for Back, on a phone and a desktop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, serveBuild } from './support.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;

beforeAll(async () => {
  server = await serveBuild('sabr-test-picker');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Each shipped scenario's region, as its file states it. */
const regions = new Map(readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && f !== 'tracks.yaml').map((f) => {
  const text = readFileSync(`scenarios/${f}`, 'utf8');
  return [/^id: *(\S+)/m.exec(text)![1]!, /^region: *(\S+)/m.exec(text)?.[1] ?? ''] as const;
}));

async function openPicker(locale: 'en-US' | 'ar-SA', viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}?renderer=canvas`);
  await page.click('[data-action="start"]');
  await page.waitForSelector('#region-filter');
  return { page, errors };
}

/** The ids of the cards a sighted trainee sees. */
const visibleCards = (page: Page) =>
  page.$$eval('[data-scenario]', (cards) => cards.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => c.getAttribute('data-scenario')!));

describe('the region filter', () => {
  it('shows only the chosen region\'s scenarios, chosen with the keyboard, and says how many', async () => {
    const { page, errors } = await openPicker('en-US');
    expect(await visibleCards(page)).toHaveLength(regions.size);
    expect(await page.textContent('label[for="region-filter"]')).toBe('Region');
    await page.focus('#region-filter');
    // The options' order: all, gulf, egypt, levant, uae. Two steps down is Egypt.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#region-filter')).toBe('egypt');
    const egypt = [...regions].filter(([, r]) => r === 'egypt').map(([id]) => id).sort();
    expect(egypt.length).toBeGreaterThanOrEqual(3);
    expect((await visibleCards(page)).sort()).toEqual(egypt);
    expect(await page.textContent('[data-shown]')).toBe(`${egypt.length} scenarios shown`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('region-filter');
    for (const id of egypt) expect(await page.textContent(`[data-scenario="${id}"] .meta`)).toContain('Egypt');

    // The archetype filter keeps the region, and the region keeps the archetype.
    await page.click('[data-filter="angry"]');
    expect(await page.inputValue('#region-filter')).toBe('egypt');
    const angryEgypt = await visibleCards(page);
    expect(angryEgypt.length).toBeLessThan(egypt.length);
    expect(angryEgypt.every((id) => regions.get(id) === 'egypt')).toBe(true);
    await page.selectOption('#region-filter', 'levant');
    expect((await visibleCards(page)).every((id) => regions.get(id) === 'levant')).toBe(true);
    expect(await page.getAttribute('[data-filter="angry"]', 'aria-pressed')).toBe('true');

    // Back from a scenario's briefing finds the picker as it was left.
    const first = (await visibleCards(page))[0]!;
    await page.click(`[data-scenario="${first}"] button`);
    await page.waitForSelector('[data-action="begin"]');
    await page.goBack();
    await page.waitForSelector('#region-filter');
    expect(await page.inputValue('#region-filter')).toBe('levant');
    expect((await visibleCards(page)).every((id) => regions.get(id) === 'levant')).toBe(true);

    await page.selectOption('#region-filter', '');
    await page.click('[data-filter="all"]');
    expect(await visibleCards(page)).toHaveLength(regions.size);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks Arabic and is mirrored', async () => {
    const { page, errors } = await openPicker('ar-SA');
    expect(await page.getAttribute('#ui', 'dir')).toBe('rtl');
    expect(await page.textContent('label[for="region-filter"]')).toBe('المنطقة');
    expect(await page.$$eval('#region-filter option', (o) => o.map((x) => x.textContent))).toEqual(['كل المناطق', 'السعودية والخليج', 'مصر', 'بلاد الشام', 'الإمارات']);
    await page.selectOption('#region-filter', 'uae');
    const uae = [...regions].filter(([, r]) => r === 'uae').map(([id]) => id).sort();
    expect((await visibleCards(page)).sort()).toEqual(uae);
    expect(await page.textContent('[data-shown]')).toContain(String(uae.length));
    // Mirrored: the label sits to the right of its select.
    const label = (await page.locator('label[for="region-filter"]').boundingBox())!;
    const select = (await page.locator('#region-filter').boundingBox())!;
    expect(label.x).toBeGreaterThan(select.x);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['en-US', 390, 844], ['ar-SA', 390, 844], ['en-US', 1280, 800], ['ar-SA', 1280, 800],
  ] as const)('fits the screen (%s, %i×%i)', async (locale, width, height) => {
    const { page } = await openPicker(locale, { width, height });
    await page.selectOption('#region-filter', 'gulf');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('#region-filter').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`picker-region-${locale.slice(0, 2)}-${width}`), fullPage: true });
    await page.context().close();
  });
});
