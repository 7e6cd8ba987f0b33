/**
 * A play session: one trainee talking to one scenario's customer. Sessions are immutable values;
 * `choose` and `breathe` return the next one. Time comes in as an input (`seconds` taken for a
 * reply), so the same choices always give the same session.
 */
import { evaluate, advanceStage, impliedFlags, DELAYED_EFFECTS, type Application } from './rules.ts';
import {
  customerOutcome, persistCustomer, readCustomer, restoreCustomer, startCustomer, startCustomerReference, stepCustomer, stepCustomerReference,
  type CustomerContext, type CustomerEvent, type CustomerSnapshot, type CustomerState,
} from './customer.ts';
import { HEARING_TECHNIQUES, METERS, type Deltas, type Meter, type Meters, type Mood, type Outcome, type PrincipleId, type Technique } from './vocabulary.ts';
import { sessionDataSchema, type SessionData } from './records.ts';
import type { Beat, Condition, Ending, Language, Localized, Option, Scenario, Trainee } from './schema.ts';

/** Settings of a session that the presenter chooses. */
export interface SessionOptions {
  /** Seconds allowed per reply (assessment mode); slower replies cost (P3). */
  timeLimit?: number;
  /** Keep each rule application for the debrief (default). Analysis turns it off for speed. */
  record?: boolean;
  /** The seed of the order replies are shown in (`order.ts`), kept so a replay shows the same order. */
  seed?: number;
  /**
   * Step the customer through xstate's own `transition()` rather than the step compiled from the
   * same machine: slower, for tests to check the two give the same sessions. Not kept on save.
   */
  reference?: boolean;
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
  readonly customer: CustomerState;
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
  const customer = options.reference ? startCustomerReference(scenario.customer) : startCustomer(scenario.customer);
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

/** The customer's step this session uses (see `SessionOptions.reference`). */
function stepOf(session: Session): (state: CustomerState, event: CustomerEvent) => CustomerState {
  return session.options.reference ? (state, event) => stepCustomerReference(state as CustomerSnapshot, event) : stepCustomer;
}

function reply(
  session: Session,
  beat: Beat,
  index: number,
  option: Pick<Option, 'techniques' | 'sets' | 'clears' | 'effect'> & { next: Option['next'] },
  timing: { slow: boolean; seconds?: number | undefined },
): Session {
  const { scenario } = session;
  const record = session.options.record !== false;
  const step = stepOf(session);
  const techniques = option.techniques;
  const stay = index === -1;
  const turn = session.turn + 1;
  const before = readCustomer(session.customer);
  const drain = -COMPOSURE_PER_HOSTILITY * hostilityOfLine(session, beat);
  const meters = drain ? { ...before.meters, composure: Math.max(0, before.meters.composure + drain) } : before.meters;
  const { deltas, applications } = evaluate(
    {
      archetype: scenario.customer.archetype,
      traits: scenario.customer.traits,
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
  const trail = record ? applications : undefined;
  // An author's effect replaces what the reply does; the line's drain is the customer's doing.
  if (option.effect) {
    for (const meter of METERS) {
      const v = option.effect[meter];
      if (v === undefined) continue;
      trail?.push({ rule: 'author.effect', principle: 'P12', meter, from: deltas[meter] ?? 0, to: v });
      deltas[meter] = v;
    }
  }
  if (drain) {
    deltas.composure = (deltas.composure ?? 0) + drain;
    trail?.push({ rule: 'P14.hostile-line', principle: 'P14', meter: 'composure', from: 0, to: drain });
  }
  const flags = stay ? session.flags : flagsAfter(session.flags, option);
  let target: string | null = stay ? beat.id : null;

  // Consequences come due now; at an ending, all of them surface, at the latest (P10, P13).
  let pending: Pending[] = [];
  for (const p of session.pending) (p.due > turn ? pending.push(p) : land(p, deltas, trail));
  for (const t of techniques) {
    const delayed = DELAYED_EFFECTS[t];
    if (delayed) pending.push({ rule: delayed.rule, principle: delayed.principle, due: turn + delayed.after, effect: delayed.effect });
  }

  let customer = step(session.customer, { type: 'feel', deltas });
  const uses = { ...session.uses };
  for (const t of techniques) uses[t] = (uses[t] ?? 0) + 1;

  let stop: TurnRecord['stop'];
  if (!customerOutcome(customer)) {
    if (!stay) target = resolveNext(scenario, customer, flags, option.next);
    const ending = target !== null && isEnding(scenario, target);
    if (target === null || (turn >= scenario.maxTurns && !ending)) {
      customer = step(customer, { type: 'run-out-of-patience' });
      stop = target === null ? 'no-branch' : 'max-turns';
      target = null;
    } else if (ending) {
      if (pending.length) {
        const surfacing: Deltas = {};
        for (const p of pending) land(p, surfacing, trail);
        customer = step(customer, { type: 'feel', deltas: surfacing });
        pending = [];
      }
      if (customerOutcome(customer)) target = null;
      else {
        customer = step(customer, {
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
    // Analysis (no trail) shares the reply's own list: scenarios are not changed once loaded.
    techniques: record ? [...techniques] : techniques,
    before: before.meters,
    after: after.meters,
    mood: after.anger,
    applications,
    next: target,
    ...(stop ? { stop } : {}),
    ...(timing.seconds !== undefined ? { seconds: timing.seconds } : {}),
  };
  const next: Session = {
    scenario,
    options: session.options,
    customer,
    at: after.outcome
      ? { kind: 'ending', id: target !== null && isEnding(scenario, target) ? target : null }
      : { kind: 'beat', id: target! },
    turn,
    uses,
    heard: session.heard || techniques.some((t) => HEARING_TECHNIQUES.includes(t)),
    lastStage: advanceStage(session.lastStage, techniques),
    flags,
    pending,
    turns: [...session.turns, turnRecord],
  };
  if (after.outcome) (next as { outcome?: Outcome }).outcome = after.outcome;
  return next;
}

/** A consequence lands: its effect joins `into`, and the trail says so. */
function land(p: Pending, into: Deltas, trail: Application[] | undefined): void {
  for (const meter of METERS) {
    const v = p.effect[meter];
    if (!v) continue;
    into[meter] = (into[meter] ?? 0) + v;
    trail?.push({ rule: p.rule, principle: p.principle, meter, from: 0, to: v });
  }
}

/** A scenario's beats and endings by id (scenarios are not changed once loaded). */
const indexes = new WeakMap<Scenario, { beats: Map<string, Beat>; endings: Set<string> }>();
function indexOf(scenario: Scenario) {
  let index = indexes.get(scenario);
  if (!index) {
    const beats = new Map<string, Beat>();
    // The first beat of an id wins, as `find` would have it (the check reports duplicates).
    for (const b of scenario.beats) if (!beats.has(b.id)) beats.set(b.id, b);
    index = { beats, endings: new Set(scenario.endings.map((e) => e.id)) };
    indexes.set(scenario, index);
  }
  return index;
}

function beatById(scenario: Scenario, id: string): Beat | undefined {
  return indexOf(scenario).beats.get(id);
}

function isEnding(scenario: Scenario, id: string): boolean {
  return indexOf(scenario).endings.has(id);
}

function resolveNext(scenario: Scenario, customer: CustomerState, flags: readonly string[], next: Option['next']): string | null {
  if (typeof next === 'string') return next;
  for (const branch of next) if (!branch.when || holdsFor(customer, flags, undefined, branch.when)) return branch.to;
  return null;
}

/** Whether a scenario's condition holds now. */
export function holds(session: Session, when: Condition): boolean {
  return holdsFor(session.customer, session.flags, session.outcome, when);
}

function holdsFor(customer: CustomerState, flags: readonly string[], outcome: Outcome | undefined, when: Condition): boolean {
  const state = readCustomer(customer);
  if (when.mood && !when.mood.some((m) => m === state.anger || m === state.confusion || m === state.belief)) return false;
  if (when.flags && !when.flags.every((f) => flags.includes(f))) return false;
  if (when.notFlags && when.notFlags.some((f) => flags.includes(f))) return false;
  if (when.outcome && (!outcome || !when.outcome.includes(outcome))) return false;
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

/** The calmest and most trusting the customer has been so far, the start included (what a customer who leaves is scored by). */
export function bestReached(session: Session): { anger: number; trust: number } {
  const m = session.customer.context.meters;
  let anger = session.turns[0]?.before.anger ?? m.anger;
  let trust = session.turns[0]?.before.trust ?? m.trust;
  for (let i = 0; i < session.turns.length; i++) {
    const after = session.turns[i]!.after;
    if (after.anger < anger) anger = after.anger;
    if (after.trust > trust) trust = after.trust;
  }
  return { anger, trust };
}

/**
 * A key that is equal for two sessions exactly when their futures are the same, scores included
 * (for analysis). The score of a customer who leaves reads the calmest and most trusting they
 * became (score.ts), so the key holds those too: without them a memoised state kept the score of
 * whichever path reached it first.
 */
export function stateKey(session: Session): string {
  const m = session.customer.context.meters;
  // The uses in name order, as `t1n1,t2n2` (built without arrays: this runs once per state analysed).
  const names = Object.keys(session.uses);
  if (names.length > 1) names.sort();
  let uses = '';
  for (let i = 0; i < names.length; i++) uses += `${i ? ',' : ''}${names[i]}${session.uses[names[i] as Technique]}`;
  let pending = '';
  for (let i = 0; i < session.pending.length; i++) pending += `${i ? ',' : ''}${session.pending[i]!.rule}@${session.pending[i]!.due}`;
  const at = session.at.kind === 'beat' ? session.at.id : `#${session.at.id}`;
  const best = bestReached(session);
  return `${best.anger},${best.trust}|${at}|${session.turn}|${m.anger},${m.trust},${m.confusion},${m.belief},${m.loyalty},${m.composure}|${session.flags.join(',')}|${uses}|${session.lastStage}|${session.heard ? 1 : 0}|${pending}|${session.outcome ?? ''}`;
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
