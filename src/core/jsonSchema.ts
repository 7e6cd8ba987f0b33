/**
 * The JSON Schema of the scenario format, generated from the zod schema, for editors
 * (`# yaml-language-server: $schema=./scenario.schema.json`). Committed as
 * `scenarios/scenario.schema.json`; a test fails when the commit is stale.
 */
import { z } from 'zod';
import { scenarioSchema } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://sabr.invalid/scenario.schema.json', title: 'Sabr scenario' };
}

/** The committed file's exact text: two-space JSON and a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
