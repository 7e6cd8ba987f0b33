/**
 * Checks of how numbers and punctuation are typed (docs/arabic-style.md, section 7): digits are
 * Western (0–9) in both languages, never Arabic-Indic (٠١٢) or Persian (۰۱۲); Arabic text uses
 * the Arabic comma, question mark and semicolon (، ؟ ؛), not the Latin ones a keyboard left in
 * the English layout types.
 */
import type { Localized } from './schema.ts';
import type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.ts';

type Report = (severity: Severity, code: DiagnosticCode, path: (string | number)[], params?: Diagnostic['params']) => void;

const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]+/u;
/** A Latin , ? or ; right after an Arabic word (not in a number such as 1,500, nor in Latin text). */
const LATIN_MARK_AFTER_ARABIC = /[\u0600-\u06FF\u0750-\u077F][\p{M}]*\s*([,?;])/u;
const ARABIC_MARK: Record<string, string> = { ',': '،', '?': '؟', ';': '؛' };

/** The same digits written as 0–9. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));
}

export function lintTypography(text: Localized, path: (string | number)[], report: Report): void {
  for (const key of ['en', 'ar', 'ar-f'] as const) {
    const value = text[key];
    if (!value) continue;
    const digits = EASTERN_DIGITS.exec(value)?.[0];
    if (digits) report('warning', 'eastern-digits', [...path, key], { digits, western: westernDigits(digits) });
    if (key === 'en') continue;
    const mark = LATIN_MARK_AFTER_ARABIC.exec(value)?.[1];
    if (mark) report('warning', 'latin-punctuation', [...path, key], { mark, arabic: ARABIC_MARK[mark]! });
  }
}
