/**
 * Checks of what a scenario says against what the engine will do with it, for mistakes that load
 * and play without an error but play wrongly:
 * - a reply tagged with two techniques that contradict each other (`cave` with `solve`: the
 *   "good" reply ends every conversation "business lost");
 * - a condition on a beat's variant or a branch of `next` that tests `outcome`, which is decided
 *   only at an ending, so it never holds there.
 */
import type { Scenario } from './schema.ts';
import type { Technique } from './vocabulary.ts';
import type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.ts';

type Report = (severity: Severity, code: DiagnosticCode, path: (string | number)[], params?: Diagnostic['params']) => void;

/**
 * Pairs of techniques that cannot both describe one reply. The first of a pair names the message:
 * `cave` and `overpromise` have their own (they set business flags), the others share one.
 */
export const CONFLICTING_TECHNIQUES: readonly (readonly [Technique, Technique])[] = [
  ['cave', 'solve'],
  ['overpromise', 'set-expectation'],
  ['positive-language', 'negative-language'],
  ['acknowledge', 'dismiss'],
  ['empathize', 'dismiss'],
  ['validate-feeling', 'dismiss'],
  ['explain', 'vague'],
  ['solve', 'deflect'],
  ['listen', 'rush'],
];

const OWN_MESSAGE: ReadonlySet<Technique> = new Set(['cave', 'overpromise']);

export function lintConsistency(scenario: Scenario, report: Report): void {
  scenario.beats.forEach((beat, b) => {
    beat.options.forEach((option, o) => {
      for (const [a, z] of CONFLICTING_TECHNIQUES) {
        const i = option.techniques.indexOf(a);
        const k = option.techniques.indexOf(z);
        if (i < 0 || k < 0) continue;
        report('warning', 'conflicting-techniques', ['beats', b, 'options', o, 'techniques', Math.max(i, k)], {
          first: a,
          second: z,
          ...(OWN_MESSAGE.has(a) ? { context: a } : {}),
        });
      }
      if (typeof option.next !== 'string') {
        option.next.forEach((branch, k) => {
          if (branch.when?.outcome) report('warning', 'outcome-before-ending', ['beats', b, 'options', o, 'next', k, 'when', 'outcome'], { context: 'branch' });
        });
      }
    });
    beat.variants?.forEach((v, k) => {
      if (v.when.outcome) report('warning', 'outcome-before-ending', ['beats', b, 'variants', k, 'when', 'outcome']);
    });
  });
}
