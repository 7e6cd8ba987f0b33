/** `sabr check [files|dirs]`: validate and lint; exit 1 on any error. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from './sabr.ts';
import { loadFile, readFailure, scenarioFiles } from './files.ts';
import { describeDiagnostic, formatDiagnostic, printable, type Diagnostic } from '../core/diagnostics.ts';
import { loadTracks } from '../core/tracks.ts';
import type { LoadResult } from '../core/load.ts';

const PROJECT_SCENARIOS = fileURLToPath(new URL('../../scenarios', import.meta.url));

/** `scenarios` where the trainer is, else the project's own (when they run check from a subfolder). */
function defaultFolder(cwd: string): string {
  if (existsSync(resolve(cwd, 'scenarios'))) return 'scenarios';
  return relative(cwd, PROJECT_SCENARIOS) || '.';
}

export function runCheck({ io, t, lang, positionals, values }: CommandContext): number {
  const paths = positionals.length ? positionals : [defaultFolder(io.cwd)];
  const { files: named, missing, empty } = scenarioFiles(paths, io.cwd);
  // The learning path is checked as what it is, against the scenarios beside it, not as a scenario.
  const isTracks = (f: string) => basename(f) === 'tracks.yaml';
  const files = named.filter((f) => !isTracks(f));
  const tracksFiles = [...named.filter(isTracks), ...paths.filter((p) => isFolderWithTracks(resolve(io.cwd, p))).map((p) => (/[\\/]$/.test(p) ? `${p}tracks.yaml` : `${p}${sep}tracks.yaml`))];
  const loaded = new Map<string, LoadResult>();
  const diagnostics: Diagnostic[] = [];
  const perFile: { file: string; diagnostics: Diagnostic[] }[] = [];
  for (const path of missing) {
    const d = readFailure(path, io.cwd, 'ENOENT');
    diagnostics.push(d);
    perFile.push({ file: path, diagnostics: [d] });
  }
  for (const path of empty) io.err(`${t('cli:noFiles', { path: printable(path, 300) })}\n`);
  for (const file of files) {
    const result = loadFile(file, io.cwd);
    loaded.set(resolve(io.cwd, file), result);
    diagnostics.push(...result.diagnostics);
    perFile.push({ file, diagnostics: result.diagnostics });
  }
  for (const file of tracksFiles) {
    const found = checkTracks(file, io.cwd, loaded);
    diagnostics.push(...found);
    perFile.push({ file, diagnostics: found });
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (values.json) {
    const report = perFile.map(({ file, diagnostics: ds }) => ({
      file,
      ok: !ds.some((d) => d.severity === 'error'),
      diagnostics: ds.map((d) => ({ ...d, ...describeDiagnostic(d, lang) })),
    }));
    io.out(`${JSON.stringify({ files: report, errors, warnings }, null, 2)}\n`);
  } else {
    for (const { file, diagnostics: ds } of perFile) {
      if (ds.length === 0) io.out(`${t('cli:fileOk', { file: printable(file, 300) })}\n`);
      for (const d of ds) io.out(`${formatDiagnostic(d, lang)}\n`);
    }
    const summary = { files: t('cli:files', { count: perFile.length }), errors: t('cli:errors', { count: errors }), warnings: t('cli:warnings', { count: warnings }) };
    io.out(`${t('cli:checkSummary', summary)}\n`);
  }
  return errors > 0 || (files.length === 0 && missing.length === 0) ? 1 : 0;
}

function isFolderWithTracks(full: string): boolean {
  try {
    return statSync(full).isDirectory() && existsSync(resolve(full, 'tracks.yaml'));
  } catch {
    return false;
  }
}

/** `tracks.yaml` against the ids of the scenarios in its folder (loaded once, here or above). */
function checkTracks(file: string, cwd: string, loaded: Map<string, LoadResult>): Diagnostic[] {
  const full = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    return [readFailure(file, cwd, (error as NodeJS.ErrnoException).code ?? String(error))];
  }
  const folder = relative(cwd, dirname(full)) || '.';
  const ids = scenarioFiles([folder], cwd).files.flatMap((f) => {
    const key = resolve(cwd, f);
    const result = loaded.get(key) ?? loadFile(f, cwd);
    loaded.set(key, result);
    return result.scenario ? [result.scenario.id] : [];
  });
  return loadTracks(text, file, [...new Set(ids)]).diagnostics;
}
