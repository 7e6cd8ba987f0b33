/**
 * Vite plugin for `sabr preview FILE`: serves that one file, loaded and checked by the same core
 * loader as `sabr check`, at PREVIEW_ENDPOINT (the game asks for it when opened with `?file=`), and
 * reloads the page whenever the file is saved. Only the file named on the command line is served.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadFile } from '../cli/files.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { Scenario } from '../core/schema.ts';

export const PREVIEW_ENDPOINT = '/__sabr/preview';

/** What the endpoint answers: the scenario, or the diagnostics that stop it loading. */
export interface PreviewPayload {
  file: string;
  scenario?: Scenario;
  diagnostics: Diagnostic[];
}

/** `file` as the trainer typed it, relative to `cwd`. */
export function previewPlugin(file: string, cwd: string): Plugin {
  const full = resolve(cwd, file);
  return {
    name: 'sabr-preview',
    configureServer(server) {
      server.watcher.add(full);
      const reload = (changed: string) => {
        if (resolve(changed) === full) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      server.middlewares.use(PREVIEW_ENDPOINT, (req, res) => {
        const asked = new URL(req.url ?? '', 'http://preview').searchParams.get('file');
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        if (asked !== file) {
          res.statusCode = 404;
          res.end(JSON.stringify({ error: 'only the file given to sabr preview is served' }));
          return;
        }
        const loaded = loadFile(file, cwd);
        const payload: PreviewPayload = { file, diagnostics: loaded.diagnostics, ...(loaded.scenario ? { scenario: loaded.scenario } : {}) };
        res.end(JSON.stringify(payload));
      });
    },
  };
}
