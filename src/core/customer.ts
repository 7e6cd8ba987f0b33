/**
 * The customer as an XState machine. Its context holds the meters; three parallel regions
 * follow the moods of anger, confusion and belief by explicit thresholds (MOOD_BANDS); a
 * conversation ends in one of five outcomes. The machine is the model; play steps it with a pure
 * step compiled from its own states, guards and actions (`machineStep.ts`), never as a running
 * actor, so play is deterministic. Tests check every step against xstate's `transition()`.
 */
import { assign, initialTransition, setup, transition, type SnapshotFrom } from 'xstate';
import { compileMachine, type MachineState } from './machineStep.ts';
import {
  MOOD_BANDS, METERS, moodFor,
  type Archetype, type Deltas, type Meters, type MoodRegion, type Outcome, type Trait,
} from './vocabulary.ts';
import type { Customer } from './schema.ts';

/** Where each archetype starts (principles.md: the angry start hot, the confused lost, the mistaken insisting). */
export const ARCHETYPE_START: Record<Archetype, Meters> = {
  angry: { anger: 75, trust: 35, confusion: 15, belief: 0, loyalty: 50, composure: 80 },
  confused: { anger: 35, trust: 45, confusion: 80, belief: 0, loyalty: 50, composure: 85 },
  mistaken: { anger: 55, trust: 40, confusion: 20, belief: 80, loyalty: 50, composure: 80 },
};

/** Limits at which a conversation breaks down; traits move them (P12: customers differ). */
export interface Limits {
  /** Anger at which the customer walks out. */
  walkOut: number;
  /** Anger and trust at which the customer asks for a manager. */
  escalateAnger: number;
  escalateTrust: number;
}

export function limitsFor(traits: readonly Trait[]): Limits {
  return {
    walkOut: traits.includes('short-fused') ? 92 : 100,
    escalateAnger: traits.includes('patient') ? 95 : 88,
    escalateTrust: 15,
  };
}

/** Where a conclusion lands (principles.md, "Outcomes worth distinguishing"). */
export const OUTCOME_THRESHOLDS = {
  /** Satisfied: the problem solved, anger below this and trust at least `satisfiedTrust`… */
  satisfiedAnger: 40,
  satisfiedTrust: 50,
  /** …and a confused customer's confusion, a mistaken customer's belief, below these. */
  satisfiedConfusion: 40,
  satisfiedBelief: 50,
  /** Grudging rather than escalated: solved, or anger below this. */
  grudgingAnger: 60,
} as const;

export interface CustomerContext {
  archetype: Archetype;
  meters: Meters;
  limits: Limits;
}

/** What the business side of the conversation achieved, told to the customer at the end. */
export interface Conclusion {
  solved: boolean;
  policyBroken: boolean;
  falsePromise: boolean;
}

export type CustomerEvent =
  | { type: 'feel'; deltas: Deltas }
  | { type: 'conclude'; conclusion: Conclusion }
  | { type: 'run-out-of-patience' };

export type CustomerInput = Pick<Customer, 'archetype' | 'traits' | 'start'>;

const clamp = (v: number) => Math.max(0, Math.min(100, v));

type BandParams = { meter: MoodRegion; min: number; max: number };

/** A meter's value once a `feel` event has landed (guards run before the event's actions). */
function after(context: CustomerContext, event: CustomerEvent, meter: keyof Meters): number {
  return event.type === 'feel' ? clamp(context.meters[meter] + (event.deltas[meter] ?? 0)) : context.meters[meter];
}

/**
 * One parallel region whose states are the bands of a meter. A `feel` event moves it straight to
 * the band the meter lands in (no eventless transitions: one microstep a step). The anger region
 * also carries the meters' update and the breakdowns, so they happen exactly once per event.
 */
function moodRegion(region: MoodRegion, carriesFeel: boolean) {
  const bands = MOOD_BANDS[region];
  const feel = carriesFeel ? { actions: 'feel' as const } : {};
  const breakdowns = carriesFeel
    ? [
        { guard: 'walksOut?' as const, target: '#customer.walked-out', ...feel },
        { guard: 'asksForManager?' as const, target: '#customer.escalated', ...feel },
      ]
    : [];
  const states: Record<string, { on: { feel: object[] } }> = {};
  bands.forEach((band, i) => {
    const moves = bands
      .map((b, j) => ({ b, j }))
      .filter(({ j }) => j !== i)
      .map(({ b, j }) => ({
        guard: { type: 'inBandAfter' as const, params: { meter: region, min: b.min, max: j === 0 ? 101 : bands[j - 1]!.min } },
        target: b.mood as string,
        ...feel,
      }));
    states[band.mood] = { on: { feel: [...breakdowns, ...moves, ...(carriesFeel ? [feel] : [])] } };
  });
  return { initial: bands[bands.length - 1]!.mood as string, states };
}

export const customerMachine = setup({
  types: {
    context: {} as CustomerContext,
    events: {} as CustomerEvent,
    input: {} as CustomerInput,
  },
  guards: {
    inBandAfter: ({ context, event }, params: BandParams) => {
      const v = after(context, event, params.meter);
      return v >= params.min && v < params.max;
    },
    'walksOut?': ({ context, event }) => after(context, event, 'anger') >= context.limits.walkOut,
    'asksForManager?': ({ context, event }) =>
      after(context, event, 'anger') >= context.limits.escalateAnger && after(context, event, 'trust') <= context.limits.escalateTrust,
    'businessLost?': ({ event }) =>
      event.type === 'conclude' && (event.conclusion.policyBroken || event.conclusion.falsePromise),
    'satisfied?': ({ context, event }) =>
      event.type === 'conclude' &&
      event.conclusion.solved &&
      context.meters.anger < OUTCOME_THRESHOLDS.satisfiedAnger &&
      context.meters.trust >= OUTCOME_THRESHOLDS.satisfiedTrust &&
      (context.archetype !== 'confused' || context.meters.confusion < OUTCOME_THRESHOLDS.satisfiedConfusion) &&
      (context.archetype !== 'mistaken' || context.meters.belief < OUTCOME_THRESHOLDS.satisfiedBelief),
    // Unsolved but no longer angry: the customer leaves cold rather than asking for a manager.
    'handled?': ({ context, event }) =>
      event.type === 'conclude' && (event.conclusion.solved || context.meters.anger < OUTCOME_THRESHOLDS.grudgingAnger),
  },
  actions: {
    feel: assign({
      meters: ({ context, event }) => {
        if (event.type !== 'feel') return context.meters;
        const next = { ...context.meters };
        for (const meter of METERS) next[meter] = clamp(next[meter] + (event.deltas[meter] ?? 0));
        return next;
      },
    }),
  },
}).createMachine({
  id: 'customer',
  // `input` is missing only when xstate builds an actor for its own bookkeeping.
  context: ({ input }) => {
    const archetype = input?.archetype ?? 'angry';
    return {
      archetype,
      meters: { ...ARCHETYPE_START[archetype], ...input?.start },
      limits: limitsFor(input?.traits ?? []),
    };
  },
  initial: 'talking',
  states: {
    talking: {
      type: 'parallel',
      on: {
        conclude: [
          { guard: 'businessLost?', target: 'business-lost' },
          { guard: 'satisfied?', target: 'satisfied' },
          { guard: 'handled?', target: 'grudging' },
          { target: 'escalated' },
        ],
        'run-out-of-patience': { target: 'walked-out' },
      },
      states: {
        anger: moodRegion('anger', true),
        confusion: moodRegion('confusion', false),
        belief: moodRegion('belief', false),
      },
    },
    satisfied: { type: 'final' },
    grudging: { type: 'final' },
    'business-lost': { type: 'final' },
    escalated: { type: 'final' },
    'walked-out': { type: 'final' },
  },
});

/** An empty feeling: settles a new customer into the moods of their starting levels. */
const SETTLE: CustomerEvent = { type: 'feel', deltas: {} };

export type CustomerSnapshot = SnapshotFrom<typeof customerMachine>;

/** The customer's state as play keeps it: the value, context and status of a snapshot. */
export type CustomerState = MachineState<CustomerContext>;

/**
 * The machine compiled to a pure step: xstate's `transition()` builds an actor scope, a snapshot
 * and its bookkeeping on every call, most of the cost of a turn; the compiled step takes the same
 * transitions on plain data (tests compare the two on random events and on random plays).
 */
const compiled = compileMachine<CustomerContext, CustomerEvent, CustomerInput>(customerMachine);

export function startCustomer(input: CustomerInput): CustomerState {
  return compiled.step(compiled.initial(input), SETTLE);
}

/** The same start through xstate's own pure `initialTransition()`, for tests to compare against. */
export function startCustomerReference(input: CustomerInput): CustomerSnapshot {
  return stepCustomerReference(initialTransition(customerMachine, input)[0], SETTLE);
}

export function stepCustomer(state: CustomerState, event: CustomerEvent): CustomerState {
  return compiled.step(state, event);
}

/** The same step through xstate's own pure `transition()`, for tests to compare against. */
export function stepCustomerReference(snapshot: CustomerSnapshot, event: CustomerEvent): CustomerSnapshot {
  return transition(customerMachine, snapshot, event)[0];
}

/** The customer's moods while talking, or the outcome once the conversation is over. */
export function readCustomer(snapshot: CustomerState): {
  meters: Meters;
  anger: (typeof MOOD_BANDS.anger)[number]['mood'];
  confusion: (typeof MOOD_BANDS.confusion)[number]['mood'];
  belief: (typeof MOOD_BANDS.belief)[number]['mood'];
  outcome?: Outcome;
} {
  const value = snapshot.value;
  const meters = snapshot.context.meters;
  if (typeof value === 'string') {
    return { meters, ...moodsOf(meters), outcome: value as Outcome };
  }
  const talking = (value as { talking: Record<MoodRegion, string> }).talking;
  return {
    meters,
    anger: talking.anger as never,
    confusion: talking.confusion as never,
    belief: talking.belief as never,
  };
}

/** The outcome once the conversation is over (what `readCustomer` says, without reading the rest). */
export function customerOutcome(state: CustomerState): Outcome | undefined {
  return typeof state.value === 'string' ? (state.value as Outcome) : undefined;
}

function moodsOf(meters: Meters) {
  return { anger: moodFor('anger', meters.anger), confusion: moodFor('confusion', meters.confusion), belief: moodFor('belief', meters.belief) };
}

/** A JSON form of the state (xstate's persisted snapshot), and back. */
export function persistCustomer(state: CustomerState): unknown {
  return customerMachine.getPersistedSnapshot(customerMachine.resolveState({ value: state.value as never, context: state.context }));
}

export function restoreCustomer(persisted: { value: unknown; context: CustomerContext }): CustomerState {
  const snapshot = customerMachine.resolveState({ value: persisted.value as never, context: persisted.context });
  return { value: snapshot.value, context: snapshot.context, status: snapshot.status === 'done' ? 'done' : 'active' };
}
