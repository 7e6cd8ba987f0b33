/**
 * Starts and stops the real LRS (tools/lrs: Learning Locker's xapi-statements, in memory) on a
 * free loopback port, installing it first when tools/lrs/node_modules is missing.
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

export interface Lrs {
  /** Ends with `/xAPI/`. */
  endpoint: string;
  statements(query: Record<string, string>): Promise<Record<string, any>[]>;
  stop(): Promise<void>;
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

export async function startLrs(): Promise<Lrs> {
  if (!existsSync(entry)) {
    const r = spawnSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('Could not install the test LRS: npm ci --prefix tools/lrs failed.');
  }
  const port = await freePort();
  const storage = mkdtempSync(join(tmpdir(), 'sabr-lrs-'));
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: storage,
    env: {
      ...process.env,
      EXPRESS_PORT: String(port), MODELS_REPO: 'memory', AUTH_REPO: 'test', STORAGE_REPO: 'local', EVENTS_REPO: 'test',
      FS_LOCAL_STORAGE_DIR: storage, EXPRESS_MORGAN_DIRECTORY: join(storage, 'logs'), WINSTON_CONSOLE_LEVEL: 'error', NODE_NO_WARNINGS: '1',
    },
    stdio: 'ignore',
  });
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  const headers = { Authorization: LRS_AUTH, 'X-Experience-API-Version': '1.0.3' };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${endpoint}about`, { headers })).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 150 || child.exitCode !== null) throw new Error('The test LRS did not start.');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    endpoint,
    async statements(query) {
      const out: Record<string, any>[] = [];
      let next: string | undefined = `${endpoint}statements?${new URLSearchParams({ ascending: 'true', limit: '200', ...query })}`;
      while (next) {
        const body = (await (await fetch(next, { headers })).json()) as { statements: Record<string, any>[]; more?: string };
        out.push(...body.statements);
        next = body.more ? new URL(body.more, endpoint).toString() : undefined;
      }
      return out;
    },
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
