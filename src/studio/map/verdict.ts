/**
 * What the analysis says about a version, in a form small enough to send from the worker: the
 * best and worst plays, the empathetic bot against the defensive one, the best of the bots that
 * pick replies by length or place without reading them, and the analysis's warnings. The studio
 * shows it under the branch map, so a trainer sees whether the scenario teaches without leaving
 * for `sabr analyze`.
 */
import type { Analysis, AnalysisWarning } from '../../core/analyze.ts';
import type { Outcome } from '../../core/vocabulary.ts';

/** The library's bar, the analysis's own: the empathetic bot ends this many points above the defensive one. */
export { EMPATHY_MARGIN } from '../../core/analyze.ts';

/** One play, as the verdict reports it. */
export interface Played {
  outcome: Outcome | undefined;
  score: number;
  /** 1-based reply numbers, as the forms number them (0 for a breath). */
  replies: number[];
}

/** A bot's play. */
export interface BotPlayed extends Played {
  bot: string;
}

/** The analysis of one version, for the page. */
export interface Verdict {
  complete: boolean;
  /** Absent when no play was explored to its end before the state cap. */
  best?: Played;
  worst?: Played;
  empathetic?: BotPlayed;
  defensive?: BotPlayed;
  /** The highest-scoring bot that reads nothing (`longest:en`, `shortest:ar`, `first`, `last`). */
  shape?: BotPlayed;
  /** Every bot that reads nothing, with the replies it picked (a warning names a bot's picks). */
  shapeBots: BotPlayed[];
  warnings: AnalysisWarning[];
}

/** True for a bot that picks by a reply's length or place alone. */
export const isShapeBot = (bot: string): boolean => /^(longest|shortest|first|last)(:|$)/.test(bot);

const played = (p: { outcome: Outcome | undefined; score: number; moves: number[] }): Played =>
  ({ outcome: p.outcome, score: p.score, replies: p.moves.map((m) => m + 1) });

/** The verdict on one analysis. */
export function verdictOf(analysis: Analysis): Verdict {
  const bot = (name: string) => {
    const run = analysis.bots.find((b) => b.bot === name);
    return run ? { bot: run.bot, ...played(run) } : undefined;
  };
  const shape = analysis.bots.filter((b) => isShapeBot(b.bot)).sort((a, b) => b.score - a.score)[0];
  return {
    complete: analysis.complete,
    ...(analysis.best.finished ? { best: played(analysis.best) } : {}),
    ...(analysis.worst.finished ? { worst: played(analysis.worst) } : {}),
    ...(bot('empathetic') ? { empathetic: bot('empathetic') } : {}),
    ...(bot('defensive') ? { defensive: bot('defensive') } : {}),
    ...(shape ? { shape: { bot: shape.bot, ...played(shape) } } : {}),
    shapeBots: analysis.bots.filter((b) => isShapeBot(b.bot)).map((b) => ({ bot: b.bot, ...played(b) })),
    warnings: analysis.warnings,
  };
}
