/** `sabr graph FILE --format mermaid|dot [--out FILE]`: the scenario as a diagram for documentation. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandContext } from './sabr.ts';
import { loadFile } from './files.ts';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { DIAGRAM_FORMATS, toDot, toMermaid, type DiagramFormat } from '../core/diagram.ts';

export function runGraph({ io, t, lang, positionals, values }: CommandContext): number {
  const file = positionals[0];
  if (!file) {
    io.err(`${t('cli:needFile', { command: 'graph' })}\n`);
    return 2;
  }
  const format = (values.format ?? 'mermaid') as DiagramFormat;
  if (!DIAGRAM_FORMATS.includes(format)) {
    io.err(`${t('cli:graph.badFormat', { value: values.format })}\n`);
    return 2;
  }
  const loaded = loadFile(file, io.cwd);
  if (!loaded.scenario) {
    for (const d of loaded.diagnostics) io.err(`${formatDiagnostic(d, lang)}\n`);
    return 1;
  }
  const diagram = format === 'dot' ? toDot(loaded.scenario, lang, t) : toMermaid(loaded.scenario, lang, t);
  if (values.out) {
    writeFileSync(resolve(io.cwd, values.out), diagram);
    io.err(`${t('cli:graph.written', { file: values.out })}\n`);
  } else {
    io.out(diagram);
  }
  return 0;
}
