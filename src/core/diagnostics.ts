/**
 * Diagnostics: what the check says about a scenario file. Each one is located
 * (file, line, column, path) and coded; the words come from `locales/{en,ar}/check.json`,
 * so a trainer can read them in either language.
 */
import type { Language } from './schema.ts';
import { dynamicKey, translator } from './i18n.ts';

export const DIAGNOSTIC_CODES = [
  'read-failed', 'yaml-syntax', 'missing-field', 'wrong-type', 'not-one-of', 'unknown-field', 'bad-id',
  'too-few', 'too-many', 'out-of-range', 'empty-text', 'invalid',
  'duplicate-id', 'unknown-target', 'branch-without-to', 'unknown-start', 'unreachable-beat', 'no-ending-path',
  'missing-translation', 'undeclared-language', 'effect-override', 'no-fallback-branch', 'flag-never-set',
  'start-breaks-down',
  'reply-shape-pattern', 'reply-shape-beat', 'reply-length-gap',
  'not-utf8', 'file-too-large', 'alias', 'needs-list', 'misplaced-field', 'flag-never-read', 'control-character',
  'never-solved', 'unknown-figure', 'wrong-script', 'arabic-comma',
  'trainee-form-missing',
  'conflicting-techniques', 'outcome-before-ending', 'eastern-digits', 'latin-punctuation',
  'more-problems',
  'internal',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type Severity = 'error' | 'warning';

/** One finding of the check, located in the file it came from. */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  file: string;
  /** 1-based line and column of the offending text. */
  line: number;
  column: number;
  /** Where in the scenario, e.g. `beats[2].options[0].next`; empty for the whole file. */
  path: string;
  /** Values the message names: the bad value, a suggestion, the expected kinds. */
  params: Record<string, string | number>;
}

/** `beats[2].options[0].next` from `['beats', 2, 'options', 0, 'next']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Diagnostics whose message has variants chosen by their `kind` parameter. */
const KINDED: ReadonlySet<DiagnosticCode> = new Set(['yaml-syntax', 'read-failed', 'not-utf8', 'alias', 'misplaced-field', 'unknown-field', 'not-one-of', 'wrong-type']);

/** The message and the hint of a diagnostic in one language. */
export function describeDiagnostic(d: Diagnostic, lang: Language): { message: string; hint: string } {
  const t = translator(lang);
  const shown: Record<string, string | number> = {};
  // Lists of allowed values are ours and shown whole; the trainer's own values are cut short.
  for (const [k, v] of Object.entries(d.params)) shown[k] = typeof v === 'string' ? printable(v, k === 'allowed' || k === 'known' ? 2000 : 200) : v;
  const params: Record<string, string | number> = { ...shown, path: printable(d.path) || t('check:whole-file'), ...(KINDED.has(d.code) ? { context: String(d.params.kind ?? 'other') } : {}), ...(d.params.shape ? { context: String(d.params.shape) } : {}) };
  // Names the trainer reads in their language: the kinds of block, the kinds of value.
  if (typeof d.params.block === 'string') {
    params.block = t(dynamicKey(`check:block.${d.params.block}`));
    const context = !d.params.at ? 'top' : d.params.id ? undefined : 'noid';
    params.where = t('check:where', { at: shown.at, id: shown.id, block: params.block, ...(context ? { context } : {}) });
  }
  if (typeof d.params.homes === 'string') {
    const names = d.params.homes.split(',').map((b) => t(dynamicKey(`check:block.${b}`)));
    params.homes = names.length > 1 ? `${names.slice(0, -1).join(t('check:comma'))}${t('check:or')}${names.at(-1)}` : names[0]!;
  }
  for (const k of ['expected', 'received'] as const) {
    const v = d.params[k];
    if (typeof v === 'string') params[k] = t(dynamicKey(`check:kind.${v}`), { defaultValue: v });
  }
  const message = t(`check:${d.code}.message`, params);
  const hint = t(`check:${d.code}.hint`, params);
  const offersSuggestion = d.code === 'unknown-field' || d.code === 'unknown-target' || d.code === 'not-one-of' || d.code === 'unknown-figure' || d.code === 'bad-id' || d.code === 'read-failed';
  if (offersSuggestion && d.params.suggestion) {
    return { message: `${message} ${t('check:didYouMean', { suggestion: d.params.suggestion })}`, hint };
  }
  return { message, hint };
}

/** `file:line:column  error  message (path)\n    hint`, as compilers print it. */
export function formatDiagnostic(d: Diagnostic, lang: Language): string {
  const t = translator(lang);
  const { message, hint } = describeDiagnostic(d, lang);
  const where = `${printable(d.file, 300)}:${d.line}:${d.column}`;
  const severity = t(`check:severity.${d.severity}`);
  const path = d.path ? ` (${printable(d.path)})` : '';
  return `${where}  ${severity} [${d.code}]  ${message}${path}\n    ${hint}`;
}

/** Characters that must never reach a terminal raw: C0 and C1 controls, and bidi overrides that reorder what is shown. */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A value from the trainer's file as it may be printed: control characters written as `\x1B` or
 * `\u202E` (so escape sequences cannot drive the terminal), and cut at `max` characters.
 */
export function printable(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return cut.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** Whether a text holds a character `printable` would escape (tabs and line breaks are fine in texts). */
export function hasControlCharacter(text: string): boolean {
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E]/.test(text);
}

/** Ids and field names longer than this get no "did you mean": no real one is so long. */
export const MAX_SUGGESTION_LENGTH = 64;

/**
 * Closest candidate by edit distance, if it is close enough to be a likely typo. The work is
 * bounded: values past MAX_SUGGESTION_LENGTH are not compared, candidates whose length alone
 * rules them out are skipped, and `work.cells` (when given) counts the table cells computed.
 */
export function suggest(value: string, candidates: Iterable<string>, work?: { cells: number }): string | undefined {
  if (value.length > MAX_SUGGESTION_LENGTH) return undefined;
  const limit = Math.max(2, Math.floor(value.length / 3));
  const a = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  const list = [...candidates];
  for (const c of list) {
    if (c.length > MAX_SUGGESTION_LENGTH || Math.abs(c.length - value.length) >= bestDistance) continue;
    const d = editDistance(a, c.toLowerCase(), bestDistance, work);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best ?? sameStem(a, list);
}

/** The one candidate sharing a stem of five letters or more (empathy → empathize, apology → apologize). */
function sameStem(value: string, candidates: string[]): string | undefined {
  if (value.length < 5) return undefined;
  const stem = (c: string) => {
    let n = 0;
    while (n < c.length && n < value.length && c[n]!.toLowerCase() === value[n]) n++;
    return n;
  };
  const matches = candidates.filter((c) => stem(c) >= 5 && stem(c) >= Math.min(c.length, value.length) - 2);
  return matches.length === 1 ? matches[0] : undefined;
}

/** Levenshtein distance, or `bound` as soon as it cannot be below it. */
function editDistance(a: string, b: string, bound: number, work?: { cells: number }): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      rowMin = Math.min(rowMin, row[j]!);
    }
    if (work) work.cells += b.length;
    if (rowMin >= bound) return bound;
    prev = row;
  }
  return prev[b.length]!;
}
