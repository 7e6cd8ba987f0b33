/**
 * What still got in a new trainer's way in the studio, in real headless Chromium: the branch map's
 * zoom buttons covered the first beat and its labels shrank below reading size; a reply's techniques
 * were saved in the order they were ticked (an order the rules read, P2), which nothing showed; and
 * the problems followed an edit only once the trainer left the field, and on a phone or a tablet they
 * sat below every form, out of sight; undo forgot everything after a preview or a reload; and the
 * check asked to move the best reply elsewhere in its beat, which the forms could not do; and where a
 * reply goes listed beats and endings as one list of ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openStudio as open, screenshotPath, serveBuild } from './support.ts';

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

const openStudio = (locale: 'en-US' | 'ar-SA', viewport: { width: number; height: number }) => open(browser, server.url, { locale, viewport });

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

  it('shows a reply\'s techniques in their order and moves one earlier with the mouse or the keyboard, in both languages', async () => {
    const { page, errors } = await openStudio('en-US', { width: 1280, height: 800 });
    const id = 'f.beats.0.options.1.techniques';
    const chips = () => page.$$eval(`[id="${id}.chips"] .chip`, (els) => els.map((e) => e.getAttribute('data-technique')));
    const inFile = async () => /Mr Omar, I can see.*\n {8}techniques: \[([^\]]*)\]/.exec(await page.inputValue('#source-text'))![1];
    expect(await chips()).toEqual(['use-name', 'empathize', 'listen']);
    // The first has nothing to move; the order is explained.
    expect(await page.$(`[id="${id}.earlier.use-name"]`)).toBeNull();
    expect(await page.textContent(`[id="${id}.order-help"]`)).toContain('listen, then apologise, then solve');
    await page.click(`[id="${id}.earlier.listen"]`);
    expect(await chips()).toEqual(['use-name', 'listen', 'empathize']);
    // The keyboard stays on the technique moved, and Enter moves it again.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${id}.earlier.listen`);
    await page.keyboard.press('Enter');
    expect(await chips()).toEqual(['listen', 'use-name', 'empathize']);
    await page.waitForFunction(() => document.querySelector('.problems') !== null);
    expect(await inFile()).toBe('listen, use-name, empathize');
    // A technique ticked afterwards joins the end of the new order, not of the old one.
    await page.click(`.reply:has([id="${id}.chips"]) .techniques summary`);
    await page.click(`[id="${id}.apologize"]`);
    expect(await chips()).toEqual(['listen', 'use-name', 'empathize', 'apologize']);
    expect(await inFile()).toBe('listen, use-name, empathize, apologize');
    // Undo takes the tick back, then the move.
    await page.click('#undo');
    await page.waitForFunction((i) => document.querySelectorAll(`[id="${i}.chips"] .chip`).length === 3, id);
    await page.click('#undo');
    await page.waitForFunction((i) => document.querySelector(`[id="${i}.chips"] .chip`)?.getAttribute('data-technique') === 'use-name', id);
    await page.locator(`[id="${id}.chips"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('studio-techniques-en') });
    // In Arabic the button points to where the row starts, on the right, and says what it does.
    await page.click('#switch-language');
    await page.waitForSelector('html[dir="rtl"]');
    const button = page.locator(`[id="${id}.earlier.empathize"]`);
    expect((await button.getAttribute('aria-label'))!.replace(/[\u2066-\u2069]/g, '')).toBe('قدّم «التعاطف» خطوة');
    expect(await button.textContent()).toBe('›');
    const [chip, arrow] = [await page.locator(`[id="${id}.chips"] [data-technique="empathize"]`).boundingBox(), await button.boundingBox()];
    expect(arrow!.x + arrow!.width / 2).toBeGreaterThan(chip!.x + chip!.width / 2);
    await page.locator(`[id="${id}.chips"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('studio-techniques-ar') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it('follows typing with the problems and the file after a pause, keeps the keyboard in the field, and undoes the typing in one step', async () => {
    const { page, errors } = await openStudio('en-US', { width: 1280, height: 800 });
    const idField = page.locator('[id="f.id"]');
    // The form is not redrawn while the trainer types: the same element keeps the keyboard.
    await page.evaluate(() => ((document.getElementById('f.id') as HTMLInputElement & { mark?: boolean }).mark = true));
    await idField.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Broken Phone', { delay: 20 });
    // No Tab: the check's finding appears while the trainer is still in the field.
    await page.waitForSelector('.problem[data-code="bad-id"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f.id');
    // With an error in the file, the analysis under the map is of the last good version: it says so and fades.
    await page.waitForFunction(() => document.querySelector('#map-status')?.textContent?.startsWith('Waiting for the errors to be fixed'));
    expect(await page.$eval('#map-verdict', (el) => getComputedStyle(el).opacity)).toBe('0.35');
    // Beside the problems on a wide screen, their count does not float over the forms.
    expect(await page.$('#problems-jump')).not.toBeNull();
    expect(await page.isVisible('#problems-jump')).toBe(false);
    expect(await page.evaluate(() => (document.getElementById('f.id') as HTMLInputElement & { mark?: boolean }).mark)).toBe(true);
    // Typing on after the pause loses nothing and keeps the caret where it was.
    await page.keyboard.type(' Repair', { delay: 20 });
    expect(await idField.inputValue()).toBe('Broken Phone Repair');
    expect(await page.evaluate(() => (document.getElementById('f.id') as HTMLInputElement).selectionStart)).toBe('Broken Phone Repair'.length);
    await page.waitForFunction(() => (document.getElementById('source-text') as HTMLTextAreaElement).value.includes('id: Broken Phone Repair'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('broken-phone', { delay: 20 });
    await page.waitForSelector('.problems .ok');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f.id');
    await page.screenshot({ path: screenshotPath('studio-typing-en') });
    // A line typed in Arabic reaches the file too, and leaving the field changes nothing more.
    await page.focus('[id="f.beats.1.line.ar"]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('أخذت إجازة اليوم كله', { delay: 20 });
    await page.waitForFunction(() => (document.getElementById('source-text') as HTMLTextAreaElement).value.includes('ar: "أخذت إجازة اليوم كله"') || (document.getElementById('source-text') as HTMLTextAreaElement).value.includes('ar: أخذت إجازة اليوم كله'));
    const typed = await page.inputValue('#source-text');
    await page.keyboard.press('Tab');
    expect(await page.inputValue('#source-text')).toBe(typed);
    // One undo takes back the whole line, another the whole id.
    await page.click('#undo');
    await page.waitForFunction(() => (document.getElementById('f.beats.1.line.ar') as HTMLTextAreaElement).value === 'أخذت إجازة العصر عشان أستلمه!');
    await page.click('#undo');
    await page.waitForFunction(() => (document.getElementById('f.id') as HTMLInputElement).value === 'new-angry-customer');
    // A number typed takes its place in the file: the turns limit among the scenario's fields, not after the endings.
    await page.focus('[id="f.maxTurns"]');
    await page.keyboard.type('12');
    await page.waitForFunction(() => /goals: \[[^\]]*\]\nmaxTurns: 12\ncustomer:/.test((document.getElementById('source-text') as HTMLTextAreaElement).value));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows typing in Arabic on a phone, mirrored, without moving the page, and keeps the count of problems in view', async () => {
    const { page, errors } = await openStudio('ar-SA', { width: 390, height: 844 });
    if ((await page.getAttribute('html', 'dir')) !== 'rtl') await page.click('#switch-language');
    const field = page.locator('[id="f.beats.0.options.0.text.ar"]');
    await field.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('كذا', { delay: 20 });
    // A reply much shorter than the others: the length warning comes while typing, in Arabic.
    await page.waitForSelector('.problem[data-code="reply-length-gap"]');
    expect(await page.textContent('.problem[data-code="reply-length-gap"]')).toContain('أطول من ضعف');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f.beats.0.options.0.text.ar');
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    // The problems are far below the forms on a phone: their count stays in view and leads there.
    const jump = page.locator('#problems-jump');
    expect(await jump.isVisible()).toBe(true);
    expect(await jump.textContent()).toBe('مشكلة واحدة');
    const box = (await jump.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.x).toBeLessThan(390 / 2);
    await page.screenshot({ path: screenshotPath('studio-typing-ar-phone') });
    await jump.click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('reply-length-gap');
    await page.screenshot({ path: screenshotPath('studio-problems-jump-ar-phone') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps undo across a preview and a reload', async () => {
    const { page, errors } = await openStudio('en-US', { width: 1280, height: 800 });
    await page.focus('[id="f.title.en"]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('The phone, again');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => (document.getElementById('source-text') as HTMLTextAreaElement).value.includes('The phone, again'));
    await page.click('#preview');
    await page.waitForSelector('[data-option="1"]');
    await page.click('[data-action="back-to-studio"]');
    await page.waitForSelector('#f\\.id', { state: 'attached' });
    expect(await page.isEnabled('#undo')).toBe(true);
    await page.reload();
    await page.waitForSelector('#f\\.id');
    expect(await page.inputValue('[id="f.title.en"]')).toBe('The phone, again');
    await page.click('#undo');
    await page.waitForFunction(() => (document.getElementById('f.title.en') as HTMLInputElement).value === 'The phone that was not ready');
    expect(await page.isEnabled('#redo')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves a reply up or down in its beat with the keyboard following it, names the picks of a bot that then wins by place, and lists beats apart from endings', async () => {
    const { page, errors } = await openStudio('en-US', { width: 1280, height: 800 });
    const first = (beat: number) => page.inputValue(`[id="f.beats.${beat}.options.0.text.en"]`);
    const best = await page.inputValue('[id="f.beats.0.options.1.text.en"]');
    // The first reply has nothing above it, the last nothing below.
    expect(await page.$('[id="f.beats.0.options.0.up"]')).toBeNull();
    expect(await page.$('[id="f.beats.0.options.2.down"]')).toBeNull();
    await page.focus('[id="f.beats.0.options.1.up"]');
    await page.keyboard.press('Enter');
    expect(await first(0)).toBe(best);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f.beats.0.options.0.down');
    // The best reply first in every beat: always picking the first wins, and the analysis says which replies it picked.
    await page.click('[id="f.beats.2.options.1.up"]');
    await page.click('[id="f.beats.3.options.1.up"]');
    await page.waitForSelector('.problem[data-code="reply-shape-pattern"]');
    await page.waitForFunction(() => document.querySelector('#map-verdict')?.textContent?.includes('It picks replies 1, 1, 1, 1, beat by beat'));
    await page.click('#undo');
    await page.click('#undo');
    await page.click('#undo');
    await page.waitForSelector('.problems .ok');
    expect(await page.inputValue('[id="f.beats.0.options.1.text.en"]')).toBe(best);
    // Where a reply goes: beats apart from endings, so the choice that ends the conversation is plain.
    const groups = () => page.$$eval('[id="f.beats.0.options.0.next"] optgroup', (gs) => gs.map((g) => [(g as HTMLOptGroupElement).label, [...g.children].map((o) => (o as HTMLOptionElement).value)]));
    expect(await groups()).toEqual([['Beats', ['opening', 'story', 'fix', 'close']], ['Endings', ['thanks', 'manager']]]);
    await page.click('#switch-language');
    expect(await page.textContent('[id="f.beats.0.options.1.up"]')).toBe('انقل هذا الرد إلى أعلى');
    expect((await groups()).map(([label]) => label)).toEqual(['المقاطع', 'الخواتيم']);
    expect(await page.textContent('[id="f.beats.0.options.1.down"]')).toBe('انقل هذا الرد إلى أسفل');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
