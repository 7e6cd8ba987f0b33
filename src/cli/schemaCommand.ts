/** `sabr schema [--out FILE]`: the JSON Schema of the scenario format. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandContext } from './sabr';
import { scenarioJsonSchemaText } from '../core/jsonSchema';

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
