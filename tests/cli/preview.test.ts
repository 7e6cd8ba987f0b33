/** `sabr preview FILE`: the dev server serves the trainer's file through the core loader and reloads on save. */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TINY_SCENARIO as TINY } from '../core/fixtures.ts';
import { workspace } from './support.ts';
import { startPreview, type Preview } from '../../src/cli/preview.ts';


let preview: Preview | undefined;
afterEach(async () => {
  await preview?.close();
  preview = undefined;
});

const endpoint = (p: Preview, file: string) => new URL(`/__sabr/preview?file=${encodeURIComponent(file)}`, p.url);

describe('sabr preview', () => {
  it('serves the file on a loopback port, reflects each save, and tells the page to reload', async () => {
    const dir = workspace({ 'mine.yaml': TINY });
    preview = await startPreview('mine.yaml', dir, false);
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?file=mine\.yaml$/);
    const reloads: unknown[] = [];
    const send = preview.server.ws.send.bind(preview.server.ws);
    preview.server.ws.send = ((payload: unknown, ...rest: unknown[]) => {
      if ((payload as { type?: string }).type === 'full-reload') reloads.push(payload);
      return (send as (...a: unknown[]) => void)(payload, ...rest);
    }) as typeof preview.server.ws.send;

    const first = await (await fetch(endpoint(preview, 'mine.yaml'))).json();
    expect(first).toMatchObject({ file: 'mine.yaml', diagnostics: [], scenario: { id: 'tiny', beats: [{ line: { en: 'This is wrong!' } }] } });
    const page = await (await fetch(preview.url)).text();
    expect(page).toContain('/src/game/main.ts');

    writeFileSync(join(dir, 'mine.yaml'), TINY.replace('This is wrong!', 'This is still wrong!'));
    const edited = await (await fetch(endpoint(preview, 'mine.yaml'))).json();
    expect(edited.scenario.beats[0].line.en).toBe('This is still wrong!');
    await expect.poll(() => reloads.length, { timeout: 15_000, interval: 100 }).toBeGreaterThan(0);

    writeFileSync(join(dir, 'mine.yaml'), TINY.replace('next: done', 'next: dne'));
    const broken = await (await fetch(endpoint(preview, 'mine.yaml'))).json();
    expect(broken.scenario).toBeUndefined();
    expect(broken.diagnostics[0]).toMatchObject({ code: 'unknown-target', file: 'mine.yaml', line: 19, column: 15 });
  });

  it('serves only the file it was started on', async () => {
    const dir = workspace({ 'mine.yaml': TINY, 'other.yaml': TINY });
    preview = await startPreview('mine.yaml', dir, false);
    expect((await fetch(endpoint(preview, 'other.yaml'))).status).toBe(404);
    expect((await fetch(endpoint(preview, '../../etc/passwd'))).status).toBe(404);
  });
});
