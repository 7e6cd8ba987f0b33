/**
 * The trainer's studio in real headless Chromium, as a trainer uses it: a new scenario from a
 * template, edited with the keyboard and the mouse in both languages; a problem found, followed
 * to its field and fixed; the draft played to an ending in the real game and back; saved, and
 * passed by `sabr check`. A shipped scenario opened and saved unchanged keeps every byte.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openStudio as open, screenshotPath, serveBuild, showWhole, typeField } from './support.ts';
import { parse } from 'yaml';
import { scenarioFiles } from '../../src/cli/files.ts';
import { templateFor } from '../../src/studio/templates.ts';

const root = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);
let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;
const saved = mkdtempSync(join(tmpdir(), 'sabr-studio-'));

beforeAll(async () => {
  server = await serveBuild('sabr-test-studio');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openStudio = (locale: 'en-US' | 'ar-SA', viewport = { width: 1280, height: 800 }) => open(browser, server.url, { locale, viewport, acceptDownloads: true });

async function saveFile(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const path = join(saved, name);
  await download.saveAs(path);
  return path;
}

const problems = (page: Page) => page.$$eval('.problems li .problem', (els) => els.map((e) => e.getAttribute('data-code')));

describe('the studio in a real browser', () => {
  it('builds a bilingual scenario from a template, fixes a problem, previews it to an ending and saves a file sabr check passes', async () => {
    const { page, errors } = await openStudio('en-US');
    await page.selectOption('#new-from', 'angry');
    await page.waitForSelector('text=Opened new-angry-customer.yaml');
    // The template holds the library's bar: the analysis finds nothing to warn about.
    await page.waitForSelector('.verdict-list li.ok >> text=The analysis has nothing to warn about.');
    expect(await page.$$('.verdict-list li.warn')).toEqual([]);

    // A bad id: the check's own diagnostic appears; clicking it brings the trainer to the field.
    await typeField(page, 'f.id', 'Late Parcel');
    await page.waitForSelector('.problem[data-code="bad-id"]');
    await page.screenshot({ path: screenshotPath('studio-en-problem') });
    await page.click('.problem[data-code="bad-id"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f.id');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('late-parcel');
    await page.keyboard.press('Tab');
    await page.waitForSelector('.problems .ok');

    await typeField(page, 'f.title.en', 'The late parcel');
    await typeField(page, 'f.title.ar', 'الطرد المتأخر');
    await typeField(page, 'f.customer.name.en', 'Faisal');
    await typeField(page, 'f.customer.name.ar', 'فيصل');

    // A new beat with the mouse: unreachable until a reply leads there (the map says so too).
    await page.click('[id="f.beats.add"]');
    await page.waitForSelector('.problem[data-code="unreachable-beat"]');
    await page.waitForSelector('.node.mark-unreachable[data-node="beat-1"]');
    await typeField(page, 'f.beats.4.line.en', 'And who pays for my afternoon?');
    await typeField(page, 'f.beats.4.line.ar', 'ومن يعوضني عن إجازتي؟');
    await typeField(page, 'f.beats.4.options.0.text.en', 'Omar, I have moved your repair to the front.');
    await typeField(page, 'f.beats.4.options.0.text.ar', 'يا عمر، قدّمت دور هاتفك.');
    await page.click('[data-beat="beat-1"] .techniques summary');
    await page.click('[id="f.beats.4.options.0.techniques.solve"]');
    await page.waitForSelector('[data-beat="beat-1"] .chip >> text=Act on it now');
    await page.selectOption('[id="f.beats.3.options.0.next"]', 'beat-1');
    await page.waitForFunction(() => !document.querySelector('.problem[data-code="unreachable-beat"]'));
    expect(await problems(page)).toEqual([]);

    // Undo and redo go through the same text.
    await page.click('#undo');
    await page.waitForSelector('.problem[data-code="unreachable-beat"]');
    await page.click('#redo');
    await page.waitForSelector('.problems .ok');
    await page.screenshot({ path: screenshotPath('studio-en-desktop'), fullPage: false });

    // Preview from the start in the real game, to an ending, and back to the same draft.
    await page.click('#preview');
    await page.waitForSelector('[data-option="1"]');
    // A click while the customer's line types shows it whole; the next one replies.
    for (let turn = 0; turn < 16 && !(await page.$('[data-action="debrief"]')); turn++) {
      await page.waitForTimeout(500);
      await page.click('[data-option="1"]');
    }
    await page.waitForSelector('[data-action="debrief"]');
    await showWhole(page);
    await page.click('[data-action="debrief"]');
    await page.waitForSelector('.debrief');
    await page.click('[data-action="back-to-studio"]');
    // Back where the trainer was (scrolled to the replies), so the id field may be out of view.
    await page.waitForSelector('#f\\.id', { state: 'attached' });
    expect(await page.inputValue('[id="f.id"]')).toBe('late-parcel');
    expect(await page.inputValue('[id="f.beats.4.line.ar"]')).toBe('ومن يعوضني عن إجازتي؟');

    // Preview from a beat starts there.
    await page.click('[id="f.beats.4.preview"]');
    await page.waitForSelector('[data-option="1"]');
    expect(await page.textContent('#ui')).toContain('And who pays for my afternoon?');
    // Back and Forward stay inside the game's screens; the preview's own link leads back to the studio.
    await page.click('[data-action="back-to-studio"]');
    await page.waitForSelector('#f\\.id', { state: 'attached' });

    const file = await saveFile(page, 'late-parcel.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# A new scenario.');
    const check = await run('npx', ['tsx', 'src/cli/sabr.ts', 'check', file], { cwd: root });
    expect(check.stdout).toContain('OK');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes a scenario in Arabic, mirrored, on a phone, and the draft survives a reload', async () => {
    const { page, errors } = await openStudio('ar-SA', { width: 390, height: 844 });
    if ((await page.getAttribute('html', 'dir')) !== 'rtl') await page.click('#switch-language');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.selectOption('#new-from', 'confused');
    // The template's header comment is in the trainer's language.
    expect(await page.inputValue('#source-text')).toMatch(/^# yaml-language-server: [^\n]+\n# سيناريو جديد\./);
    await typeField(page, 'f.id', 'bill-question');
    await typeField(page, 'f.title.ar', 'سؤال عن الفاتورة');
    await typeField(page, 'f.title.en', 'A question about the bill');
    await typeField(page, 'f.beats.0.options.0.text.ar-f', 'لنراجعه معًا. أين رأيتِه؟');
    expect(await page.getAttribute('[id="f.title.ar"]', 'dir')).toBe('rtl');
    await page.screenshot({ path: screenshotPath('studio-ar-phone') });
    await page.reload();
    await page.waitForSelector('#f\\.id');
    expect(await page.inputValue('[id="f.title.ar"]')).toBe('سؤال عن الفاتورة');
    expect(await page.textContent('.status')).toContain('new-confused-customer.yaml');
    const file = await saveFile(page, 'bill-question.yaml');
    const check = await run('npx', ['tsx', 'src/cli/sabr.ts', 'check', file, '--lang', 'ar'], { cwd: root });
    expect(check.stdout).toContain('bill-question.yaml');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switched to Arabic, says everything in Arabic, and previews the draft in Arabic with the way back in Arabic and out of the game\'s way', async () => {
    const { page, errors } = await openStudio('en-US');
    await page.click('#switch-language');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // The status line was written in English before the switch; it is reworded, not left behind.
    expect(await page.textContent('.status')).toBe('أفلت هنا ملف سيناريو بصيغة YAML أو JSON لفتحه.');
    expect(await page.textContent('#f\\.beats\\.add')).toBe('إضافة مقطع');
    // The place behind the customer is chosen in the form; unset, it says what the game will draw.
    expect(await page.textContent('[id="f.customer.look.setting"] legend')).toContain('كاونتر خدمة');
    expect(await page.isChecked('[id="f.customer.look.setting.counter"]')).toBe(true);
    expect(await page.getAttribute('label:has([id="f.customer.look.setting.office"]) img', 'src')).toMatch(/^data:image\/svg\+xml/);
    await page.click('label:has([id="f.customer.look.setting.office"])');
    await page.waitForFunction(() => (document.querySelector('#source-text') as HTMLTextAreaElement).value.includes('setting: office'));
    // A branch's moods stand one column per meter, each with its range.
    await page.click('[id="f.beats.0.options.1.next.branch"]');
    await page.waitForSelector('[id="f.beats.0.options.1.next.0.when.mood.lost"]');
    const moods = await page.$$eval('[id="f.beats.0.options.1.next.0.when.mood"] label.check', (labels) => labels.map((l) => [l.querySelector('input')!.value, (l as HTMLElement).style.gridColumn, l.querySelector('small')!.textContent]));
    expect(moods[0]).toEqual(['furious', '1', 'الغضب \u206680–100\u2069']);
    expect(moods.find(([m]) => m === 'lost')).toEqual(['lost', '2', 'الحيرة \u206670–100\u2069']);
    expect(moods.find(([m]) => m === 'accepting')).toEqual(['accepting', '3', 'اقتناعه بأنه محق \u20660–24\u2069']);
    await page.click('#preview');
    await page.waitForSelector('[data-option="1"]');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    const back = page.locator('[data-action="back-to-studio"]');
    expect(await back.textContent()).toBe('العودة إلى الاستوديو');
    const [a, b] = [await back.boundingBox(), await page.locator('[data-action="switch-language"]').boundingBox()];
    const overlap = a && b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap, 'the way back covers the game\'s language button').toBeFalsy();
    await page.screenshot({ path: screenshotPath('studio-preview-ar') });
    await page.click('[data-action="switch-language"]');
    await page.waitForFunction(() => document.querySelector('[data-action="back-to-studio"]')?.textContent === 'Back to the studio');
    await back.click();
    await page.waitForSelector('#f\\.id', { state: 'attached' });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens every shipped scenario from the library and saves it unchanged, byte for byte; opens a dropped JSON file', async () => {
    const { page, errors } = await openStudio('en-US');
    for (const file of scenarioFiles(['scenarios'], root).files) {
      const name = file.split('/').pop()!;
      await page.selectOption('#open-library', name);
      await page.waitForSelector(`text=Opened ${name}`);
      await page.waitForSelector('.node');
      const path = await saveFile(page, `unchanged-${name}`);
      if (name === 'late-router.yaml') {
        // The map by keyboard: the start beat takes focus, arrows move along rows, Enter opens the beat.
        await page.waitForFunction(() => document.querySelector('#studio')!.getAttribute('data-map-version'));
        await page.focus('.node[tabindex="0"]');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node'))).toBe('outburst');
        await page.keyboard.press('ArrowDown');
        const beat = await page.evaluate(() => document.activeElement?.getAttribute('data-node'));
        expect(['story', 'still-hot']).toContain(beat);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.closest('[data-beat]')?.getAttribute('data-beat'))).toBe(beat);
      }
      expect(readFileSync(path)).toEqual(readFileSync(join(root, file)));
    }
    await page.screenshot({ path: screenshotPath('studio-en-library') });

    // A JSON scenario dropped on the page opens, and an edit keeps it JSON.
    const json = JSON.stringify(parse(templateFor('mistaken').text), null, 2);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, json);
    await page.waitForSelector('text=Opened dropped.json');
    await typeField(page, 'f.title.en', 'Dropped and edited');
    const edited = JSON.parse(readFileSync(await saveFile(page, 'dropped.json'), 'utf8')) as { title: { en: string } };
    expect(edited.title.en).toBe('Dropped and edited');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
