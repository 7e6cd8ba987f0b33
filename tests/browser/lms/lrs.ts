/**
 * Starts and stops the real LRS (tools/lrs: Learning Locker's xapi-statements, in memory) on a
 * free loopback port, installing it first when tools/lrs/node_modules is missing. `stop()` ends
 * the process and `start()` runs a new one on the same port, as an LRS restarted by its admin.
 * Its only models store without a database server is memory, so a restarted LRS starts empty.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../..', import.meta.url).pathname;
const dir = join(root, 'tools/lrs');
const entry = join(dir, 'node_modules/xapi-statements/dist/index.js');

/** Basic credentials for the LRS (its test auth accepts any). */
export const LRS_AUTH = `Basic ${Buffer.from('sabr-lms:secret').toString('base64')}`;
const HEADERS = { Authorization: LRS_AUTH, 'X-Experience-API-Version': '1.0.3' };

export interface Lrs {
  /** Ends with `/xAPI/`. */
  endpoint: string;
  statements(query: Record<string, string>): Promise<Record<string, any>[]>;
  /** Ends the LRS process (SIGTERM) and waits until it is gone. */
  stop(): Promise<void>;
  /** Starts a new LRS process on the same port (after `stop`), empty, and waits until it answers. */
  start(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function install(): void {
  if (existsSync(entry)) return;
  const r = spawnSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Could not install the test LRS: npm ci --prefix tools/lrs failed.');
}

/** Spawns xapi-statements on `port` and resolves once its /about answers. */
async function spawnLrs(port: number): Promise<ChildProcess> {
  const storage = mkdtempSync(join(tmpdir(), 'sabr-lrs-'));
  const child = spawn(process.execPath, [entry], {
    cwd: storage,
    env: {
      ...process.env,
      EXPRESS_PORT: String(port), MODELS_REPO: 'memory', AUTH_REPO: 'test', STORAGE_REPO: 'local', EVENTS_REPO: 'test',
      FS_LOCAL_STORAGE_DIR: storage, EXPRESS_MORGAN_DIRECTORY: join(storage, 'logs'), WINSTON_CONSOLE_LEVEL: 'error', NODE_NO_WARNINGS: '1',
    },
    stdio: 'ignore',
  });
  // Loading its (large, old) dependencies takes seconds on a busy 2-core machine.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/xAPI/about`, { headers: HEADERS })).ok) return child;
    } catch {
      // not listening yet
    }
    if (i > 600 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`The test LRS did not start on port ${port}.`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startLrs(): Promise<Lrs> {
  install();
  const port = await freePort();
  let child: ChildProcess | undefined = await spawnLrs(port);
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  return {
    endpoint,
    async statements(query) {
      const out: Record<string, any>[] = [];
      let next: string | undefined = `${endpoint}statements?${new URLSearchParams({ ascending: 'true', limit: '200', ...query })}`;
      while (next) {
        const body = (await (await fetch(next, { headers: HEADERS })).json()) as { statements: Record<string, any>[]; more?: string };
        out.push(...body.statements);
        next = body.more ? new URL(body.more, endpoint).toString() : undefined;
      }
      return out;
    },
    stop: () => new Promise((resolve) => {
      const c = child;
      child = undefined;
      if (!c || c.exitCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
    }),
    async start() {
      if (child) throw new Error('The test LRS is running already.');
      child = await spawnLrs(port);
    },
  };
}
