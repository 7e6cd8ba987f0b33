/**
 * Turns the text of a scenario file (YAML, or JSON, which YAML reads too) into a checked
 * `Scenario` and located diagnostics. It never throws: whatever the input, the caller gets
 * either a scenario or at least one error pointing into the file.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema.ts';
import { formatPath, suggest, type Diagnostic, type DiagnosticCode } from './diagnostics.ts';
import { lintScenario } from './lint.ts';

/** The result of loading one file. `scenario` is set when there is no error (warnings allowed). */
export interface LoadResult {
  scenario?: Scenario;
  diagnostics: Diagnostic[];
}

/** Locates paths of a parsed document in its source text. */
export interface Locator {
  /** 1-based line and column of the value at `path`, or of its nearest existing parent. */
  at(path: readonly PropertyKey[]): { line: number; column: number };
  /** The same, for the key of a mapping entry (for unknown fields). */
  keyAt(path: readonly PropertyKey[], key: string): { line: number; column: number };
}

const MAX_ALIASES = 100;

/** The parser's error codes, grouped by what a trainer did and can fix. */
const YAML_ERROR_KINDS: Record<string, string> = {
  TAB_AS_INDENT: 'tab',
  BLOCK_AS_IMPLICIT_KEY: 'colon',
  MULTILINE_IMPLICIT_KEY: 'colon',
  BLOCK_IN_FLOW: 'colon',
  BAD_INDENT: 'indent',
  DUPLICATE_KEY: 'duplicate',
  MISSING_CHAR: 'unclosed',
};

/** Loads a scenario from its text. `file` names it in diagnostics. */
export function loadScenario(text: string, file: string): LoadResult {
  try {
    return loadUnsafe(text, file);
  } catch (error) {
    return {
      diagnostics: [
        { severity: 'error', code: 'internal', file, line: 1, column: 1, path: '', params: { detail: String(error) } },
      ],
    };
  }
}

function loadUnsafe(text: string, file: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const located = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    // Only the first: the parser's later errors are mostly echoes of it.
    const e = doc.errors[0]!;
    return {
      diagnostics: [
        {
          severity: 'error',
          code: 'yaml-syntax',
          file,
          ...located(e.pos[0]),
          path: '',
          params: { detail: firstLine(e.message).replace(/ at line \d+, column \d+:?$/, ''), kind: YAML_ERROR_KINDS[e.code] ?? 'other' },
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return {
      diagnostics: [
        { severity: 'error', code: 'yaml-syntax', file, line: 1, column: 1, path: '', params: { detail: firstLine(String(error)) } },
      ],
    };
  }
  const locator = makeLocator(doc, located);
  const parsed = scenarioSchema.safeParse(data ?? {}, { reportInput: true });
  if (!parsed.success) {
    return { diagnostics: parsed.error.issues.flatMap((issue) => fromIssue(issue, file, locator)) };
  }
  const diagnostics = lintScenario(parsed.data, file, locator);
  const failed = diagnostics.some((d) => d.severity === 'error');
  return failed ? { diagnostics } : { scenario: parsed.data, diagnostics };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function makeLocator(doc: Document, located: (offset: number) => { line: number; column: number }): Locator {
  const nodeAt = (path: readonly PropertyKey[]): Node | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (node && typeof node === 'object' && 'range' in node && (node as Node).range) return node as Node;
    }
    return undefined;
  };
  return {
    at(path) {
      const node = nodeAt(path);
      return node?.range ? located(node.range[0]) : { line: 1, column: 1 };
    },
    keyAt(path, key) {
      const node = nodeAt(path);
      if (node && isMap(node)) {
        for (const pair of node.items) {
          if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
            return located(pair.key.range[0]);
          }
        }
      }
      return node?.range ? located(node.range[0]) : { line: 1, column: 1 };
    },
  };
}

function fromIssue(issue: z.core.$ZodIssue, file: string, locator: Locator): Diagnostic[] {
  const path = issue.path;
  const base = { severity: 'error' as const, file, path: formatPath(path) };
  const make = (code: DiagnosticCode, params: Diagnostic['params'] = {}): Diagnostic => ({
    ...base,
    ...locator.at(path),
    code,
    params,
  });
  const missing = issue.input === undefined && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code);
  if (missing) return [make('missing-field', { field: String(path.at(-1) ?? '') })];
  switch (issue.code) {
    case 'invalid_type': {
      return [make('wrong-type', { expected: issue.expected, received: describeValue(issue.input) })];
    }
    case 'invalid_value': {
      const value = String(issue.input);
      const allowed = issue.values.map(String);
      const suggestion = suggest(value, allowed);
      return [make('not-one-of', { value, allowed: allowed.join(', '), suggestion: suggestion ?? '' })];
    }
    case 'unrecognized_keys': {
      return issue.keys.map((key) => {
        const known = knownKeysAt(path);
        return {
          ...base,
          path: formatPath([...path, key]),
          ...locator.keyAt(path, key),
          code: 'unknown-field' as const,
          params: { field: key, suggestion: suggest(key, known) ?? '', known: known.join(', ') },
        };
      });
    }
    case 'invalid_format':
      return [make('bad-id', { value: String(issue.input) })];
    case 'too_small':
      if (issue.origin === 'array') return [make('too-few', { minimum: Number(issue.minimum) })];
      if (issue.origin === 'string') return [make('empty-text')];
      return [make('out-of-range', { value: String(issue.input), minimum: Number(issue.minimum), maximum: '' })];
    case 'too_big':
      if (issue.origin === 'array') return [make('too-many', { maximum: Number(issue.maximum) })];
      return [make('out-of-range', { value: String(issue.input), minimum: '', maximum: Number(issue.maximum) })];
    case 'invalid_union': {
      const input = issue.input;
      if (typeof input === 'string') return [make('bad-id', { value: input })];
      return [make('wrong-type', { expected: 'id | list', received: describeValue(input) })];
    }
    default:
      return [make('invalid', { detail: issue.message })];
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

/** The field names the schema allows at a path, for "did you mean" on unknown fields. */
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
  const shape = (unwrap(schema) as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape).filter((k) => k !== '$schema') : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (current?.def && (current.def.type === 'optional' || current.def.type === 'default') && current.def.innerType) {
    current = current.def.innerType as typeof current;
  }
  return current;
}
