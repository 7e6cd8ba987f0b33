/**
 * Automatic scenario analysis: explores every state the scenario's replies can reach (memoised
 * on the state, not on the path that led there) and reports the best and worst achievable scores with
 * their choices, the endings and outcomes that can happen, beats no play reaches, replies that
 * lead nowhere, and how each bot fares — warning when a harmful bot beats the empathetic one or
 * comes within EMPATHY_MARGIN points of it, when an ending is never reached, or when a bot that picks replies by their shape alone (longest, shortest, first, last) ends
 * satisfied or comes within SHAPE_BOT_MARGIN points of the best play.
 */
import { breathe, choose, currentBeat, startSession, stateKey, type Session } from './session.ts';
import { scoreSession } from './score.ts';
import { createBot, type Move } from './bots.ts';
import type { Scenario } from './schema.ts';
import type { Outcome } from './vocabulary.ts';
import { SHAPES } from './shape.ts';

/** A way through the scenario: the moves, and where they lead. */
export interface Path {
  score: number;
  outcome: Outcome | undefined;
  /** Option indices (0-based) per turn; -1 is a breath. */
  moves: number[];
  /** The moves reach the end of the conversation; false for a path cut off at the state cap. */
  finished: boolean;
}

export interface BotRun extends Omit<Path, 'finished'> {
  bot: string;
  ending: string | null;
}

export interface AnalysisWarning {
  code: 'harmful-bot-wins' | 'weak-empathy-margin' | 'shape-bot-wins' | 'no-satisfied-ending' | 'dead-end' | 'unvisited-beat' | 'unvisited-ending' | 'state-limit';
  params: Record<string, string | number>;
}

export interface Analysis {
  scenario: string;
  /** Distinct states explored. */
  states: number;
  best: Path;
  worst: Path;
  /** Each ending reached, with the outcomes it can end in. */
  endings: { id: string | null; outcomes: Outcome[] }[];
  outcomes: Outcome[];
  /** Beats no play can reach, given the conditions (the check reports the static ones). */
  unvisitedBeats: string[];
  /** Replies whose branches match no condition in some reachable state. */
  deadEnds: { beat: string; option: number }[];
  bots: BotRun[];
  warnings: AnalysisWarning[];
  complete: boolean;
  /**
   * The results that cover only the states explored, when exploration stopped at its cap: best and
   * worst are then the best and worst found (a better or worse play may exist), endings and outcomes
   * those reached so far, unvisited beats those not reached within the cap.
   */
  incomplete: ('best' | 'worst' | 'endings' | 'outcomes' | 'unvisitedBeats' | 'deadEnds')[];
}

export const ANALYSIS_BOTS = ['empathetic', 'defensive', 'robotic', 'random:1', 'random:2', 'random:3'];
const HARMFUL_BOTS = new Set(['defensive', 'robotic']);

/** The empathetic bot should score at least this much above each harmful one (the library's bar). */
export const EMPATHY_MARGIN = 30;

/** A bot that picks by shape alone must stay further than this below the best play. */
export const SHAPE_BOT_MARGIN = 15;

/**
 * The shape-only bots for a scenario: `first`, `last`, and `longest`/`shortest` once per
 * language when their plays differ by language, else once.
 */
export function shapeBotRuns(scenario: Scenario): BotRun[] {
  const runs: BotRun[] = [];
  for (const shape of SHAPES) {
    if (shape === 'first' || shape === 'last') {
      runs.push(runBot(scenario, shape));
      continue;
    }
    const perLang = scenario.languages.map((lang) => runBot(scenario, `${shape}:${lang}`));
    const same = perLang.every((r) => r.moves.join() === perLang[0]!.moves.join());
    runs.push(...(same ? [{ ...perLang[0]!, bot: shape }] : perLang));
  }
  return runs;
}

export interface AnalyzeOptions {
  /** Stop exploring past this many states (the report says so). */
  maxStates?: number;
}

/** The best and the worst that can still happen from a state. */
export interface Reach {
  best: Path;
  worst: Path;
}

/**
 * Explores states of one scenario, remembering what it has seen: ask it about as many states
 * of the scenario as you like (the start, or any point of a play) and shared futures are
 * explored once.
 */
export interface Explorer {
  reach(session: Session): Reach;
  readonly states: number;
  readonly complete: boolean;
  readonly visitedBeats: ReadonlySet<string>;
  readonly endings: ReadonlyMap<string | null, ReadonlySet<Outcome>>;
  readonly deadEnds: ReadonlyMap<string, { beat: string; option: number }>;
}

/** A path as the search keeps it: its first move and the path after it (-1 at the end). */
interface End {
  score: number;
  outcome: Outcome | undefined;
  finished: boolean;
  move: number;
  rest: End | undefined;
}

/** The best and the worst from a state, as the search keeps them. */
interface Ends {
  best: End;
  worst: End;
}

/** Exploration stops past this many states unless told otherwise (the report says so). */
export const MAX_STATES = 500_000;

/**
 * `onStep` sees every move explored, once per distinct state it starts from (tests use it to
 * check every reachable turn; start from a session that records to get its applications).
 */
export function createExplorer(maxStates = MAX_STATES, onStep?: (from: Session, move: number, to: Session) => void): Explorer {
  const memo = new Map<string, Ends>();
  const visitedBeats = new Set<string>();
  const endings = new Map<string | null, Set<Outcome>>();
  const deadEnds = new Map<string, { beat: string; option: number }>();
  let complete = true;

  const leaf = (s: Session, finished: boolean): Ends => {
    const end: End = { score: scoreSession(s).total, outcome: s.outcome, finished, move: -1, rest: undefined };
    return { best: end, worst: end };
  };
  // A path cut off at the cap is never preferred to one that reaches the end (it has no real score).
  const better = (a: End, b: End | undefined, sign: 1 | -1) =>
    !b || (a.finished !== b.finished ? a.finished : sign * (a.score - b.score) > 0);

  const search = (s: Session): Ends => {
    const key = stateKey(s);
    const known = memo.get(key);
    if (known) return known;
    const beat = currentBeat(s);
    let result: Ends;
    if (!beat || s.outcome) {
      const id = s.at.kind === 'ending' ? s.at.id : null;
      if (!endings.has(id)) endings.set(id, new Set());
      if (s.outcome) endings.get(id)!.add(s.outcome);
      result = leaf(s, true);
    } else if (memo.size >= maxStates) {
      complete = false;
      result = leaf(s, false);
    } else {
      visitedBeats.add(beat.id);
      // The trainee's own breath (P14) is not a reply the scenario offers: bots show its use.
      let best: End | undefined;
      let worst: End | undefined;
      for (let move = 0; move < beat.options.length; move++) {
        const next = choose(s, move);
        onStep?.(s, move, next);
        if (next.turns.at(-1)!.stop === 'no-branch') deadEnds.set(`${beat.id}#${move}`, { beat: beat.id, option: move });
        const sub = search(next);
        // The moves are linked, not copied: a path's list is built only when someone asks for it.
        if (better(sub.best, best, 1)) best = { ...sub.best, move, rest: sub.best };
        if (better(sub.worst, worst, -1)) worst = { ...sub.worst, move, rest: sub.worst };
      }
      result = { best: best!, worst: worst! };
    }
    memo.set(key, result);
    return result;
  };

  const path = (end: End): Path => {
    const moves: number[] = [];
    for (let at: End | undefined = end; at && at.move >= 0; at = at.rest) moves.push(at.move);
    return { score: end.score, outcome: end.outcome, moves, finished: end.finished };
  };
  const reach = (s: Session): Reach => {
    const found = search(s);
    return { best: path(found.best), worst: path(found.worst) };
  };

  return {
    reach,
    get states() {
      return memo.size;
    },
    get complete() {
      return complete;
    },
    visitedBeats,
    endings,
    deadEnds,
  };
}

export function analyzeScenario(scenario: Scenario, options: AnalyzeOptions = {}): Analysis {
  const maxStates = options.maxStates ?? MAX_STATES;
  const explorer = createExplorer(maxStates);
  const root = explorer.reach(startSession(scenario, { record: false }));
  const bots = [...ANALYSIS_BOTS.map((name) => runBot(scenario, name)), ...shapeBotRuns(scenario)];
  const warnings: AnalysisWarning[] = [];
  const empathetic = bots.find((b) => b.bot === 'empathetic')!;
  for (const run of bots) {
    if (HARMFUL_BOTS.has(run.bot) && run.score >= empathetic.score) {
      warnings.push({ code: 'harmful-bot-wins', params: { bot: run.bot, score: run.score, empathetic: empathetic.score } });
    } else if (HARMFUL_BOTS.has(run.bot) && empathetic.score - run.score < EMPATHY_MARGIN) {
      warnings.push({ code: 'weak-empathy-margin', params: { bot: run.bot, score: run.score, empathetic: empathetic.score, margin: EMPATHY_MARGIN } });
    }
    const shape = SHAPES.some((s) => run.bot.split(':')[0] === s);
    if (shape && (run.outcome === 'satisfied' || root.best.score - run.score <= SHAPE_BOT_MARGIN)) {
      warnings.push({ code: 'shape-bot-wins', params: { bot: run.bot, score: run.score, outcome: run.outcome ?? '', best: root.best.score, margin: SHAPE_BOT_MARGIN, moves: run.moves.map((m) => (m === -1 ? 'b' : String(m + 1))).join(',') } });
    }
  }
  const outcomes = new Set<Outcome>();
  for (const set of explorer.endings.values()) for (const o of set) outcomes.add(o);
  // Past the cap, "no play does X" is unknown, not false: those warnings wait for a full exploration.
  const complete = explorer.complete;
  if (complete && !outcomes.has('satisfied')) warnings.push({ code: 'no-satisfied-ending', params: {} });
  for (const d of explorer.deadEnds.values()) warnings.push({ code: 'dead-end', params: { beat: d.beat, option: d.option + 1 } });
  const unvisitedBeats = scenario.beats.map((b) => b.id).filter((id) => !explorer.visitedBeats.has(id));
  if (complete) for (const id of unvisitedBeats) warnings.push({ code: 'unvisited-beat', params: { beat: id } });
  // An ending no play reaches is said by nobody: often a branch whose condition never holds.
  if (complete) for (const e of scenario.endings) if (!explorer.endings.has(e.id)) warnings.push({ code: 'unvisited-ending', params: { beat: e.id } });
  if (!complete) warnings.push({ code: 'state-limit', params: { states: maxStates } });

  // Past the cap the bots' plays are real, finished plays too: the best and worst found include them.
  let { best, worst } = root;
  if (!complete) {
    for (const run of bots) {
      const path: Path = { score: run.score, outcome: run.outcome, moves: run.moves, finished: true };
      if (!best.finished || path.score > best.score) best = path;
      if (!worst.finished || path.score < worst.score) worst = path;
    }
  }
  return {
    scenario: scenario.id,
    states: explorer.states,
    best,
    worst,
    endings: [...explorer.endings].map(([id, set]) => ({ id, outcomes: [...set].sort() })),
    outcomes: [...outcomes].sort(),
    unvisitedBeats,
    deadEnds: [...explorer.deadEnds.values()],
    bots,
    warnings,
    complete,
    incomplete: complete ? [] : ['best', 'worst', 'endings', 'outcomes', 'unvisitedBeats', 'deadEnds'],
  };
}

/** Plays a scenario to the end with one bot. */
export function runBot(scenario: Scenario, name: string): BotRun {
  const bot = createBot(name);
  if (!bot) throw new RangeError(`unknown bot "${name}"`);
  let s = startSession(scenario);
  const moves: number[] = [];
  while (!s.outcome && currentBeat(s)) {
    const move: Move = bot.next(s);
    s = move === 'breathe' ? breathe(s) : choose(s, move);
    moves.push(move === 'breathe' ? -1 : move);
  }
  return { bot: name, score: scoreSession(s).total, outcome: s.outcome, moves, ending: s.at.kind === 'ending' ? s.at.id : null };
}
