/** `sabr schema [--out FILE]`: the JSON Schema of the scenario format. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandContext } from './sabr.ts';
import { scenarioJsonSchemaText } from '../core/jsonSchema.ts';

export function runSchema({ io, t, values }: CommandContext): number {
  const text = scenarioJsonSchemaText();
  if (values.out) {
    writeFileSync(resolve(io.cwd, values.out), text);
    io.out(`${t('cli:schemaWritten', { file: values.out })}\n`);
  } else {
    io.out(text);
  }
  return 0;
}
