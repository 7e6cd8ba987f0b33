/**
 * The debrief of a play: what each turn did to the meters and why (the rule that moved anger
 * most, with its principle), how far the trainee followed LAST (P2), the meters over the turns,
 * and the turning point — the turn whose reply cost the most achievable score, with the reply
 * that would have kept it (found by exploring the scenario from that turn on).
 */
import { createExplorer, type Explorer } from './analyze.ts';
import { breathe, choose, startSession, type Session, type TurnRecord } from './session.ts';
import { scoreSession, type Score } from './score.ts';
import { LAST_STAGES, isHelpful, lastStageOf, type LastStage, type Meter, type Meters, type Outcome, type PrincipleId, type Technique } from './vocabulary.ts';
import { stageAfter, type Application } from './rules.ts';
import { composureCauses, type ComposureChange } from './explain.ts';

/** One turn, explained. */
export interface TurnDebrief {
  turn: number;
  beat: string;
  /** The reply's index, -1 for a breath. */
  option: number;
  before: Meters;
  after: Meters;
  /** The rule (beyond base effects) that moved anger most, or the base effect when none did; with the technique it concerns. */
  headline?: { rule: string; principle: PrincipleId; meter: Meter; change: number; technique?: Technique };
  /** What drained or restored the trainee's composure this turn (P14). */
  composure: ComposureChange[];
  /** Every principle this turn's rules cite, in order of first appearance. */
  principles: PrincipleId[];
  /** The reply used only helpful techniques. */
  helpful: boolean;
}

/** Where the play turned: the reply that cost most, and the one that would have kept it. */
export interface TurningPoint {
  turn: number;
  beat: string;
  chosen: number;
  better: number;
  /** Best achievable score before the reply, and after the reply actually chosen. */
  bestBefore: number;
  bestAfter: number;
}

export interface Debrief {
  outcome: Outcome | undefined;
  score: Score;
  turns: TurnDebrief[];
  /** Meters at the start and after each turn, for a chart. */
  series: Meters[];
  /** The turn on which each LAST stage was first reached in order, or null. */
  last: Record<LastStage, number | null>;
  /** The turn on which each LAST stage's techniques were first used at all, in order or not. */
  lastUsed: Record<LastStage, number | null>;
  /** Whether this scenario's best play uses each LAST stage (found with the turning point). */
  lastNeeded?: Record<LastStage, boolean>;
  turningPoint?: TurningPoint;
  /** The scenario is too large to explore: no turning point or LAST needs are claimed. */
  unexplored?: true;
}

/** The session after the first `count` moves of a play, replayed on the same scenario. */
export function replay(session: Session, count: number): Session {
  let s = startSession(session.scenario, session.options);
  for (const record of session.turns.slice(0, count)) {
    s = record.option === -1 ? breathe(s) : choose(s, record.option, record.seconds !== undefined ? { seconds: record.seconds } : {});
  }
  return s;
}

/**
 * The debrief of a session. The turning point explores the scenario (the costly part): pass
 * `turningPoint: false` to leave it out and ask `findTurningPoint` separately (off the UI thread).
 */
export function debriefSession(session: Session, explorer: Explorer = createExplorer(), options: { turningPoint?: boolean } = {}): Debrief {
  const turns = session.turns.map(explainTurn);
  const series = [session.turns[0]?.before ?? session.customer.context.meters, ...session.turns.map((t) => t.after)];
  const explored = options.turningPoint !== false ? explore(session, explorer) : {};
  return {
    outcome: session.outcome,
    score: scoreSession(session),
    turns,
    series,
    last: lastChecklist(session.turns),
    lastUsed: lastUsed(session.turns),
    ...explored,
  };
}

/**
 * The turning point and the LAST stages the best play needs — or, when the scenario is too large
 * to explore within the explorer's cap, neither: a cut-off search would suggest a wrong reply.
 */
export function explore(session: Session, explorer: Explorer = createExplorer()): Pick<Debrief, 'turningPoint' | 'lastNeeded' | 'unexplored'> {
  const turningPoint = session.turns.length ? findTurningPoint(session, explorer) : undefined;
  explorer.reach(startSession(session.scenario, { ...session.options, record: false }));
  if (!explorer.complete) return { unexplored: true };
  return { ...(turningPoint ? { turningPoint } : {}), lastNeeded: lastNeeded(session.scenario, explorer) };
}

/** One turn explained: its headline rule and the principles its rules cite. */
export function explainTurn(record: TurnRecord): TurnDebrief {
  const principles: PrincipleId[] = [];
  for (const a of record.applications) if (!principles.includes(a.principle)) principles.push(a.principle);
  return {
    turn: record.turn,
    beat: record.beat,
    option: record.option,
    before: record.before,
    after: record.after,
    ...headlineOf(record.applications),
    composure: composureCauses(record),
    principles,
    helpful: record.techniques.every(isHelpful),
  };
}

/**
 * What moved anger most this turn: each technique's final contribution, named by the last rule
 * that changed it most (its base effect when no rule did), or a rule's own addition. Other meters
 * (composure last) only when anger did not move.
 */
function headlineOf(applications: readonly Application[]): Pick<TurnDebrief, 'headline'> {
  for (const meter of ['anger', 'trust', 'confusion', 'belief', 'loyalty', 'composure'] as const) {
    const candidates: { rule: string; principle: PrincipleId; value: number; technique?: Technique }[] = [];
    const chains = new Map<string, Application[]>();
    for (const a of applications) {
      if (a.meter !== meter) continue;
      if (a.technique && (a.rule.startsWith('base.') || a.from !== 0)) chains.set(a.technique, [...(chains.get(a.technique) ?? []), a]);
      else candidates.push({ rule: a.rule, principle: a.principle, value: a.to, ...(a.technique ? { technique: a.technique } : {}) });
    }
    for (const chain of chains.values()) {
      const rules = chain.filter((a) => !a.rule.startsWith('base.'));
      const shaping = rules.reduce<Application | undefined>((b, a) => (!b || Math.abs(a.to - a.from) > Math.abs(b.to - b.from) ? a : b), undefined) ?? chain[0]!;
      candidates.push({ rule: shaping.rule, principle: shaping.principle, value: chain.at(-1)!.to, technique: shaping.technique! });
    }
    const top = candidates.reduce<(typeof candidates)[number] | undefined>((b, c) => (!b || Math.abs(c.value) > Math.abs(b.value) ? c : b), undefined);
    if (top && Math.abs(top.value) >= 0.5) {
      return { headline: { rule: top.rule, principle: top.principle, meter, change: Math.round(top.value * 10) / 10, ...(top.technique ? { technique: top.technique } : {}) } };
    }
  }
  return {};
}

function lastChecklist(turns: readonly TurnRecord[]): Record<LastStage, number | null> {
  const reached: Record<LastStage, number | null> = { listen: null, apologize: null, solve: null, thank: null };
  let stage = -1;
  for (const record of turns) {
    for (const t of record.techniques) {
      const next = stageAfter(stage, t);
      if (next > stage) reached[LAST_STAGES[next]!] = record.turn;
      stage = next;
    }
  }
  return reached;
}

function lastUsed(turns: readonly TurnRecord[]): Record<LastStage, number | null> {
  const used: Record<LastStage, number | null> = { listen: null, apologize: null, solve: null, thank: null };
  for (const record of turns) {
    for (const t of record.techniques) {
      const s = lastStageOf(t);
      if (s && used[s] === null) used[s] = record.turn;
    }
  }
  return used;
}

/** The reply that cost most achievable score, and the one that would have kept it. */
export function findTurningPoint(session: Session, explorer: Explorer = createExplorer()): TurningPoint | undefined {
  let s = startSession(session.scenario, { ...session.options, record: false });
  let worst: TurningPoint | undefined;
  for (const record of session.turns) {
    const before = explorer.reach(s);
    const next = record.option === -1 ? breathe(s) : choose(s, record.option);
    const after = explorer.reach(next);
    const loss = before.best.score - after.best.score;
    const better = before.best.moves[0];
    if (record.option !== -1 && better !== undefined && better !== record.option && loss > 0 && (!worst || loss > worst.bestBefore - worst.bestAfter)) {
      worst = { turn: record.turn, beat: record.beat, chosen: record.option, better, bestBefore: before.best.score, bestAfter: after.best.score };
    }
    s = next;
  }
  return worst;
}

/**
 * Which LAST stages this scenario's best play uses: a stage its best play does without is not a
 * fault of the trainee's (a mistaken customer's best play may need no apology).
 */
export function lastNeeded(scenario: Session['scenario'], explorer: Explorer = createExplorer()): Record<LastStage, boolean> {
  let s = startSession(scenario, { record: false });
  const needed: Record<LastStage, boolean> = { listen: false, apologize: false, solve: false, thank: false };
  for (const move of explorer.reach(s).best.moves) {
    const beat = s.at.kind === 'beat' ? scenario.beats.find((b) => b.id === s.at.id) : undefined;
    for (const t of beat?.options[move]?.techniques ?? []) {
      const stage = lastStageOf(t);
      if (stage) needed[stage] = true;
    }
    s = move === -1 ? breathe(s) : choose(s, move);
  }
  return needed;
}
