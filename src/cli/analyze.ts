/** `sabr analyze FILE`: explores the scenario's state space and reports what can happen. */
import type { CommandContext } from './sabr.ts';
import { loadFile } from './files.ts';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { analyzeScenario } from '../core/analyze.ts';
import type { Outcome } from '../core/vocabulary.ts';
import { forCustomer } from '../core/address.ts';

/** Moves as a trainer types them for `play --choose`: 1-based, b for a breath. */
export function movesText(moves: number[]): string {
  return moves.map((m) => (m === -1 ? 'b' : String(m + 1))).join(',');
}

export function runAnalyze({ io, t, lang, positionals, values }: CommandContext): number {
  const file = positionals[0];
  if (!file) {
    io.err(`${t('cli:needFile', { command: 'analyze' })}\n`);
    return 2;
  }
  const loaded = loadFile(file, io.cwd);
  if (!loaded.scenario) {
    for (const d of loaded.diagnostics) io.err(`${formatDiagnostic(d, lang)}\n`);
    return 1;
  }
  const cap = values['max-states'] === undefined ? undefined : Number(values['max-states']);
  if (cap !== undefined && !(Number.isSafeInteger(cap) && cap > 0)) {
    io.err(`${t('cli:badMaxStates', { value: values['max-states'] })}\n`);
    return 2;
  }
  const a = analyzeScenario(loaded.scenario, cap === undefined ? {} : { maxStates: cap });
  const outcome = (o: Outcome | undefined) => (o ? t(`vocabulary:outcome.${o}`, forCustomer(loaded.scenario!.customer)) : '—');
  function readable(params: Record<string, string | number>) {
    return 'outcome' in params ? { ...params, outcome: outcome((params.outcome || undefined) as Outcome | undefined) } : params;
  }
  if (values.json) {
    const withText = {
      ...a,
      best: a.best.finished ? { ...a.best, choose: movesText(a.best.moves) } : null,
      worst: a.worst.finished ? { ...a.worst, choose: movesText(a.worst.moves) } : null,
      bots: a.bots.map((b) => ({ ...b, choose: movesText(b.moves) })),
      warnings: a.warnings.map((w) => ({ ...w, message: t(`cli:analyze.warning.${w.code}`, readable(w.params)) })),
      checkWarnings: loaded.diagnostics.length,
    };
    io.out(`${JSON.stringify(withText, null, 2)}\n`);
    return 0;
  }
  const list = (items: string[]) => items.join(lang === 'ar' ? '، ' : ', ');
  const lines = [
    t('cli:analyze.title', { scenario: a.scenario }),
    t('cli:analyze.states', { states: a.states, count: a.states }),
    ...(a.complete ? [] : [t('cli:analyze.incomplete', { states: a.states })]),
    // Past the state cap a path may be cut off: it is never shown as a play, and found ones are bounds.
    a.best.finished
      ? t(a.complete ? 'cli:analyze.best' : 'cli:analyze.bestPartial', { score: a.best.score, outcome: outcome(a.best.outcome), moves: movesText(a.best.moves) })
      : t('cli:analyze.bestUnknown'),
    a.worst.finished
      ? t(a.complete ? 'cli:analyze.worst' : 'cli:analyze.worstPartial', { score: a.worst.score, outcome: outcome(a.worst.outcome), moves: movesText(a.worst.moves) })
      : t('cli:analyze.worstUnknown'),
    t(a.complete ? 'cli:analyze.endings' : 'cli:analyze.endingsPartial'),
    ...a.endings.map((e) =>
      t('cli:analyze.ending', { id: e.id ?? t('cli:analyze.noEnding'), outcomes: list(e.outcomes.map(outcome)) }),
    ),
    t(a.complete ? 'cli:analyze.unvisited' : 'cli:analyze.unvisitedPartial', { beats: list(a.unvisitedBeats) || t('cli:analyze.none') }),
    t('cli:analyze.deadEnds', {
      list: list(a.deadEnds.map((d) => `${d.beat}#${d.option + 1}`)) || t('cli:analyze.none'),
    }),
    t('cli:analyze.bots'),
    ...a.bots.map((b) => t('cli:analyze.bot', { bot: b.bot, outcome: outcome(b.outcome), score: b.score, moves: movesText(b.moves) })),
  ];
  // What check would say is part of "is this scenario ready": a trainer who runs analyze alone sees it too.
  const lint = loaded.diagnostics.length;
  if (a.warnings.length || lint) {
    lines.push(t('cli:analyze.warnings'));
    for (const w of a.warnings) lines.push(`  ! ${t(`cli:analyze.warning.${w.code}`, readable(w.params))}`);
    if (lint) lines.push(`  ! ${t('cli:analyze.checkWarnings', { count: lint, file })}`);
  }
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
