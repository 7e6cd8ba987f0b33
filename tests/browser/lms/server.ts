/**
 * The test LMS: a loopback HTTP server that serves unzipped packages, scorm-again's LMS-side
 * APIs and a player page (lms.html) that installs them and opens the package in an iframe, and
 * records every commit the API posts. One build of the game is shared by all LMS tests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import { build } from 'vite';

const root = new URL('../../..', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.xml': 'application/xml', '.xsd': 'application/xml', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Builds the game once for every LMS test. */
export async function buildGame(): Promise<string> {
  const outDir = join(root, 'node_modules/.cache/sabr-lms-dist');
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Unzips a package into `dir`. */
export function unzipTo(zip: string, dir: string): void {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, data);
  }
}

/**
 * The LMS's player page: a title bar and the SCO in an iframe filling the rest of the window, as
 * LMS players do, so the game is seen (and tried) at the LMS's size on a desktop or a phone.
 */
const PLAYER = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Test LMS</title><link rel="icon" href="data:,">
<style>html,body{margin:0;height:100%;font:14px system-ui,sans-serif}body{display:flex;flex-direction:column}header{padding:8px 12px;background:#1f3a5f;color:#fff}#sco{flex:1;border:0;width:100%}</style>
<script src="/scorm-again/STD.min.js"></script>
<script>
  const q = new URLSearchParams(location.search);
  const settings = { lmsCommitUrl: '/commit/' + q.get('run'), dataCommitFormat: 'json', autocommit: false, logLevel: 5 };
  const api = q.get('std') === '12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (q.get('std') === '12') window.API = api; else window.API_1484_11 = api;
  if (q.get('init')) api.loadFromJSON(JSON.parse(q.get('init')));
  window.calls = [];
  for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish', 'Initialize', 'Commit', 'Terminate']) api.on(name, () => window.calls.push(name));
</script>
<header>Test LMS · SCORM VERSION</header>
<iframe id="sco" title="Sabr"></iframe>
<script>document.getElementById('sco').src = q.get('pkg') + '/index.html?play=' + q.get('play') + '&renderer=canvas';</script>`;

export interface TestLms {
  url: string;
  /** The commit bodies posted for a run, in order. */
  commits(run: string): Record<string, unknown>[];
  close(): Promise<void>;
}

/** Serves `mounts` (url prefix → folder) and the player; records commits. */
export async function startLms(mounts: Record<string, string>, extra?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>): Promise<TestLms> {
  const commits = new Map<string, Record<string, unknown>[]>();
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (extra && (await extra(req, res, url))) return;
    if (req.method === 'POST' && url.pathname.startsWith('/commit/')) {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const run = url.pathname.slice('/commit/'.length);
        commits.set(run, [...(commits.get(run) ?? []), JSON.parse(body) as Record<string, unknown>]);
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"result":true,"errorCode":0}');
      });
      return;
    }
    if (url.pathname === '/lms.html') {
      const std = url.searchParams.get('std') === '12' ? 'scorm12' : 'scorm2004';
      res.writeHead(200, { 'Content-Type': TYPES['.html']! }).end(PLAYER.replace('STD', std).replace('VERSION', std === 'scorm12' ? '1.2' : '2004'));
      return;
    }
    const mounted = Object.entries({ ...mounts, '/scorm-again/': join(root, 'node_modules/scorm-again/dist/') }).find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mounted) return void res.writeHead(404).end();
    const file = normalize(join(mounted[1], decodeURIComponent(url.pathname.slice(mounted[0].length))));
    if (!file.startsWith(mounted[1]) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    commits: (run) => commits.get(run) ?? [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
