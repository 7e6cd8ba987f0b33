/** Runs the CLI in-process for tests, in a scratch folder of files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/sabr.ts';

export const root = new URL('../..', import.meta.url).pathname;

/** `sabr args…` in `cwd`; `input` lines answer interactive prompts. */
export async function sabr(args: string[], cwd = root, input: string[] = []) {
  let out = '';
  let err = '';
  const queue = [...input];
  const io: Io = {
    out: (s) => (out += s),
    err: (s) => (err += s),
    readLine: async (prompt) => {
      out += prompt;
      return queue.length ? queue.shift()! : null;
    },
    cwd,
  };
  const code = await main(args, io);
  return { code, out, err };
}

/** A new folder holding these files (text, or bytes as they are). */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sabr-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
