/** Finding and reading scenario files for the CLI and the build. */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { loadScenario, MAX_SCENARIO_BYTES, type LoadResult } from '../core/load.ts';
import { decodeScenarioBytes } from '../core/encoding.ts';
import { suggest, type Diagnostic } from '../core/diagnostics.ts';

export const SCENARIO_FILE = /\.(ya?ml|json)$/i;
const NOT_SCENARIOS = new Set(['scenario.schema.json', 'tracks.yaml']);

/** Whether a file name in a scenarios folder is a scenario (not the JSON Schema or the tracks file). */
export function isScenarioFile(name: string): boolean {
  return SCENARIO_FILE.test(name) && !NOT_SCENARIOS.has(name.split('/').pop()!);
}

/**
 * The scenario files named, with directories expanded (not recursively), sorted. Paths stay as
 * the trainer typed them (a folder's files are that folder's path plus their name), so messages
 * name files the way the trainer knows them.
 */
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
        .filter(isScenarioFile)
        .sort()
        .map((name) => (/[\\/]$/.test(path) ? `${path}${name}` : `${path}${sep}${name}`));
      if (found.length === 0) empty.push(path);
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return { files, missing, empty };
}

/** The located error for a file that cannot be read, in plain words for the common reasons. */
export function readFailure(path: string, cwd: string, code: string): Diagnostic {
  const kind = code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : code === 'EACCES' || code === 'EPERM' ? 'no-permission' : code === 'EISDIR' ? 'folder' : 'other';
  const suggestion = kind === 'not-found' ? nearbyFile(resolve(cwd, path)) : '';
  return {
    severity: 'error',
    code: 'read-failed',
    file: path,
    line: 1,
    column: 1,
    path: '',
    params: { kind, reason: code, name: kind === 'not-found' ? basename(path) : path, folder: dirname(resolve(cwd, path)), suggestion },
  };
}

/** A scenario file in the same folder whose name is a likely typo of the one asked for (until-six.yml → until-six.yaml). */
function nearbyFile(full: string): string {
  try {
    return suggest(basename(full), readdirSync(dirname(full)).filter(isScenarioFile)) ?? '';
  } catch {
    return '';
  }
}

/**
 * The bytes of a file, reading at most one byte past MAX_SCENARIO_BYTES: a huge file, or a
 * device that never ends (/dev/zero), is refused without being read whole.
 */
function readCapped(full: string): { bytes: Uint8Array } | { tooLarge: true } {
  if (statSync(full).size > MAX_SCENARIO_BYTES) return { tooLarge: true };
  const buffer = Buffer.alloc(MAX_SCENARIO_BYTES + 1);
  const fd = openSync(full, 'r');
  try {
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return length > MAX_SCENARIO_BYTES ? { tooLarge: true } : { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** Reads and loads one file; a file that cannot be read, or is not UTF-8, is a located error too. */
export function loadFile(path: string, cwd: string): LoadResult {
  let read;
  try {
    read = readCapped(resolve(cwd, path));
  } catch (error) {
    return { diagnostics: [readFailure(path, cwd, (error as NodeJS.ErrnoException).code ?? String(error))] };
  }
  if ('tooLarge' in read) {
    return { diagnostics: [{ severity: 'error', code: 'file-too-large', file: path, line: 1, column: 1, path: '', params: { limit: `${MAX_SCENARIO_BYTES / 1024 / 1024} MB` } }] };
  }
  const decoded = decodeScenarioBytes(read.bytes, path);
  if ('diagnostic' in decoded) return { diagnostics: [decoded.diagnostic] };
  return loadScenario(decoded.text, path);
}
