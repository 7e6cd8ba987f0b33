/**
 * The customer as an XState machine. Its context holds the meters; three parallel regions
 * follow the moods of anger, confusion and belief by explicit thresholds (MOOD_BANDS); a
 * conversation ends in one of five outcomes. The machine is stepped with the pure
 * `initialTransition`/`transition`, never as a running actor, so play is deterministic.
 */
import { assign, createActor, initialTransition, setup, transition, type SnapshotFrom } from 'xstate';
import {
  MOOD_BANDS, METERS, moodFor,
  type Archetype, type Deltas, type Meters, type MoodRegion, type Outcome, type Trait,
} from './vocabulary';
import type { Customer } from './schema';

/** Where each archetype starts (principles.md: the angry start hot, the confused lost, the mistaken insisting). */
export const ARCHETYPE_START: Record<Archetype, Meters> = {
  angry: { anger: 75, trust: 35, confusion: 15, belief: 0, loyalty: 50, composure: 80 },
  confused: { anger: 35, trust: 45, confusion: 80, belief: 0, loyalty: 50, composure: 85 },
  mistaken: { anger: 55, trust: 40, confusion: 20, belief: 85, loyalty: 50, composure: 80 },
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

/** One parallel region whose states are the bands of a meter, moved by eventless transitions. */
function moodRegion(region: MoodRegion) {
  const bands = MOOD_BANDS[region];
  const states: Record<string, { always: { guard: { type: 'inBand'; params: BandParams }; target: string }[] }> = {};
  bands.forEach((band, i) => {
    const others = bands
      .map((b, j) => ({ b, j }))
      .filter(({ j }) => j !== i)
      .map(({ b, j }) => ({
        guard: { type: 'inBand' as const, params: { meter: region, min: b.min, max: j === 0 ? 101 : bands[j - 1]!.min } },
        target: b.mood as string,
      }));
    states[band.mood] = { always: others };
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
    inBand: ({ context }, params: BandParams) =>
      context.meters[params.meter] >= params.min && context.meters[params.meter] < params.max,
    'walksOut?': ({ context }) => context.meters.anger >= context.limits.walkOut,
    'asksForManager?': ({ context }) =>
      context.meters.anger >= context.limits.escalateAnger && context.meters.trust <= context.limits.escalateTrust,
    'businessLost?': ({ event }) =>
      event.type === 'conclude' && (event.conclusion.policyBroken || event.conclusion.falsePromise),
    'satisfied?': ({ context, event }) =>
      event.type === 'conclude' &&
      event.conclusion.solved &&
      context.meters.anger < 40 &&
      context.meters.trust >= 50 &&
      (context.archetype !== 'confused' || context.meters.confusion < 40) &&
      (context.archetype !== 'mistaken' || context.meters.belief < 50),
    'handled?': ({ context, event }) =>
      event.type === 'conclude' && (event.conclusion.solved || context.meters.anger < 40),
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
      always: [
        { guard: 'walksOut?', target: 'walked-out' },
        { guard: 'asksForManager?', target: 'escalated' },
      ],
      on: {
        feel: { actions: 'feel' },
        conclude: [
          { guard: 'businessLost?', target: 'business-lost' },
          { guard: 'satisfied?', target: 'satisfied' },
          { guard: 'handled?', target: 'grudging' },
          { target: 'escalated' },
        ],
        'run-out-of-patience': { target: 'walked-out' },
      },
      states: {
        anger: moodRegion('anger'),
        confusion: moodRegion('confusion'),
        belief: moodRegion('belief'),
      },
    },
    satisfied: { type: 'final' },
    grudging: { type: 'final' },
    'business-lost': { type: 'final' },
    escalated: { type: 'final' },
    'walked-out': { type: 'final' },
  },
});

export type CustomerSnapshot = SnapshotFrom<typeof customerMachine>;


/**
 * The scope `transition` would build: xstate's `transition()` creates a throwaway actor on every
 * call (about half the cost of a step). The machine has no children, delays or side effects, so
 * one inert scope serves every step; tests check this gives exactly what `transition()` gives.
 */
const inertScope = (() => {
  const self = createActor(customerMachine, { input: { archetype: 'angry', traits: [] } });
  return {
    self,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    system: self.system,
    emit: () => {},
    actionExecutor: () => {},
  } as unknown as Parameters<typeof customerMachine.transition>[2];
})();

export function startCustomer(input: CustomerInput): CustomerSnapshot {
  return customerMachine.getInitialSnapshot(inertScope, input);
}

/** The same start through xstate's own pure `initialTransition()`, for tests to compare against. */
export function startCustomerReference(input: CustomerInput): CustomerSnapshot {
  return initialTransition(customerMachine, input)[0];
}

export function stepCustomer(snapshot: CustomerSnapshot, event: CustomerEvent): CustomerSnapshot {
  return customerMachine.transition(snapshot, event, inertScope);
}

/** The same step through xstate's own pure `transition()`, for tests to compare against. */
export function stepCustomerReference(snapshot: CustomerSnapshot, event: CustomerEvent): CustomerSnapshot {
  return transition(customerMachine, snapshot, event)[0];
}

/** The customer's moods while talking, or the outcome once the conversation is over. */
export function readCustomer(snapshot: CustomerSnapshot): {
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

function moodsOf(meters: Meters) {
  return { anger: moodFor('anger', meters.anger), confusion: moodFor('confusion', meters.confusion), belief: moodFor('belief', meters.belief) };
}

/** A JSON form of the snapshot, and back. */
export function persistCustomer(snapshot: CustomerSnapshot): unknown {
  return customerMachine.getPersistedSnapshot(snapshot);
}

export function restoreCustomer(persisted: { value: unknown; context: CustomerContext }): CustomerSnapshot {
  return customerMachine.resolveState({ value: persisted.value as never, context: persisted.context });
}
