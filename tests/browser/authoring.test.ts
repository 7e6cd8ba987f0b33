/**
 * What got in a trainer's way writing a scenario in the studio (issue 9, "ready-tomorrow"), in
 * real headless Chromium: a long reply could not be read whole in its one-line box; renaming a
 * beat left the replies that led there pointing nowhere; the banner named a file that the download
 * did not; the starting levels did not say what "empty" meant; the place behind the customer had
 * no field; an ending's new wording asked for a
 * mood rather than an outcome; a female form meant retyping the whole Arabic, and an old one stayed
 * silently when the Arabic was rewritten; whether the scenario teaches (best play, empathy against
 * defensiveness, shape-only bots) needed `sabr analyze`; and the preview's way back covered the
 * game's own buttons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openStudio as open, screenshotPath, serveBuild, typeField } from './support.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;

beforeAll(async () => {
  server = await serveBuild('sabr-test-authoring');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openStudio(viewport = { width: 1280, height: 800 }) {
  const { page, errors } = await open(browser, server.url, { viewport, acceptDownloads: true });
  await page.selectOption('#new-from', 'angry');
  await page.waitForSelector('text=Opened new-angry-customer.yaml');
  return { page, errors };
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('writing a scenario in the studio, where it used to get in the way', () => {
  it('shows long replies whole, renames a beat with its references, names the file, and explains empty levels', async () => {
    const { page, errors } = await openStudio();
    const reply = 'Your screen came in this morning. Your phone is first in line now: ready in forty minutes, and I will text you.';
    await page.focus('[id="f.beats.0.options.1.text.en"]');
    await page.keyboard.press('ControlOrMeta+A');
    // Enter inside a line of speech adds no line break.
    await page.keyboard.type(reply.slice(0, 33));
    await page.keyboard.press('Enter');
    await page.keyboard.type(reply.slice(33));
    await page.keyboard.press('Tab');
    const box = await page.$eval('[id="f.beats.0.options.1.text.en"]', (el) => ({ tag: el.tagName, value: (el as HTMLTextAreaElement).value, fits: el.scrollHeight <= el.clientHeight + 1 }));
    expect(box).toEqual({ tag: 'TEXTAREA', value: reply, fits: true });
    expect(await page.inputValue('#source-text')).toContain(reply);

    // Renaming the template's "fix" beat: the reply that led there follows, and nothing breaks.
    await typeField(page, 'f.beats.2.id', 'check');
    await page.waitForSelector('text=Renamed “fix” to “check”');
    expect(await page.inputValue('[id="f.beats.1.options.0.next"]')).toBe('check');
    await page.waitForSelector('.problems .ok');

    // The banner names the file as the download will.
    await typeField(page, 'f.id', 'ready-today');
    await page.waitForFunction(() => document.querySelector('.file-name')?.textContent === 'ready-today.yaml');

    // Empty starting levels show the archetype's own.
    expect(await page.getAttribute('[id="f.customer.start.anger"]', 'placeholder')).toBe('75');
    await page.selectOption('[id="f.customer.archetype"]', 'confused');
    await page.waitForFunction(() => document.querySelector('[id="f.customer.start.confusion"]')?.getAttribute('placeholder') === '80');
    await page.selectOption('[id="f.customer.archetype"]', 'angry');

    // The place behind the customer is chosen in the form, not only in the file as text.
    await page.click('label:has([id="f.customer.look.setting.workshop"])');
    await page.waitForFunction(() => (document.getElementById('source-text') as HTMLTextAreaElement).value.includes('setting: workshop'));

    // An ending's new wording starts from an outcome, as the guide advises.
    await page.click('.ending:has([id="f.endings.1.variants.add"]) .variants > summary');
    await page.click('[id="f.endings.1.variants.add"]');
    await page.waitForSelector('[id="f.endings.1.variants.0.when.outcome.grudging"]');
    expect(await page.isChecked('[id="f.endings.1.variants.0.when.outcome.grudging"]')).toBe(true);
    expect(await page.$$eval('[id^="f.endings.1.variants.0.when.mood."]:checked', (els) => els.length)).toBe(0);
    // The female form: start from the Arabic instead of retyping it; undo takes it back.
    const female = 'f.beats.0.options.0.text';
    expect(await page.inputValue(`[id="${female}.ar-f"]`)).toBe('');
    await page.click(`[id="${female}.copy-ar"]`);
    expect(await page.inputValue(`[id="${female}.ar-f"]`)).toBe(await page.inputValue(`[id="${female}.ar"]`));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${female}.ar-f`);
    expect(await page.isHidden(`[id="${female}.copy-ar"]`)).toBe(true);
    await page.click('#undo');
    await page.waitForFunction((id) => (document.getElementById(id) as HTMLTextAreaElement | null)?.value === '', `${female}.ar-f`);
    // Rewriting a line's Arabic leaves its old female form behind: the studio says so.
    expect(await page.isHidden('[id="f.endings.0.line.ar-f-stale"]')).toBe(true);
    await typeField(page, 'f.endings.0.line.ar', 'أربعين دقيقة. طيب. وإذا تأخر مرة ثانية؟');
    expect(await page.isVisible('[id="f.endings.0.line.ar-f-stale"]')).toBe(true);
    await page.locator('[id="f.endings.0.line.ar-f"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('authoring-en-female') });
    await page.locator('[id="f.beats.0.options.1.text.en"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('authoring-en-desktop') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says under the map what the analysis finds, and warns when the scenario cannot be won', async () => {
    const { page, errors } = await openStudio({ width: 390, height: 844 });
    await page.waitForSelector('#map-verdict li');
    const verdict = await page.textContent('#map-verdict');
    expect(verdict).toContain('Best play: Satisfied');
    expect(verdict).toMatch(/Empathy wins by \d+ points/);
    expect(verdict).toContain('Picking replies by length or place without reading them');
    // Without the reply that solves the problem, no play can end satisfied: the verdict says so.
    await page.fill('[id="f.beats.2.options.1.sets"]', '');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector('#map-verdict')?.textContent?.includes('No play ends with a satisfied customer'));
    expect(await page.$$eval('#map-verdict li[data-verdict="warn"]', (els) => els.length)).toBeGreaterThan(0);
    await page.locator('#map-verdict').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('authoring-en-phone-verdict') });
    // In Arabic, the same verdict in the trainer's language.
    await page.click('#switch-language');
    await page.waitForFunction(() => document.querySelector('#map-verdict')?.textContent?.includes('ما يجده التحليل'));
    await page.waitForFunction(() => document.querySelector('#map-verdict')?.textContent?.includes('لا ينتهي أي لعب بعميل راضٍ'));
    await page.locator('#map-verdict').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('authoring-ar-phone-verdict') });
    await page.click('#switch-language');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts the preview\'s way back where it covers none of the game\'s buttons, in either language', async () => {
    const { page, errors } = await openStudio();
    await page.click('#preview');
    await page.waitForSelector('[data-option="1"]');
    const back = page.locator('[data-action="back-to-studio"]');
    const clear = async () => {
      const link = (await back.boundingBox())!;
      const buttons = await page.$$eval('#ui button', (els) => els.map((e) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }));
      return buttons.filter((b) => b.width > 0 && overlap(link, b));
    };
    expect(await clear()).toEqual([]);
    await page.screenshot({ path: screenshotPath('authoring-preview-en') });
    // The game's own language switch: the link follows it, and still covers nothing.
    await page.click('#ui button:has-text("العربية")');
    await page.waitForFunction(() => document.querySelector('[data-action="back-to-studio"]')?.textContent === 'العودة إلى الاستوديو');
    expect(await clear()).toEqual([]);
    await page.screenshot({ path: screenshotPath('authoring-preview-ar') });
    await back.click();
    await page.waitForSelector('#f\\.id', { state: 'attached' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
