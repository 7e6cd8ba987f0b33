/**
 * A play session: one trainee talking to one scenario's customer. Sessions are immutable values;
 * `choose` and `breathe` return the next one. Time comes in as an input (`seconds` taken for a
 * reply), so the same choices always give the same session.
 */
import { evaluate, advanceStage, impliedFlags, DELAYED_EFFECTS, type Application } from './rules.ts';
import {
  persistCustomer, readCustomer, restoreCustomer, startCustomer, stepCustomer,
  type CustomerContext, type CustomerSnapshot,
} from './customer.ts';
import { HEARING_TECHNIQUES, METERS, type Deltas, type Meter, type Meters, type Mood, type Outcome, type PrincipleId, type Technique } from './vocabulary.ts';
import { sessionDataSchema, type Beat, type Condition, type Ending, type Language, type Localized, type Option, type Scenario, type SessionData, type Trainee } from './schema.ts';

/** Settings of a session that the presenter chooses. */
export interface SessionOptions {
  /** Seconds allowed per reply (assessment mode); slower replies cost (P3). */
  timeLimit?: number;
  /** Keep each rule application for the debrief (default). Analysis turns it off for speed. */
  record?: boolean;
  /** The seed of the order replies are shown in (`order.ts`), kept so a replay shows the same order. */
  seed?: number;
}

/** A consequence waiting to land (P10, P13). */
export interface Pending {
  rule: string;
  principle: PrincipleId;
  due: number;
  effect: Deltas;
}

/** One reply and everything it caused. */
export interface TurnRecord {
  /** 1-based. */
  turn: number;
  beat: string;
  /** The option's index in the beat, or -1 for the trainee's own breath (P14). */
  option: number;
  techniques: Technique[];
  before: Meters;
  after: Meters;
  /** The customer's anger mood after the reply. */
  mood: Mood;
  applications: Application[];
  /** Where the conversation went: a beat or an ending id, or null when the customer left. */
  next: string | null;
  /** Why the customer left without an ending: no branch matched (a scenario bug), or too many turns. */
  stop?: 'no-branch' | 'max-turns';
  seconds?: number;
}

/** Where the conversation stands. */
export type Position = { kind: 'beat'; id: string } | { kind: 'ending'; id: string | null };

export interface Session {
  readonly scenario: Scenario;
  readonly options: SessionOptions;
  readonly customer: CustomerSnapshot;
  readonly at: Position;
  readonly turn: number;
  readonly uses: Readonly<Partial<Record<Technique, number>>>;
  readonly heard: boolean;
  readonly lastStage: number;
  /** Sorted. */
  readonly flags: readonly string[];
  readonly pending: readonly Pending[];
  readonly turns: readonly TurnRecord[];
  readonly outcome?: Outcome;
}

/** Thrown for a choice the session cannot take: a presenter offers only valid ones. */
export class SessionError extends Error {
  constructor(readonly code: 'over' | 'no-such-option', message: string) {
    super(message);
  }
}

/** Composure each point of a line's hostility costs the trainee who answers it (P14). */
export const COMPOSURE_PER_HOSTILITY = 6;

export function startSession(scenario: Scenario, options: SessionOptions = {}): Session {
  const customer = startCustomer(scenario.customer);
  const outcome = readCustomer(customer).outcome;
  return {
    scenario,
    options,
    customer,
    // Starting levels already past a breakdown (the check flags them) end it before a word.
    at: outcome ? { kind: 'ending', id: null } : { kind: 'beat', id: scenario.start ?? scenario.beats[0]!.id },
    ...(outcome ? { outcome } : {}),
    turn: 0,
    uses: {},
    heard: false,
    lastStage: -1,
    flags: [],
    pending: [],
    turns: [],
  };
}

export function currentBeat(session: Session): Beat | undefined {
  return session.at.kind === 'beat' ? beatById(session.scenario, session.at.id) : undefined;
}

export function currentEnding(session: Session): Ending | undefined {
  const { at } = session;
  return at.kind === 'ending' && at.id ? session.scenario.endings.find((e) => e.id === at.id) : undefined;
}

export function isOver(session: Session): boolean {
  return session.outcome !== undefined;
}

/** The customer's meters and moods now. */
export function customerState(session: Session) {
  return readCustomer(session.customer);
}

/** The trainee picks option `index` of the current beat, having taken `seconds` to answer. */
export function choose(session: Session, index: number, input: { seconds?: number } = {}): Session {
  const beat = currentBeat(session);
  if (!beat || session.outcome) throw new SessionError('over', 'The conversation is over.');
  const option = beat.options[index];
  if (!option) throw new SessionError('no-such-option', `This beat has options 1 to ${beat.options.length}.`);
  const slow = session.options.timeLimit !== undefined && (input.seconds ?? 0) > session.options.timeLimit;
  return reply(session, beat, index, option, { slow, seconds: input.seconds });
}

/** The trainee takes a breath (P14): composure back, at the cost of a turn's time. */
export function breathe(session: Session): Session {
  const beat = currentBeat(session);
  if (!beat || session.outcome) throw new SessionError('over', 'The conversation is over.');
  return reply(session, beat, -1, BREATH, { slow: false });
}

const BREATH = { techniques: ['breathe'] as Technique[], next: '' } as const;
const NO_FLAGS: readonly string[] = [];

/** The flags after a reply: set, implied by its techniques, cleared; sorted. */
function flagsAfter(flags: readonly string[], option: Pick<Option, 'techniques' | 'sets' | 'clears'>): readonly string[] {
  const implied = impliedFlags(option.techniques);
  if (!option.sets?.length && !option.clears?.length && implied.length === 0) return flags;
  const next = new Set(flags);
  for (const f of option.sets ?? []) next.add(f);
  for (const f of implied) next.add(f);
  for (const f of option.clears ?? []) next.delete(f);
  return next.size ? [...next].sort() : NO_FLAGS;
}

/** How much answering the current line costs the trainee's composure (P14), once per visit. */
function hostilityOfLine(session: Session, beat: Beat): number {
  if (session.turns.at(-1)?.option === -1) return 0;
  const variant = beat.variants?.find((v) => holds(session, v.when));
  return variant?.hostility ?? beat.hostility;
}

function reply(
  session: Session,
  beat: Beat,
  index: number,
  option: Pick<Option, 'techniques' | 'sets' | 'clears' | 'effect'> & { next: Option['next'] },
  timing: { slow: boolean; seconds?: number | undefined },
): Session {
  const record = session.options.record !== false;
  const techniques = option.techniques;
  const stay = index === -1;
  const turn = session.turn + 1;
  const before = readCustomer(session.customer);
  const drain = -COMPOSURE_PER_HOSTILITY * hostilityOfLine(session, beat);
  const meters = drain ? { ...before.meters, composure: Math.max(0, before.meters.composure + drain) } : before.meters;
  const { deltas, applications } = evaluate(
    {
      archetype: session.scenario.customer.archetype,
      traits: session.scenario.customer.traits,
      meters,
      mood: before.anger,
      techniques,
      uses: session.uses,
      heard: session.heard,
      lastStage: session.lastStage,
      flags: session.flags,
      slow: timing.slow,
    },
    record,
  );
  const add = (rule: string, principle: PrincipleId, meter: Meter, from: number, to: number) => {
    if (record) applications.push({ rule, principle, meter, from, to });
  };
  // An author's effect replaces what the reply does; the line's drain is the customer's doing.
  if (option.effect) {
    for (const meter of METERS) {
      const v = option.effect[meter];
      if (v === undefined) continue;
      add('author.effect', 'P12', meter, deltas[meter] ?? 0, v);
      deltas[meter] = v;
    }
  }
  if (drain) {
    deltas.composure = (deltas.composure ?? 0) + drain;
    add('P14.hostile-line', 'P14', 'composure', 0, drain);
  }
  const flags = stay ? session.flags : flagsAfter(session.flags, option);
  let target: string | null = stay ? beat.id : null;
  const reachesEnding = (id: string | null) => id !== null && isEnding(session.scenario, id);

  // Consequences come due now; at an ending, all of them surface, at the latest (P10, P13).
  const pending: Pending[] = [];
  const land = (p: Pending, into: Deltas) => {
    for (const meter of METERS) {
      const v = p.effect[meter];
      if (!v) continue;
      into[meter] = (into[meter] ?? 0) + v;
      add(p.rule, p.principle, meter, 0, v);
    }
  };
  for (const p of session.pending) (p.due > turn ? pending.push(p) : land(p, deltas));
  for (const t of techniques) {
    const delayed = DELAYED_EFFECTS[t];
    if (delayed) pending.push({ rule: delayed.rule, principle: delayed.principle, due: turn + delayed.after, effect: delayed.effect });
  }

  let customer = stepCustomer(session.customer, { type: 'feel', deltas });
  const uses = { ...session.uses };
  for (const t of techniques) uses[t] = (uses[t] ?? 0) + 1;
  let next: Session = {
    ...session,
    customer,
    turn,
    uses,
    heard: session.heard || techniques.some((t) => HEARING_TECHNIQUES.includes(t)),
    lastStage: advanceStage(session.lastStage, techniques),
    flags,
    pending,
  };

  let stop: TurnRecord['stop'];
  if (!readCustomer(customer).outcome) {
    if (!stay) target = resolveNext(next, option.next);
    if (target === null || (turn >= session.scenario.maxTurns && !reachesEnding(target))) {
      customer = stepCustomer(customer, { type: 'run-out-of-patience' });
      stop = target === null ? 'no-branch' : 'max-turns';
      target = null;
    } else if (reachesEnding(target)) {
      if (pending.length) {
        const surfacing: Deltas = {};
        for (const p of pending) land(p, surfacing);
        customer = stepCustomer(customer, { type: 'feel', deltas: surfacing });
        next = { ...next, pending: [] };
      }
      if (readCustomer(customer).outcome) target = null;
      else {
        customer = stepCustomer(customer, {
          type: 'conclude',
          conclusion: {
            solved: flags.includes('solved'),
            policyBroken: flags.includes('policy-broken'),
            falsePromise: flags.includes('false-promise'),
          },
        });
      }
    }
  }
  const after = readCustomer(customer);
  const turnRecord: TurnRecord = {
    turn,
    beat: beat.id,
    option: index,
    techniques: [...techniques],
    before: before.meters,
    after: after.meters,
    mood: after.anger,
    applications,
    next: target,
    ...(stop ? { stop } : {}),
    ...(timing.seconds !== undefined ? { seconds: timing.seconds } : {}),
  };
  next = { ...next, customer, turns: [...session.turns, turnRecord] };
  if (after.outcome) {
    return { ...next, at: { kind: 'ending', id: reachesEnding(target) ? target : null }, outcome: after.outcome };
  }
  return { ...next, at: { kind: 'beat', id: target! } };
}

function beatById(scenario: Scenario, id: string): Beat | undefined {
  return scenario.beats.find((b) => b.id === id);
}

function isEnding(scenario: Scenario, id: string): boolean {
  return scenario.endings.some((e) => e.id === id);
}

function resolveNext(session: Session, next: Scenario['beats'][number]['options'][number]['next']): string | null {
  if (typeof next === 'string') return next;
  for (const branch of next) if (!branch.when || holds(session, branch.when)) return branch.to;
  return null;
}

/** Whether a scenario's condition holds now. */
export function holds(session: Session, when: Condition): boolean {
  const state = readCustomer(session.customer);
  if (when.mood && !when.mood.some((m) => m === state.anger || m === state.confusion || m === state.belief)) return false;
  if (when.flags && !when.flags.every((f) => session.flags.includes(f))) return false;
  if (when.notFlags && when.notFlags.some((f) => session.flags.includes(f))) return false;
  if (when.outcome && (!session.outcome || !when.outcome.includes(session.outcome))) return false;
  return true;
}

/**
 * A text in the wanted language, or in the other one when the author left it out. Arabic takes
 * the female trainee's form (`ar-f`) when there is one and the trainee is a woman.
 */
export function text(localized: Localized, lang: Language, trainee: Trainee = 'male'): string {
  if (lang === 'ar' && trainee === 'female' && localized['ar-f']) return localized['ar-f'];
  return localized[lang] ?? localized.en ?? localized.ar ?? '';
}

/** The line the customer says now: the first variant whose condition holds, or the plain line. */
export function currentLine(session: Session): Localized | undefined {
  const node = currentBeat(session) ?? currentEnding(session);
  if (!node) return undefined;
  return node.variants?.find((v) => holds(session, v.when))?.line ?? node.line;
}

/** A key that is equal for two sessions exactly when their futures are the same (for analysis). */
export function stateKey(session: Session): string {
  const m = session.customer.context.meters;
  const uses = Object.entries(session.uses)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([t, n]) => `${t}${n}`)
    .join(',');
  const pending = session.pending.map((p) => `${p.rule}@${p.due}`).join(',');
  const at = session.at.kind === 'beat' ? session.at.id : `#${session.at.id}`;
  return `${at}|${session.turn}|${m.anger},${m.trust},${m.confusion},${m.belief},${m.loyalty},${m.composure}|${session.flags.join(',')}|${uses}|${session.lastStage}|${session.heard ? 1 : 0}|${pending}|${session.outcome ?? ''}`;
}

export const SESSION_FORMAT = 1;

/** The session as JSON-safe data (to keep progress, to replay, to report). */
export function serializeSession(session: Session): SessionData {
  return {
    format: SESSION_FORMAT,
    scenario: session.scenario.id,
    options: session.options,
    customer: persistCustomer(session.customer) as SessionData['customer'],
    at: session.at,
    turn: session.turn,
    uses: session.uses,
    heard: session.heard,
    lastStage: session.lastStage,
    flags: [...session.flags],
    pending: session.pending.map((p) => ({ ...p })),
    turns: session.turns.map((t) => ({ ...t })),
    ...(session.outcome ? { outcome: session.outcome } : {}),
  };
}

/** A session back from its data, checked against the scenario it was played on. */
export function restoreSession(scenario: Scenario, data: unknown): { session?: Session; error?: string } {
  const parsed = sessionDataSchema.safeParse(data);
  if (!parsed.success) return { error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const d = parsed.data;
  if (d.scenario !== scenario.id) return { error: `saved for scenario "${d.scenario}", not "${scenario.id}"` };
  if (d.at.kind === 'beat' && !beatById(scenario, d.at.id)) return { error: `the scenario has no beat "${d.at.id}" any more` };
  const customer = restoreCustomer({ value: d.customer.value, context: d.customer.context as CustomerContext });
  const session: Session = {
    scenario,
    options: d.options,
    customer,
    at: d.at,
    turn: d.turn,
    uses: d.uses,
    heard: d.heard,
    lastStage: d.lastStage,
    flags: d.flags,
    pending: d.pending,
    turns: d.turns as TurnRecord[],
    ...(d.outcome ? { outcome: d.outcome } : {}),
  };
  return { session };
}
