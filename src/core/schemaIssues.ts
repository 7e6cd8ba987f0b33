/**
 * Turns the schema's findings (zod issues) into diagnostics a trainer can act on: the value shown
 * as they wrote it, "did you mean" for near misses (also inside `next:` branches), a list written
 * without brackets, and a field read as part of the wrong block because of its indentation.
 */
import type { z } from 'zod';
import {
  beatSchema, branchSchema, conditionSchema, customerSchema, endingSchema, levelsSchema, localizedSchema,
  optionSchema, scenarioSchema, variantSchema,
} from './schema.ts';
import { TEXT_KEYS, VALUE_WORDS } from './trainerWords.ts';
import { formatPath, suggest, type Diagnostic, type DiagnosticCode } from './diagnostics.ts';
import type { Locator } from './load.ts';

/** The kinds of block a scenario is made of; each has a name in `check:block.*`. */
export const BLOCKS = ['top', 'customer', 'look', 'levels', 'beat', 'option', 'branch', 'condition', 'variant', 'ending', 'text', 'effect'] as const;
export type Block = (typeof BLOCKS)[number];

const shapeKeys = (schema: unknown): string[] => Object.keys((unwrap(schema) as { def?: { shape?: object } }).def?.shape ?? {});

/** The fields each block allows, from the schema itself. */
const FIELDS: Record<Block, string[]> = {
  top: shapeKeys(scenarioSchema).filter((k) => k !== '$schema'),
  customer: shapeKeys(customerSchema),
  look: shapeKeys(customerSchema.shape.look),
  levels: shapeKeys(levelsSchema),
  beat: shapeKeys(beatSchema),
  option: shapeKeys(optionSchema),
  branch: shapeKeys(branchSchema),
  condition: shapeKeys(conditionSchema),
  variant: shapeKeys(variantSchema),
  ending: shapeKeys(endingSchema),
  text: shapeKeys(localizedSchema),
  effect: [],
};

const TEXT_FIELDS = new Set(['title', 'summary', 'briefing', 'name', 'line', 'text']);

/** Which kind of block the value at `path` is. */
export function blockAt(path: readonly PropertyKey[]): Block {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (last === undefined) return 'top';
  if (typeof last === 'number') {
    if (parent === 'beats') return 'beat';
    if (parent === 'options') return 'option';
    if (parent === 'next') return 'branch';
    if (parent === 'variants') return 'variant';
    if (parent === 'endings') return 'ending';
    return 'top';
  }
  if (last === 'customer') return 'customer';
  if (last === 'look') return 'look';
  if (last === 'start' && parent === 'customer') return 'levels';
  if (last === 'when') return 'condition';
  if (last === 'effect') return 'effect';
  if (TEXT_FIELDS.has(String(last))) return 'text';
  return 'top';
}

/** The blocks other than `here` where `field` is allowed. */
function homesOf(field: string, here: Block): Block[] {
  return BLOCKS.filter((b) => b !== here && FIELDS[b].includes(field));
}

/** The diagnostics for one schema issue. */
export function fromIssue(issue: z.core.$ZodIssue, file: string, locator: Locator, prefix: readonly PropertyKey[] = []): Diagnostic[] {
  const path = [...prefix, ...issue.path];
  const base = { severity: 'error' as const, file, path: formatPath(path) };
  const make = (code: DiagnosticCode, params: Diagnostic['params'] = {}): Diagnostic => ({ ...base, ...locator.at(path), code, params });
  const missing = issue.input === undefined && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code);
  if (missing) return [make('missing-field', { field: String(path.at(-1) ?? '') })];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'array' && typeof issue.input === 'string') {
        const items = issue.input.split(/[\s,،]+/).filter(Boolean).join(', ');
        return [make('needs-list', { value: issue.input, field: String(path.at(-1) ?? ''), items })];
      }
      // `- done` under `next:` reads as a branch with no `to:`.
      if (typeof issue.input === 'string' && path.at(-2) === 'next' && typeof path.at(-1) === 'number') {
        return [make('branch-without-to', { value: issue.input })];
      }
      return [make('wrong-type', { expected: issue.expected, received: describeValue(issue.input) })];
    case 'invalid_value': {
      if (typeof issue.input === 'object') return [make('wrong-type', { expected: 'string', received: describeValue(issue.input) })];
      const value = showValue(issue.input);
      const allowed = issue.values.map(String);
      // An Arabic keyboard's comma does not separate YAML list items: `[listen، ask]` is one item.
      if (value.includes('،')) return [make('arabic-comma', { value, items: value.split(/\s*،\s*/).join(', ') })];
      const field = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
      const word = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
      const suggestion = suggest(value, allowed) ?? VALUE_WORDS[field]?.[word] ?? '';
      const setting = field === 'setting' && path.at(-2) === 'look';
      return [make('not-one-of', { value, allowed: allowed.join(', '), suggestion, ...(setting ? { kind: 'setting' } : {}) })];
    }
    case 'unrecognized_keys':
      return unknownKeys(issue, path, file, locator);
    case 'invalid_format':
      return [make('bad-id', { value: showValue(issue.input), suggestion: idLike(showValue(issue.input)) })];
    case 'too_small':
      if (issue.origin === 'array') return [make('too-few', { minimum: Number(issue.minimum) })];
      if (issue.origin === 'string') return [make('empty-text')];
      return [make('out-of-range', { value: showValue(issue.input), minimum: Number(issue.minimum), maximum: '' })];
    case 'too_big':
      if (issue.origin === 'array') return [make('too-many', { maximum: Number(issue.maximum) })];
      return [make('out-of-range', { value: showValue(issue.input), minimum: '', maximum: Number(issue.maximum) })];
    case 'invalid_union': {
      const input = issue.input;
      // `next` is an id or a list of branches: report what is wrong with the form the trainer chose.
      const chosen = issue.errors.find((errors) => !errors.some((e) => e.path.length === 0 && e.code === 'invalid_type'));
      if (chosen && (Array.isArray(input) || typeof input === 'string')) return chosen.flatMap((e) => fromIssue(e, file, locator, path));
      if (typeof input === 'string') return [make('bad-id', { value: input, suggestion: idLike(input) })];
      // `next: { to: done }`: one branch written without the "- " of a list.
      const to = input && typeof input === 'object' && typeof (input as { to?: unknown }).to === 'string' ? (input as { to: string }).to : '';
      const inNext = path.at(-1) === 'next';
      return [make('wrong-type', { expected: 'id-or-list', received: describeValue(input), ...(inNext ? { kind: 'next', to: to || 'done' } : {}) })];
    }
    default:
      return [make('invalid', { detail: issue.message })];
  }
}

function unknownKeys(issue: z.core.$ZodIssueUnrecognizedKeys, path: readonly PropertyKey[], file: string, locator: Locator): Diagnostic[] {
  const block = blockAt(path);
  const known = block === 'top' && path.length ? knownKeysAt(path) : FIELDS[block];
  const input = issue.input as Record<string, unknown> | undefined;
  const id = typeof input?.id === 'string' ? input.id : '';
  const at = formatPath(path);
  // Enough to fill the loader's list of findings; thousands of unknown keys are counted, not listed.
  return issue.keys.slice(0, 64).map((key): Diagnostic => {
    const suggestion = (block === 'text' ? TEXT_KEYS[key.toLowerCase()] : undefined) ?? suggest(key, known);
    const homes = suggestion ? [] : homesOf(key, block);
    const common = { severity: 'error' as const, file, path: formatPath([...path, key]), ...locator.keyAt(path, key) };
    // A condition on a reply itself: the trainer wants a branch of next.
    const kind = block === 'option' && key === 'when' ? 'when-in-reply' : path.length ? 'nested' : 'top';
    const where = { field: key, kind, block, at, id };
    if (homes.length) return { ...common, code: 'misplaced-field', params: { ...where, homes: homes.join(',') } };
    return { ...common, code: 'unknown-field', params: { ...where, suggestion: suggestion ?? '', known: known.join(', ') } };
  });
}

/** `Refund Request` → `refund-request`: the id a trainer probably meant, or '' when none is near. */
function idLike(value: string): string {
  const id = value.slice(0, 200).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id && id !== value ? id : '';
}

/** A value as the trainer wrote it, for a message; never throws, whatever the value. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return describeValue(value);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

/** The field names the schema allows at a path, walking the schema (for blocks not in FIELDS). */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = scenarioSchema;
  for (const part of path) {
    schema = unwrap(schema);
    const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (!def) return [];
    if (typeof part === 'number' && def.type === 'array') schema = def.element;
    else if (typeof part === 'string' && def.shape) schema = def.shape[part];
    else return [];
  }
  return shapeKeys(schema);
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (current?.def && (current.def.type === 'optional' || current.def.type === 'default') && current.def.innerType) {
    current = current.def.innerType as typeof current;
  }
  return current;
}
