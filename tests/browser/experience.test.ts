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
    [360, 640, 2],
    [390, 844, 3],
    [1280, 800, 1],
    [1920, 1080, 1],
    [2560, 1440, 1],
  ])('is drawn, sharp, from the first line of turn 1 at %i×%i', async (width, height, deviceScaleFactor) => {
    const { page, errors } = await open({ viewport: { width, height }, deviceScaleFactor, isMobile: width < 500, hasTouch: width < 500 }, '&play=late-router');
    await page.waitForSelector('[data-option="1"]');
    expect(await page.textContent('.conversation .speaker')).toContain('Turn 1');
    await page.waitForSelector('#stage[data-drawn]', { timeout: 15000 });
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

  it('is on screen while the first line types, and stays when Phaser cannot be fetched', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await context.route(/\/assets\/Stage-[^/]*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}?renderer=canvas&play=late-router`);
    await page.waitForSelector('[data-option="1"]');
    await page.waitForSelector('.stage-still img');
    expect(await page.locator('[data-line][data-whole]').count(), 'still typing').toBe(0);
    const still = () => page.evaluate(async () => {
      const stage = document.getElementById('stage')!.getBoundingClientRect();
      const [, person] = [...document.querySelectorAll<HTMLImageElement>('.stage-still img')];
      await person!.decode();
      const box = person!.getBoundingClientRect();
      const canvas = Object.assign(document.createElement('canvas'), { width: 200, height: 240 });
      const g = canvas.getContext('2d')!;
      g.drawImage(person!, 0, 0, 200, 240);
      const data = g.getImageData(60, 48, 80, 84).data; // the face
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200) colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
      return { colours: colours.size, inside: box.top >= stage.top && box.bottom <= stage.bottom + 1 && box.height > 100, label: document.getElementById('stage')!.getAttribute('aria-label') };
    });
    const first = await still();
    expect(first.colours).toBeGreaterThan(12);
    expect(first.inside).toBe(true);
    expect(first.label).toMatch(/Khalid/);
    // Without Phaser the game plays on, and the picture follows the customer's mood.
    const before = await page.getAttribute('.stage-still img:nth-child(2)', 'src');
    await showWhole(page);
    await page.keyboard.press(await page.getAttribute('[data-option="1"]', 'data-key') ?? '1');
    await page.waitForSelector('.conversation .speaker:text("Turn 2")');
    await page.waitForFunction((src) => document.querySelector('.stage-still img:nth-child(2)')?.getAttribute('src') !== src, before);
    expect((await still()).colours).toBeGreaterThan(12);
    expect(await page.locator('#stage canvas').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('meets the trainee at the briefing when a learning system launches a scenario (?scenario=)', async () => {
    const { page, errors } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, '&scenario=late-router');
    await page.waitForSelector('.briefing [data-action="begin"]');
    expect(await page.textContent('#briefing-heading')).toContain('Four Days Offline');
    await page.waitForSelector('#stage[data-still], #stage[data-drawn]');
    expect(await page.isVisible('#stage')).toBe(true);
    await page.click('[data-action="begin"]');
    await page.waitForSelector('[data-option="1"]');
    expect(await page.textContent('.conversation .speaker')).toContain('Turn 1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is drawn when the stage was hidden while Phaser started (picker first)', async () => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await page.click('[data-action="start"]');
    await page.waitForTimeout(1200); // Phaser boots while the picker hides the stage
    await page.click('[data-scenario="late-router"] button');
    await page.click('[data-action="begin"]');
    await page.waitForSelector('#stage[data-drawn]', { timeout: 15000 });
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

const meters = (page: Page) => page.$$eval('[data-meter] [role="meter"]', (els) => els.map((e) => e.getAttribute('aria-valuenow')));

async function reply(page: Page, n: number) {
  await page.waitForTimeout(400);
  await showWhole(page);
  await page.click(`[data-option="${n}"]`);
}

describe('nothing is lost', () => {
  it('offers Continue after a reload on turn 3, at turn 3 with the same meters', async () => {
    const { page, errors } = await open();
    await page.click('[data-action="start"]');
    await page.click('[data-scenario="late-router"] button');
    await page.click('[data-action="begin"]');
    await reply(page, 2);
    await reply(page, 4);
    await page.waitForSelector('.said');
    expect(await turnText(page)).toContain('Turn 3');
    const before = await meters(page);
    await page.reload();
    await page.waitForSelector('[data-action="continue"]');
    expect(await page.textContent('.resume')).toContain('turn 3');
    await page.click('[data-action="continue"]');
    await page.waitForSelector('[data-option="1"]');
    expect(await turnText(page)).toContain('Turn 3');
    expect(await meters(page)).toEqual(before);
    await page.screenshot({ path: screenshotPath('resume-continued') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps Back and Forward inside the game, asks before leaving, and keeps the conversation across a language switch', async () => {
    const { page } = await open();
    await page.click('[data-action="start"]');
    await page.click('[data-scenario="late-router"] button');
    await page.click('[data-action="begin"]');
    await reply(page, 2);
    await page.waitForSelector('.said');
    const start = page.url();
    await page.goBack();
    await page.waitForSelector('[data-action="begin"]');
    expect(await page.getAttribute('#app', 'data-screen')).toBe('briefing');
    await page.goForward();
    await page.waitForSelector('[data-option="1"]');
    expect(await turnText(page)).toContain('Turn 2');
    for (let i = 0; i < 6; i++) {
      await page.goBack().catch(() => undefined);
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(300);
    expect(page.url()).toBe(start);
    expect(await page.getAttribute('#app', 'data-screen')).toBe('title');
    await page.click('[data-action="continue"]');
    await page.waitForSelector('[data-option="1"]');
    const before = await meters(page);

    await page.click('[data-action="switch-language"]');
    expect(await page.getAttribute('#ui', 'dir')).toBe('rtl');
    expect(await turnText(page)).toContain('2');
    expect(await meters(page)).toEqual(before);
    await page.click('[data-action="switch-language"]');

    await page.click('[data-action="leave"]');
    expect(await page.isVisible('dialog[data-dialog="leave"]')).toBe(true);
    await page.screenshot({ path: screenshotPath('leave-dialog') });
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#app', 'data-screen')).toBe('conversation');
    // Two clicks on one spot within the double-click interval are one action to the input guard.
    await page.waitForTimeout(600);
    await page.click('[data-action="leave"]');
    await page.click('[data-action="confirm-leave"]');
    await page.waitForSelector('#picker-heading');
    await page.context().close();
  });

  it('stays in the game when Back is pressed faster than the page can answer', async () => {
    // A page busy for 400 ms on every Back (a loaded machine, the customer being drawn): the browser
    // commits each Back at once and walks on, while the game's answers arrive late. Six Backs from
    // the conversation used to reach the blank page before the game.
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => addEventListener('popstate', () => {
      const t = performance.now();
      while (performance.now() - t < 400);
    }));
    const page = await context.newPage();
    await page.goto(`${server.url}?renderer=canvas`);
    await page.click('[data-action="start"]');
    await page.click('[data-scenario="late-router"] button');
    await page.click('[data-action="begin"]');
    await reply(page, 2);
    await page.waitForSelector('.said');
    const start = page.url();
    for (let i = 0; i < 6; i++) {
      await page.goBack().catch(() => undefined);
      await page.waitForTimeout(100);
    }
    await page.waitForSelector('#app[data-screen="title"]');
    expect(page.url()).toBe(start);
    // Settled, the first screen has its edges back: three more Backs still stay.
    for (let i = 0; i < 3; i++) await page.goBack().catch(() => undefined);
    await page.waitForTimeout(1500);
    expect(page.url()).toBe(start);
    expect(await page.getAttribute('#app', 'data-screen')).toBe('title');
    await context.close();
  });

  it('plays with storage blocked, and the debrief says the attempt was not saved', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}?renderer=canvas`);
    await page.waitForSelector('[data-action="start"]');
    expect(await page.textContent('.notice')).toContain('does not let Sabr keep anything');
    await page.click('[data-action="start"]');
    await page.click('[data-scenario="late-router"] button');
    await page.click('[data-action="begin"]');
    await reply(page, 1);
    await reply(page, 4);
    await page.waitForSelector('[data-action="debrief"]');
    await page.waitForSelector('[data-line][data-whole]');
    await page.click('[data-action="debrief"]');
    await page.waitForSelector('.debrief');
    expect(await page.textContent('[data-notice="not-saved"]')).toContain('could not be saved');
    await page.screenshot({ path: screenshotPath('debrief-not-saved'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders My progress with 8,000 attempts and one unreadable date', async () => {
    const attempt = (i: number) => ({
      id: `late-router@${i}`, scenario: i % 3 ? 'late-router' : 'sixty-days', lang: 'en', mode: i % 2 ? 'assessment' : 'practice',
      startedAt: '2026-11-20T10:00:00.000Z', finishedAt: i === 7999 ? 'not a date' : '2026-11-20T10:05:00.000Z',
      moves: [1, 3], outcome: 'walked-out', score: 21, axes: { customer: 20, business: 30, efficiency: 0 }, techniques: [['listen'], ['argue']],
    });
    const progress = JSON.stringify({ version: 1, settings: { lang: 'en' }, attempts: Array.from({ length: 8000 }, (_, i) => attempt(i)) });
    const { page, errors } = await open();
    await page.evaluate((p) => localStorage.setItem('sabr.progress', p), progress);
    await page.reload();
    await page.click('[data-action="progress"]');
    await page.waitForSelector('[data-attempt]');
    expect(await page.getAttribute('[data-attempts]', 'data-attempts')).toBe('8000');
    expect(await page.textContent('[data-attempt]')).toContain('date unknown');
    expect(await page.textContent('[data-attempt]')).toContain('Assessment');
    await page.click('[data-attempt] summary');
    await page.waitForSelector('[data-attempt] details p'); // replayed when opened (the toggle event is async)
    expect(await page.textContent('[data-attempt] details')).toContain('You said');
    await page.click('[data-action="more"]');
    expect(await page.locator('[data-attempt]').count()).toBe(100);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('feedback on every reply', () => {
  it('shows each meter\'s change, lets the reaction play before the next line, and stays harmless with the voice on', async () => {
    const { page, errors } = await open({}, '&play=late-router');
    await page.evaluate(() => localStorage.setItem('sabr.progress', JSON.stringify({ version: 1, settings: { lang: 'en', voice: true }, attempts: [] })));
    await page.reload();
    await page.waitForSelector('[data-option="1"]');
    expect(await page.$('.delta')).toBeNull();
    await page.waitForTimeout(400);
    await showWhole(page);
    // The reply, and the next screen read in the same task: the line waits while the customer reacts.
    const lineAtOnce = await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-option="2"]')!.click();
      return document.querySelector('[data-line]')!.textContent;
    });
    expect(lineAtOnce).toBe('');
    await page.waitForSelector('.said');
    const deltas = await page.$$eval('[data-meter]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-meter'), e.querySelector('.delta')?.textContent ?? ''])));
    expect(deltas.anger).toMatch(/^−\d+$/);
    expect(deltas.trust).toMatch(/^\+\d+$/);
    expect(await page.getAttribute('[data-meter="anger"] .delta', 'class')).toContain('good');
    await page.waitForFunction(() => (document.querySelector('[data-line]')?.textContent ?? '').length > 0);
    await page.screenshot({ path: screenshotPath('feedback-after-reply') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a welcoming start and a path through onboarding', () => {
  it('welcomes with settings behind a button, and addresses a woman in Arabic once she says so', async () => {
    const { page, errors } = await open({ locale: 'ar-SA' });
    await page.waitForSelector('[data-action="start"]');
    expect(await page.isVisible('#text-size')).toBe(false);
    expect(await page.textContent('#title-heading')).toBe('أهلًا بك في «صبر»');
    await page.click('[data-action="settings"]');
    await page.check('[data-setting="trainee-female"]');
    expect(await page.textContent('#title-heading')).toBe('أهلًا بكِ في «صبر»');
    expect(await page.isVisible('#text-size')).toBe(true); // the panel stays open
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('sabr.progress')!).settings.trainee)).toBe('female');
    await page.screenshot({ path: screenshotPath('title-ar-settings'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the track in the trainer\'s order, what is mastered, and suggests the next scenario', async () => {
    const { page } = await open();
    // The first level of scenarios/tracks.yaml, all ended satisfied: the path moves on to the second.
    const mastered = ['oil-in-the-bill', 'clinic-reception', 'electricity-bill', 'pharmacy-new-box', 'colleague-system'].map((scenario) => ({ id: `${scenario}@1`, scenario, lang: 'en', mode: 'practice', startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:05:00.000Z', moves: [0], outcome: 'satisfied', score: 90, axes: { customer: 90, business: 90, efficiency: 90 }, techniques: [] }));
    await page.evaluate((a) => localStorage.setItem('sabr.progress', JSON.stringify({ version: 1, settings: { lang: 'en' }, attempts: a })), mastered);
    await page.reload();
    await page.click('[data-action="start"]');
    await page.waitForSelector('[data-track]');
    expect(await page.getAttribute('[data-chip="oil-in-the-bill"]', 'data-mastered')).toBe('true');
    expect(await page.getAttribute('[data-chip="sixty-days"]', 'data-mastered')).toBe('false');
    expect(await page.getAttribute('[data-action="next"]', 'data-next')).toBe('late-router');
    expect(await page.getAttribute('[data-level="2"]', 'aria-current')).toBe('step');
    await page.screenshot({ path: screenshotPath('picker-track'), fullPage: true });
    await page.click('[data-action="next"]');
    await page.waitForSelector('[data-action="begin"]');
    expect(await page.textContent('#briefing-heading')).toContain('Four Days Offline');
    // Any step on the path opens its scenario, not only the suggested one.
    await page.goBack();
    await page.click('[data-chip="sixty-days"] button');
    await page.waitForSelector('[data-action="begin"]');
    expect(await page.textContent('#briefing-heading')).toContain('Sixty Days');
    await page.context().close();
  });
});

describe('my progress: skills and a printable summary', () => {
  it.each(['en-US', 'ar-SA'] as const)('shows each principle with a scenario to practise it, and prints the summary alone (%s)', async (locale) => {
    const { page, errors } = await open({ locale });
    const a = { id: 'late-router@1', scenario: 'late-router', lang: 'en', mode: 'assessment', startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:05:00.000Z', moves: [0, 3], outcome: 'walked-out', score: 21, axes: { customer: 20, business: 30, efficiency: 0 }, techniques: [['argue'], ['scripted', 'deflect']] };
    await page.evaluate((x) => localStorage.setItem('sabr.progress', JSON.stringify({ version: 1, settings: { lang: x.lang }, attempts: [x.a] })), { a, lang: locale.slice(0, 2) });
    await page.reload();
    await page.click('[data-action="progress"]');
    await page.waitForSelector('[data-skill]');
    expect(await page.locator('[data-skill]').count()).toBe(16);
    expect(await page.getAttribute('[data-skill="P4"]', 'data-status')).toBe('badly');
    expect(await page.getAttribute('[data-attempt]', 'data-mode')).toBe('assessment');
    // The latest conversation above the skills; on screen the summary names what was played, on paper every scenario.
    expect(await page.$eval('[data-attempt]', (a) => !!(a.compareDocumentPosition(document.querySelector('[data-skill]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await page.isVisible('[data-summary="late-router"]')).toBe(true);
    expect(await page.isVisible('[data-summary="sixty-days"]')).toBe(false);
    await page.screenshot({ path: screenshotPath(`progress-skills-${locale}`), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.summary')).toBe(true);
    expect(await page.isVisible('[data-summary="sixty-days"]')).toBe(true);
    expect(await page.isVisible('[data-skill="P4"]')).toBe(true);
    expect(await page.isVisible('[data-attempts]')).toBe(false);
    expect(await page.isVisible('[data-action="print"]')).toBe(false);
    await page.screenshot({ path: screenshotPath(`progress-print-${locale}`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-skill="P4"] [data-practise]');
    await page.waitForSelector('[data-action="begin"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('on a phone', () => {
  const phone = (width: number, height: number, locale = 'en-US'): BrowserContextOptions => ({ viewport: { width, height }, locale, isMobile: true, hasTouch: true });
  /** Where things are on the screen, in CSS pixels from the top of the viewport. */
  const layout = (page: Page) => page.evaluate(() => {
    const box = (s: string) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom } : undefined;
    };
    const cue = document.querySelector<HTMLElement>('[data-action="to-replies"]');
    return {
      height: innerHeight,
      overflow: document.documentElement.scrollWidth - innerWidth,
      stage: box('#stage')!, line: box('[data-line]')!, first: box('[data-key="1"]')!,
      cue: !!cue && !cue.hidden && cue.getBoundingClientRect().height > 0,
      keysHint: getComputedStyle(document.querySelector('.keys-hint')!).display !== 'none',
    };
  });
  const reply = async (page: Page, option: number) => {
    await showWhole(page);
    const before = await turnText(page);
    await page.click(`[data-option="${option}"]`);
    await page.waitForFunction((t) => document.querySelector('.conversation .speaker')?.textContent !== t, before);
  };

  it.each(['en-US', 'ar-SA'])('shows the customer, the line and the first reply on one screen at 390×844, without the keys hint (%s)', async (locale) => {
    const { page, errors } = await open(phone(390, 844, locale), '&play=late-router');
    await page.waitForSelector('[data-option="1"]');
    await showWhole(page);
    await page.evaluate(() => document.fonts.ready);
    const seen = await layout(page);
    expect(seen.stage.top).toBeGreaterThanOrEqual(0);
    expect(seen.stage.bottom).toBeLessThanOrEqual(seen.line.top);
    expect(seen.line.bottom).toBeLessThanOrEqual(seen.first.top);
    expect(seen.first.bottom).toBeLessThanOrEqual(seen.height);
    expect(seen.overflow).toBeLessThanOrEqual(0);
    expect(seen.keysHint).toBe(false); // a finger has no number keys
    expect(seen.cue).toBe(false); // nothing to point at: the reply is in view
    await page.screenshot({ path: screenshotPath(`phone-turn1-${locale}`) });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('points to the replies once the line is whole when they are below the fold, and brings them into view', async () => {
    const { page, errors } = await open(phone(360, 640), '&play=late-router');
    await page.waitForSelector('[data-option="1"]');
    await reply(page, 2);
    // Not while the line types (the replies take no input yet): watched on every change of the page.
    await page.evaluate(() => {
      const w = window as unknown as { cueEarly: boolean };
      w.cueEarly = false;
      new MutationObserver(() => {
        const cue = document.querySelector<HTMLElement>('[data-action="to-replies"]');
        if (cue && !cue.hidden && !document.querySelector('[data-line][data-whole]')) w.cueEarly = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await reply(page, 4);
    // Turn 3: what was said, the coach and the line push the replies below the fold.
    await showWhole(page);
    await page.waitForSelector('[data-action="to-replies"]:not([hidden])');
    expect(await page.evaluate(() => (window as unknown as { cueEarly: boolean }).cueEarly)).toBe(false);
    const before = await layout(page);
    expect(before.first.top).toBeGreaterThan(before.height);
    await page.screenshot({ path: screenshotPath('phone-replies-cue') });
    await page.click('[data-action="to-replies"]');
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-key="1"]')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('1');
    expect((await layout(page)).cue).toBe(false);
    // The focused reply takes Enter like any other.
    const turn = await turnText(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.querySelector('.conversation .speaker')?.textContent !== t, turn);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['en-US', 'ar-SA'])('keeps the way in on the first screen at 360×640: Start training, and the briefing\'s start while it is read (%s)', async (locale) => {
    const { page, errors } = await open(phone(360, 640, locale));
    const inView = (sel: string) => page.$eval(sel, (el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('button') === el;
    });
    await page.waitForSelector('[data-action="start"]');
    await page.evaluate(() => document.fonts.ready);
    expect(await inView('[data-action="start"]')).toBe(true);
    await page.click('[data-action="start"]');
    await page.click('[data-scenario="late-router"] button');
    await page.waitForSelector('[data-action="begin"]');
    expect(await inView('[data-action="begin"]')).toBe(true);
    await page.evaluate(() => scrollTo(0, 400)); // reading the situation
    expect(await inView('[data-action="begin"]')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('never shows the cue on a desktop whose replies are in view', async () => {
    const { page } = await open({}, '&play=late-router');
    await page.waitForSelector('[data-option="1"]');
    await showWhole(page);
    await page.waitForTimeout(200);
    expect((await layout(page)).cue).toBe(false);
    expect((await layout(page)).keysHint).toBe(true);
    await page.context().close();
  });

  it('keeps the coach\'s principle whole on one line in Arabic at 390 px', async () => {
    const { page, errors } = await open(phone(390, 844, 'ar-SA'), '&play=late-router');
    await page.waitForSelector('[data-option="1"]');
    await reply(page, 2);
    const tag = await page.$eval('.coach .principle', (el) => ({
      text: el.textContent ?? '',
      lines: el.getClientRects().length,
      height: el.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(tag.text).toMatch(/^\(\u2068?P\d+/);
    expect(tag.lines).toBe(1);
    expect(tag.height).toBeLessThan(tag.lineHeight * 1.5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lays out each skill as a card, and shows who waits on the picker and whom you served in My progress', async () => {
    const { page, errors } = await open(phone(390, 844));
    const a = { id: 'sixty-days@1', scenario: 'sixty-days', lang: 'en', mode: 'practice', startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:05:00.000Z', moves: [0, 3], outcome: 'walked-out', score: 21, axes: { customer: 20, business: 30, efficiency: 0 }, techniques: [['argue'], ['scripted']] };
    await page.evaluate((x) => localStorage.setItem('sabr.progress', JSON.stringify({ version: 1, settings: { lang: 'en' }, attempts: [x] })), a);
    await page.reload();
    await page.click('[data-action="progress"]');
    await page.waitForSelector('[data-skill]');
    const rows = await page.$$eval('[data-skill]', (trs) => trs.map((tr) => {
      const th = tr.querySelector('th')!.getBoundingClientRect();
      const status = tr.querySelector('td')!;
      return { row: tr.getBoundingClientRect().width, name: th.width, statusLines: Math.round(status.getBoundingClientRect().height / parseFloat(getComputedStyle(status).lineHeight)) };
    }));
    expect(rows).toHaveLength(16);
    for (const r of rows) {
      expect(r.name).toBeGreaterThan(r.row * 0.9); // the principle's name has the card's whole width
      expect(r.statusLines).toBeLessThanOrEqual(2);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect(await page.getAttribute('[data-skill] th', 'role')).toBe('rowheader'); // still a table to a screen reader
    // The attempt shows the customer as they left; the picker, each customer as they arrive.
    const drawn = (sel: string) => page.$$eval(sel, (imgs) => Promise.all((imgs as HTMLImageElement[]).map((i) => i.decode().then(() => i.alt === '' && i.naturalWidth > 0))));
    expect(await drawn('[data-attempt] img.thumb')).toEqual([true]);
    await page.click('button:has-text("Back")');
    await page.click('[data-action="start"]');
    await page.waitForSelector('[data-scenario] img.thumb');
    const cards = await page.locator('[data-scenario]').count();
    expect(await drawn('[data-scenario] img.thumb')).toEqual(Array(cards).fill(true));
    expect(await page.textContent('[data-scenario="late-router"] .who')).toContain('Khalid Al-Harbi');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
