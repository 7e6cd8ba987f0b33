/**
 * The library's bar, said under the branch map: how far the empathetic bot ends ahead of the
 * defensive one, and whether a bot that never reads ends satisfied. Before, a trainer had to leave
 * the studio and run `sabr analyze` to learn whether the scenario could join the library.
 */
import type { Translate } from '../core/i18n.ts';
import type { Outcome } from '../core/vocabulary.ts';
import type { BranchMap } from './map/graph.ts';

/** The library's margin of the empathetic bot over the defensive one (tests/core/library.test.ts). */
export const LIBRARY_MARGIN = 30;

/** Bots that pick by shape alone (`longest:ar`, `first`…), as `analyze` names them. */
const SHAPE = /^(longest|shortest|first|last)(:|$)/;

/** The bots' sentences for an analysed map, or none before the analysis. */
export function botLines(t: Translate, analysis: BranchMap['analysis']): string[] {
  if (!analysis) return [];
  const empathetic = analysis.bots.find((b) => b.bot === 'empathetic');
  const defensive = analysis.bots.find((b) => b.bot === 'defensive');
  const outcome = (o: string | null) => (o ? t(`vocabulary:outcome.${o as Outcome}`) : t('vocabulary:outcome.walked-out'));
  const lines: string[] = [];
  if (empathetic && defensive) {
    lines.push(t('studio:map.bots', {
      empathetic: empathetic.score, empatheticOutcome: outcome(empathetic.outcome),
      defensive: defensive.score, defensiveOutcome: outcome(defensive.outcome),
      gap: empathetic.score - defensive.score, margin: LIBRARY_MARGIN,
    }));
  }
  const shapeWins = analysis.bots.filter((b) => SHAPE.test(b.bot) && b.outcome === 'satisfied').map((b) => b.bot);
  if (shapeWins.length) lines.push(t('studio:map.shapeWins', { bots: shapeWins.join(' · ') }));
  return lines;
}
