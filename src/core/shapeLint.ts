/**
 * The check's warnings about the shape of the replies (see `shape.ts`):
 * - `reply-shape-pattern`, once per scenario and shape: in most beats the most helpful reply is
 *   also the longest (shortest, first, last), so the scenario can be won without reading;
 * - `reply-shape-beat`, at each beat where such a pattern holds;
 * - `reply-length-gap`, at a beat where one reply is more than twice as long as another.
 * An author silences the per-beat length warnings with `lengthReason:` on the beat or the reply;
 * the scenario-wide pattern is never silenced: it is what lets a trainee win by shape.
 */
import type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.ts';
import type { Language, Scenario } from './schema.ts';
import { LENGTH_RATIO, measureShape, type Shape } from './shape.ts';

/** The codes of the shape warnings. */
export const SHAPE_DIAGNOSTICS: readonly DiagnosticCode[] = ['reply-shape-pattern', 'reply-shape-beat', 'reply-length-gap'];

type Report = (s: Severity, c: DiagnosticCode, p: (string | number)[], params?: Diagnostic['params']) => void;

const isLength = (shape: Shape) => shape === 'longest' || shape === 'shortest';

export function lintShape(scenario: Scenario, report: Report): void {
  const { beats, patterns } = measureShape(scenario);
  for (const p of patterns) {
    report('warning', 'reply-shape-pattern', ['beats'], {
      shape: p.shape,
      hits: p.hits,
      beats: p.beats,
      langs: p.langs.join(', '),
      list: p.where.map((b) => scenario.beats[b]!.id).join(', '),
    });
  }
  scenario.beats.forEach((beat, b) => {
    const measured = beats[b]!;
    const best = measured.best;
    for (const p of patterns) {
      if (best === undefined || !p.where.includes(b)) continue;
      if (isLength(p.shape) && (beat.lengthReason || beat.options[best]!.lengthReason)) continue;
      const others = measured.qualities.filter((_, i) => i !== best);
      report('warning', 'reply-shape-beat', ['beats', b, 'options', best], {
        shape: p.shape,
        best: best + 1,
        quality: range([measured.qualities[best]!]),
        others: range(others),
        lengths: isLength(p.shape) ? lengthsText(measured.lengths, p.langs, (ls) => String(ls[best])) : '',
        otherLengths: isLength(p.shape) ? lengthsText(measured.lengths, p.langs, (ls) => range(ls.filter((_, i) => i !== best))) : '',
      });
    }
    if (beat.lengthReason) return;
    for (const lang of scenario.languages) {
      if (beat.options.some((o) => !o.text[lang])) continue;
      const ls = measured.lengths[lang]!;
      const free = ls.map((n, i) => ({ n, i })).filter(({ i }) => !beat.options[i]!.lengthReason);
      if (free.length < 2) continue;
      const long = free.reduce((a, c) => (c.n > a.n ? c : a));
      const short = free.reduce((a, c) => (c.n < a.n ? c : a));
      if (long.n > LENGTH_RATIO * short.n) {
        report('warning', 'reply-length-gap', ['beats', b, 'options', long.i, 'text', lang], {
          long: long.i + 1, short: short.i + 1, longLength: long.n, shortLength: short.n, lang,
        });
        return;
      }
    }
  });
}

/** `68 … 126`, or one number; negative numbers with a real minus sign. */
function range(values: readonly number[]): string {
  const show = (n: number) => String(n).replace('-', '\u2212');
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? show(lo) : `${show(lo)} … ${show(hi)}`;
}

/** `186 (en), 141 (ar)`: one value per language the pattern holds in. */
function lengthsText(lengths: Partial<Record<Language, number[]>>, langs: readonly Language[], pick: (ls: number[]) => string): string {
  return langs.map((lang) => `${pick(lengths[lang]!)} (${lang})`).join(', ');
}
