/**
 * Diagnostics: what the check says about a scenario file. Each one is located
 * (file, line, column, path) and coded; the words come from `locales/{en,ar}/check.json`,
 * so a trainer can read them in either language.
 */
import type { Language } from './schema.ts';
import { translator } from './i18n.ts';

export const DIAGNOSTIC_CODES = [
  'read-failed', 'yaml-syntax', 'missing-field', 'wrong-type', 'not-one-of', 'unknown-field', 'bad-id',
  'too-few', 'too-many', 'out-of-range', 'empty-text', 'invalid',
  'duplicate-id', 'unknown-target', 'unknown-start', 'unreachable-beat', 'no-ending-path',
  'missing-translation', 'undeclared-language', 'effect-override', 'no-fallback-branch', 'flag-never-set',
  'start-breaks-down',
  'reply-shape-pattern', 'reply-shape-beat', 'reply-length-gap',
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

/** The message and the hint of a diagnostic in one language. */
export function describeDiagnostic(d: Diagnostic, lang: Language): { message: string; hint: string } {
  const t = translator(lang);
  const params = { ...d.params, path: d.path || t('check:whole-file'), ...(d.code === 'yaml-syntax' ? { context: String(d.params.kind ?? 'other') } : {}), ...(d.params.shape ? { context: String(d.params.shape) } : {}) };
  const message = t(`check:${d.code}.message`, params);
  const hint = t(`check:${d.code}.hint`, params);
  const offersSuggestion = d.code === 'unknown-field' || d.code === 'unknown-target' || d.code === 'not-one-of';
  if (offersSuggestion && d.params.suggestion) {
    return { message: `${message} ${t('check:didYouMean', { suggestion: d.params.suggestion })}`, hint };
  }
  return { message, hint };
}

/** `file:line:column  error  message (path)\n    hint`, as compilers print it. */
export function formatDiagnostic(d: Diagnostic, lang: Language): string {
  const t = translator(lang);
  const { message, hint } = describeDiagnostic(d, lang);
  const where = `${d.file}:${d.line}:${d.column}`;
  const severity = t(`check:severity.${d.severity}`);
  const path = d.path ? ` (${d.path})` : '';
  return `${where}  ${severity} [${d.code}]  ${message}${path}\n    ${hint}`;
}

/** Closest candidate by edit distance, if it is close enough to be a likely typo. */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(value.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = row;
  }
  return prev[b.length]!;
}
