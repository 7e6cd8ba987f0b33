/**
 * `sabr play FILE`: plays a scenario without a screen — interactively, from `--choose 2,1,3`,
 * or by a bot — and prints the transcript with every move of the meters explained.
 */
import type { CommandContext } from './sabr.ts';
import { loadFile } from './files.ts';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { createBot } from '../core/bots.ts';
import { scoreSession } from '../core/score.ts';
import { debriefSession } from '../core/debrief.ts';
import { LAST_STAGES } from '../core/vocabulary.ts';
import { replyOrder } from '../core/order.ts';
import {
  breathe, choose, currentBeat, currentLine, customerState, startSession, text, type Session, type TurnRecord,
} from '../core/session.ts';
import type { Language, Localized, Trainee } from '../core/schema.ts';
import { westernDigits, type Translate } from '../core/i18n.ts';
import { composureCauses, composureText, NAMES_TECHNIQUE, ruleText } from '../core/explain.ts';
import { forCustomer } from '../core/address.ts';

type Move = number | 'breathe';

/** `2,1,b,3` → [1, 0, 'breathe', 2]; the first bad item otherwise. */
export function parseChoices(list: string): { moves: Move[] } | { bad: string } {
  const moves: Move[] = [];
  for (const raw of westernDigits(list).split(/[,،]/).map((s) => s.trim()).filter(Boolean)) {
    if (raw === 'b' || raw === 'B') moves.push('breathe');
    else if (/^[1-9]\d*$/.test(raw)) moves.push(Number(raw) - 1);
    else return { bad: raw };
  }
  return { moves };
}

export async function runPlay(ctx: CommandContext): Promise<number> {
  const { io, t, lang, trainee, positionals, values } = ctx;
  const file = positionals[0];
  if (!file) {
    io.err(`${t('cli:needFile', { command: 'play' })}\n`);
    return 2;
  }
  if (values.choose !== undefined && values.bot !== undefined) {
    io.err(`${t('cli:chooseAndBot')}\n`);
    return 2;
  }
  const bot = values.bot === undefined ? undefined : createBot(values.bot);
  if (values.bot !== undefined && !bot) {
    io.err(`${t('cli:unknownBot', { bot: values.bot })}\n`);
    return 2;
  }
  const loaded = loadFile(file, io.cwd);
  if (!loaded.scenario) {
    for (const d of loaded.diagnostics) io.err(`${formatDiagnostic(d, lang)}\n`);
    return 1;
  }
  const scenario = loaded.scenario;
  const seed = values.seed === undefined ? undefined : Number(westernDigits(values.seed));
  if (seed !== undefined && !Number.isSafeInteger(seed)) {
    io.err(`${t('cli:badSeed', { value: values.seed })}\n`);
    return 2;
  }
  let session = startSession(scenario, seed === undefined ? {} : { seed });
  const live = !values.json;
  const name = text(scenario.customer.name, lang);
  if (live) io.out(`${text(scenario.title, lang, trainee)}\n${text(scenario.briefing, lang, trainee)}\n\n`);

  let next: (s: Session, turn: number) => Promise<Move | 'quit' | 'error'>;
  let unused: Move[] = [];
  if (bot) {
    next = async (s) => bot.next(s);
  } else if (values.choose !== undefined) {
    const parsed = parseChoices(values.choose);
    if ('bad' in parsed) {
      io.err(`${t('cli:badChoice', { value: parsed.bad })}\n`);
      return 2;
    }
    const queue = [...parsed.moves];
    unused = queue;
    next = async (s, turn) => {
      const move = queue.shift();
      if (move === undefined) return 'quit';
      const count = currentBeat(s)!.options.length;
      if (move !== 'breathe' && move >= count) {
        io.err(`${t('cli:choiceOutOfRange', { turn, choice: move + 1, count })}\n`);
        return 'error';
      }
      return move;
    };
  } else {
    next = (s) => ask(ctx, s);
  }

  while (!session.outcome) {
    const beat = currentBeat(session)!;
    if (live) showBeat(ctx, session, name);
    const move = await next(session, session.turn + 1);
    if (move === 'error') return 2;
    if (move === 'quit') break;
    session = move === 'breathe' ? breathe(session) : choose(session, move);
    if (live) showTurn(io.out, t, lang, trainee, session, session.turns.at(-1)!, beat.options[move === 'breathe' ? -1 : move]?.text);
  }

  // Replies typed past the end: the trainer's route went somewhere else than they thought.
  if (session.outcome && unused.length) {
    io.err(`${t('cli:play.unusedChoices', { turn: session.turn, count: unused.length, moves: unused.map((m) => (m === 'breathe' ? 'b' : m + 1)).join(',') })}\n`);
  }
  const score = scoreSession(session);
  if (values.json) {
    const { last, lastUsed, lastNeeded, turningPoint, unexplored } = debriefSession(session);
    io.out(`${JSON.stringify({ ...jsonReport(session, lang, score), last, lastUsed, lastNeeded: lastNeeded ?? null, turningPoint: turningPoint ?? null, unexplored: unexplored === true }, null, 2)}\n`);
    return 0;
  }
  if (!session.outcome) {
    io.out(`\n${t('cli:play.stopped', { turn: session.turn })}\n`);
    return 0;
  }
  const closing = currentLine(session);
  io.out(closing ? `\n${name}: ${text(closing, lang, trainee)}\n` : `\n${t('cli:play.left', forCustomer(scenario.customer))}\n`);
  io.out(`${t('cli:play.outcome', { outcome: t(`vocabulary:outcome.${session.outcome}`, forCustomer(scenario.customer)) })}\n`);
  io.out(`${t('cli:play.score', { total: score.total, ...score.axes })}\n`);
  const d = debriefSession(session);
  const spared = (stage: (typeof LAST_STAGES)[number]) => !d.lastUsed[stage] && d.lastNeeded?.[stage] === false;
  const markOf = (stage: (typeof LAST_STAGES)[number]) => (d.last[stage] ? '✓' : d.lastUsed[stage] ? '◐' : spared(stage) ? '–' : '✗');
  const marks = LAST_STAGES.map((stage) => t('cli:play.lastMark', { stage: t(`vocabulary:last.${stage}`), mark: markOf(stage) }));
  io.out(`${t('cli:play.last', { marks: marks.join(' · ') })}\n`);
  if (LAST_STAGES.some(spared)) io.out(`${t('cli:play.lastNotNeeded')}\n`);
  const tp = d.turningPoint;
  if (d.unexplored) io.out(`${t('cli:play.turningPointUnknown')}\n`);
  else io.out(`${tp ? t('cli:play.turningPoint', { turn: tp.turn, better: tp.better + 1, chosen: tp.chosen + 1, bestBefore: tp.bestBefore, bestAfter: tp.bestAfter }) : t('cli:play.noTurningPoint')}\n`);
  return 0;
}

function showBeat({ io, t, lang, trainee }: CommandContext, session: Session, name: string) {
  const line = currentLine(session)!;
  const state = customerState(session);
  io.out(`— ${t('cli:play.turnHeader', { turn: session.turn + 1 })} —\n`);
  io.out(`${name}: ${text(line, lang, trainee)}\n`);
  if (session.turn === 0) io.out(`  ${t('cli:play.meters', { ...state.meters, context: metersContext(session) })}\n`);
  const beat = currentBeat(session)!;
  replyOrder(session.options.seed, beat).forEach((i, place) => io.out(`  ${place + 1}. ${text(beat.options[i]!.text, lang, trainee)}\n`));
}

function showTurn(
  out: (s: string) => void,
  t: Translate,
  lang: Language,
  trainee: Trainee,
  session: Session,
  record: TurnRecord,
  said: Localized | undefined,
) {
  const gendered = forCustomer(session.scenario.customer);
  out(said ? `${t('cli:play.you')}: ${text(said, lang, trainee)}\n` : `${t('cli:play.breathe')}\n`);
  const techniques = record.techniques.map((x) => t(`vocabulary:technique.${x}`)).join(lang === 'ar' ? '، ' : ', ');
  out(`  [${techniques}]\n`);
  // One line per rule (per technique where its words name it), so the words fit the move they are about.
  const seen = new Set<string>();
  for (const a of record.applications) {
    const key = NAMES_TECHNIQUE.has(a.rule) ? `${a.rule}/${a.technique}` : a.rule;
    if (a.rule.startsWith('base.') || a.rule === 'P14.hostile-line' || seen.has(key)) continue;
    seen.add(key);
    out(`  ${t('cli:play.why')} (${a.principle}): ${ruleText(t, a.rule, a.technique, gendered)}\n`);
  }
  const composure = composureText(t, record, gendered);
  if (composure) out(`  ${composure}\n`);
  out(`  ${t('cli:play.meters', { ...record.after, context: metersContext(session) })}\n`);
  if (!session.outcome) out(`  ${t('cli:play.mood', { ...gendered, mood: t(`vocabulary:mood.${record.mood}`, gendered) })}\n\n`);
}

/** The meters line differs by archetype (belief for the mistaken), then by the customer's gender. */
function metersContext(session: Session): string {
  const { archetype } = session.scenario.customer;
  return forCustomer(session.scenario.customer).context ? `${archetype}_female` : archetype;
}

async function ask({ io, t }: CommandContext, session: Session): Promise<Move | 'quit'> {
  const count = currentBeat(session)!.options.length;
  for (;;) {
    const answer = await io.readLine(t('cli:play.prompt', { count }));
    if (answer === null) return 'quit';
    const a = westernDigits(answer).trim().toLowerCase();
    if (a === 'q') return 'quit';
    if (a === 'b') return 'breathe';
    const n = Number(a);
    if (Number.isInteger(n) && n >= 1 && n <= count) return replyOrder(session.options.seed, currentBeat(session)!)[n - 1]!;
    io.out(`${t('cli:play.invalid', { count })}\n`);
  }
}

/** The `--json` report: at least outcome, score, axes and a line per turn. */
export function jsonReport(session: Session, lang: Language, score: ReturnType<typeof scoreSession>) {
  return {
    scenario: session.scenario.id,
    lang,
    outcome: session.outcome ?? null,
    ending: session.at.kind === 'ending' ? session.at.id : null,
    seed: session.options.seed ?? null,
    score: score.total,
    axes: score.axes,
    parts: score.parts,
    turns: session.turns.map((r) => ({
      turn: r.turn,
      beat: r.beat,
      option: r.option === -1 ? 'breathe' : r.option + 1,
      order: orderShown(session, r.beat),
      techniques: r.techniques,
      mood: r.mood,
      anger: r.after.anger,
      trust: r.after.trust,
      confusion: r.after.confusion,
      belief: r.after.belief,
      loyalty: r.after.loyalty,
      composure: r.after.composure,
      next: r.next,
      composureCauses: composureCauses(r),
      rules: dedupe(r.applications.map((a) => ({ id: a.rule, principle: a.principle }))),
      applications: r.applications,
    })),
  };
}

/** The replies of a beat as shown (1-based file numbers, first on screen first). */
function orderShown(session: Session, beatId: string): number[] {
  const beat = session.scenario.beats.find((b) => b.id === beatId)!;
  return replyOrder(session.options.seed, beat).map((i) => i + 1);
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}
