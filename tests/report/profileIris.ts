/**
 * The IRIs a statement uses as vocabulary — its verb, activity types, extension keys and context
 * categories — and those docs/xapi-profile.md documents (in backticks), so tests can fail on an
 * emitted IRI the profile does not describe. Activity ids are not vocabulary: they name a
 * deployment's scenarios and beats, and the profile documents their pattern instead.
 */
import { readFileSync } from 'node:fs';

const root = new URL('../..', import.meta.url).pathname;

/** Every IRI in backticks in the profile document. */
export function documentedIris(doc = readFileSync(`${root}docs/xapi-profile.md`, 'utf8')): Set<string> {
  return new Set([...doc.matchAll(/`(https?:\/\/[^`\s]+)`/g)].map((m) => m[1]!));
}

type Json = Record<string, any>;

/** The vocabulary IRIs of one statement. */
export function vocabularyOf(s: Json): string[] {
  const out: string[] = [s.verb?.id];
  const definition = s.object?.definition as Json | undefined;
  if (definition?.type) out.push(definition.type);
  out.push(...Object.keys(definition?.extensions ?? {}));
  out.push(...Object.keys(s.result?.extensions ?? {}));
  out.push(...Object.keys(s.context?.extensions ?? {}));
  for (const a of (s.context?.contextActivities?.category ?? []) as Json[]) out.push(a.id);
  return out.filter(Boolean);
}

/** The IRIs `statements` use that the profile does not document, each once, sorted. */
export function undocumented(statements: Json[], documented = documentedIris()): string[] {
  return [...new Set(statements.flatMap(vocabularyOf))].filter((iri) => !documented.has(iri)).sort();
}
