/** Finding and reading scenario files for the CLI. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadScenario, type LoadResult } from '../core/load.ts';

export const SCENARIO_FILE = /\.(ya?ml|json)$/i;
const NOT_SCENARIOS = new Set(['scenario.schema.json', 'tracks.yaml']);

/** The scenario files named, with directories expanded (not recursively), sorted. */
export function scenarioFiles(paths: string[], cwd: string): { files: string[]; missing: string[]; empty: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      missing.push(path);
      continue;
    }
    if (stat.isDirectory()) {
      const found = readdirSync(full)
        .filter((name) => SCENARIO_FILE.test(name) && !NOT_SCENARIOS.has(name))
        .sort()
        .map((name) => join(path, name));
      if (found.length === 0) empty.push(path);
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return { files, missing, empty };
}

/** Reads and loads one file; a file that cannot be read is a located error too. */
export function loadFile(path: string, cwd: string): LoadResult {
  const shown = relative(cwd, resolve(cwd, path)) || path;
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { diagnostics: [{ severity: 'error', code: 'read-failed', file: shown, line: 1, column: 1, path: '', params: { reason } }] };
  }
  return loadScenario(text, shown);
}
