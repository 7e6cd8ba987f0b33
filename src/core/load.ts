/**
 * Turns the text of a scenario file (YAML, or JSON, which YAML reads too) into a checked
 * `Scenario` and located diagnostics. It never throws: whatever the input, the caller gets
 * either a scenario or at least one error pointing into the file.
 */
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { scenarioSchema, type Scenario } from './schema.ts';
import { formatPath, type Diagnostic } from './diagnostics.ts';
import { lintScenario } from './lint.ts';
import { blockAt, fromIssue } from './schemaIssues.ts';
import { blockPathAt, checkAliases, findDuplicateKey, firstAlias, keyOffset } from './yamlGuards.ts';

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

/**
 * The largest scenario file accepted, in bytes (and, for text already read, characters). The
 * largest shipped scenario is under 20 KB; a file fifty times that is a mistake, not a scenario.
 */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** How many times the aliases of a file may repeat their anchors' content in all. */
const MAX_ALIAS_EXPANSION = 100;

/** Past this many findings, the rest are counted, not listed: the first ones are what to fix. */
export const MAX_DIAGNOSTICS = 50;

/** The parser's error codes, grouped by what a trainer did and can fix. */
const YAML_ERROR_KINDS: Record<string, string> = {
  TAB_AS_INDENT: 'tab',
  BLOCK_AS_IMPLICIT_KEY: 'colon',
  MULTILINE_IMPLICIT_KEY: 'colon',
  BLOCK_IN_FLOW: 'colon',
  BAD_INDENT: 'indent',
  DUPLICATE_KEY: 'duplicate',
  MISSING_CHAR: 'unclosed',
  BAD_DQ_ESCAPE: 'escape',
  MULTIPLE_DOCS: 'documents',
  KEY_OVER_1024_CHARS: 'long-key',
  BAD_ALIAS: 'alias',
  ALIAS_PROPS: 'alias',
  MULTIPLE_ANCHORS: 'alias',
  UNEXPECTED_TOKEN: 'unexpected',
  BAD_SCALAR_START: 'unexpected',
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
  const whole = { file, line: 1, column: 1, path: '' };
  if (text.length > MAX_SCENARIO_BYTES) {
    return { diagnostics: [{ severity: 'error', code: 'file-too-large', ...whole, params: { limit: `${MAX_SCENARIO_BYTES / 1024 / 1024} MB` } }] };
  }
  const lineCounter = new LineCounter();
  // Duplicate keys are found below in one pass: the parser's own check is quadratic in a mapping's size.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const located = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntax = (offset: number, kind: string, detail: string): LoadResult => ({
    diagnostics: [{ severity: 'error', code: 'yaml-syntax', file, ...located(offset), path: '', params: { detail, kind } }],
  });
  if (doc.errors.length > 0) {
    // Only the first: the parser's later errors are mostly echoes of it.
    const e = doc.errors[0]!;
    const detail = firstLine(e.message).replace(/ at line \d+, column \d+:?$/, '');
    const kind = yamlErrorKind(e.code, detail);
    const params: Diagnostic['params'] = { detail, kind };
    if (kind === 'tab') {
      // An editor that inserts tabs inserted them everywhere: name every such line, not only the first.
      const lines = text.split('\n').flatMap((l, i) => (/^ *\t/.test(l) ? [i + 1] : []));
      if (lines.length > 1) Object.assign(params, { kind: 'tabs', count: lines.length, lines: lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '') });
    }
    if (kind === 'indent' || kind === 'colon') {
      const block = blockPathAt(doc, e.pos[0]);
      params.block = blockAt(block.path);
      params.at = formatPath(block.path);
      params.id = block.id;
    }
    // A line indented wrongly is pointed at where its text starts, as an editor shows the column.
    const at = kind === 'indent' ? pastSpaces(text, e.pos[0]) : e.pos[0];
    return { diagnostics: [{ severity: 'error', code: 'yaml-syntax', file, ...located(at), path: '', params }] };
  }
  const duplicate = findDuplicateKey(doc);
  if (duplicate) {
    // Inside an entry of a list, a field said twice is usually a new entry that lost its "- ".
    const block = blockPathAt(doc, duplicate.offset);
    if (typeof block.path.at(-1) !== 'number') return syntax(duplicate.offset, 'duplicate', duplicate.detail);
    const params = { detail: duplicate.detail, kind: 'duplicate-item', block: blockAt(block.path), at: formatPath(block.path), id: block.id };
    return { diagnostics: [{ severity: 'error', code: 'yaml-syntax', file, ...located(duplicate.offset), path: '', params }] };
  }
  const alias = checkAliases(doc);
  if (alias) return { diagnostics: [{ severity: 'error', code: 'alias', file, ...located(alias.offset), path: '', params: { kind: alias.kind, name: alias.detail, limit: alias.detail } }] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch {
    return { diagnostics: [{ severity: 'error', code: 'alias', file, ...located(firstAlias(doc) ?? 0), path: '', params: { kind: 'expansion', name: '', limit: MAX_ALIAS_EXPANSION } }] };
  }
  const locator = makeLocator(doc, located);
  const parsed = scenarioSchema.safeParse(data ?? {}, { reportInput: true });
  if (!parsed.success) {
    const found: Diagnostic[] = [];
    for (const issue of parsed.error.issues) {
      found.push(...fromIssue(issue, file, locator));
      if (found.length > MAX_DIAGNOSTICS) break;
    }
    return { diagnostics: capped(found, file, parsed.error.issues) };
  }
  const diagnostics = capped(lintScenario(parsed.data, file, locator), file);
  const failed = diagnostics.some((d) => d.severity === 'error');
  return failed ? { diagnostics } : { scenario: parsed.data, diagnostics };
}

/** What kind of mistake a parser error is, by its code and, where one code covers several, its wording. */
function yamlErrorKind(code: string, detail: string): string {
  if (/without - indicator|same column/.test(detail)) return 'indent';
  if (/^Missing closing .?quote|must be sufficiently indented and end with/.test(detail)) return 'unclosed';
  if (/^Unexpected scalar at node end/.test(detail)) return 'quote';
  if (/^Implicit map keys need to be followed by map values/.test(detail)) return 'no-colon';
  return YAML_ERROR_KINDS[code] ?? 'other';
}

/** The first MAX_DIAGNOSTICS findings, and one more saying how many were left out. */
function capped(found: Diagnostic[], file: string, issues?: readonly { code: string; keys?: string[] }[]): Diagnostic[] {
  const total = issues ? issues.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys?.length ?? 1 : 1), 0) : found.length;
  if (total <= MAX_DIAGNOSTICS) return found;
  const severity = found.slice(0, MAX_DIAGNOSTICS).some((d) => d.severity === 'error') ? 'error' : 'warning';
  return [...found.slice(0, MAX_DIAGNOSTICS), { severity, code: 'more-problems', file, line: 1, column: 1, path: '', params: { count: total - MAX_DIAGNOSTICS } }];
}

/** The offset of the first character after the spaces at `offset`, or `offset` on a blank line. */
function pastSpaces(text: string, offset: number): number {
  let i = offset;
  while (text[i] === ' ') i++;
  return i < text.length && text[i] !== '\n' && text[i] !== '\r' ? i : offset;
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
      const offset = keyOffset(node, key) ?? node?.range?.[0];
      return offset === undefined ? { line: 1, column: 1 } : located(offset);
    },
  };
}
