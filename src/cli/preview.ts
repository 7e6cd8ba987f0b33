/**
 * `sabr preview FILE`: starts the game's Vite dev server on a free loopback port, opens the game
 * on FILE (`?file=`) and keeps serving it; every save of FILE reloads the page.
 */
import { resolve } from 'node:path';
import type { ViteDevServer } from 'vite';
import type { CommandContext } from './sabr.ts';
import { previewPlugin } from '../build/previewPlugin.ts';

const root = new URL('../..', import.meta.url).pathname;

/** A running preview: where to open it, and how to stop it. */
export interface Preview {
  url: string;
  server: ViteDevServer;
  close(): Promise<void>;
}

/**
 * Starts the dev server for `file` (as typed, relative to `cwd`); `open` also opens a browser;
 * `show` sets the game's language and who the Arabic addresses (`--lang`, `--trainee`).
 */
export async function startPreview(file: string, cwd: string, open: boolean, show: { lang?: string; trainee?: string } = {}): Promise<Preview> {
  const query = new URLSearchParams({ file, ...show });
  const path = `/?${query}`;
  // Loaded only here, so the other commands start without Vite.
  const { createServer } = await import('vite');
  const server = await createServer({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    plugins: [previewPlugin(file, cwd)],
    server: { host: '127.0.0.1', port: 0, strictPort: true, open: open ? path : false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  return { url: `http://127.0.0.1:${address.port}${path}`, server, close: () => server.close() };
}

export async function runPreview({ io, t, positionals, values, given, lang, trainee }: CommandContext): Promise<number> {
  const file = positionals[0];
  if (!file) {
    io.err(`${t('cli:needFile', { command: 'preview' })}\n`);
    return 2;
  }
  let preview: Preview;
  try {
    preview = await startPreview(file, io.cwd, !values['no-open'], { ...(given.has('lang') ? { lang } : {}), ...(given.has('trainee') ? { trainee } : {}) });
  } catch (error) {
    io.err(`${t('cli:preview.failed', { detail: (error as Error).message })}\n`);
    return 1;
  }
  // The address on a line of its own, never isolated, so terminals can open it as a link.
  io.out(`${t('cli:preview.running', { file })}\n${preview.url}\n${t('cli:preview.stop')}\n`);
  // Runs until the trainer stops it (Ctrl+C ends the process).
  await new Promise<void>((done) => preview.server.httpServer?.on('close', () => done()));
  return 0;
}
