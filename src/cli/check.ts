/** `sabr check [files|dirs]`: validate and lint; exit 1 on any error. */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from './sabr.ts';
import { loadFile, readFailure, scenarioFiles } from './files.ts';
import { describeDiagnostic, formatDiagnostic, printable, type Diagnostic } from '../core/diagnostics.ts';

const PROJECT_SCENARIOS = fileURLToPath(new URL('../../scenarios', import.meta.url));

/** `scenarios` where the trainer is, else the project's own (when they run check from a subfolder). */
function defaultFolder(cwd: string): string {
  if (existsSync(resolve(cwd, 'scenarios'))) return 'scenarios';
  return relative(cwd, PROJECT_SCENARIOS) || '.';
}

export function runCheck({ io, t, lang, positionals, values }: CommandContext): number {
  const paths = positionals.length ? positionals : [defaultFolder(io.cwd)];
  const { files, missing, empty } = scenarioFiles(paths, io.cwd);
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
    diagnostics.push(...result.diagnostics);
    perFile.push({ file, diagnostics: result.diagnostics });
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
