import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { assign, createActor, setup } from 'xstate';
import { customerMachine, startCustomer, stepCustomer, type CustomerEvent } from '../../src/core/customer.ts';
import { compileMachine } from '../../src/core/machineStep.ts';
import { breathe, choose, currentBeat, isOver, startSession, type Session } from '../../src/core/session.ts';
import { loadScenario } from '../../src/core/load.ts';
import { ARCHETYPES, TRAITS } from '../../src/core/vocabulary.ts';

const delta = fc.integer({ min: -40, max: 40 });
const event: fc.Arbitrary<CustomerEvent> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ anger: delta, trust: delta, confusion: delta, belief: delta, loyalty: delta, composure: delta }, { requiredKeys: [] }).map((deltas) => ({ type: 'feel' as const, deltas })) },
  { weight: 1, arbitrary: fc.record({ solved: fc.boolean(), policyBroken: fc.boolean(), falsePromise: fc.boolean() }).map((conclusion) => ({ type: 'conclude' as const, conclusion })) },
  { weight: 1, arbitrary: fc.constant({ type: 'run-out-of-patience' as const }) },
);

describe('the customer machine compiled to a step', () => {
  it('agrees with a running xstate actor of the same machine on every event', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ARCHETYPES), fc.subarray([...TRAITS]), fc.array(event, { maxLength: 16 }), (archetype, traits, events) => {
        const actor = createActor(customerMachine, { input: { archetype, traits } }).start();
        actor.send({ type: 'feel', deltas: {} });
        let state = startCustomer({ archetype, traits });
        for (const e of [undefined, ...events]) {
          // A stopped actor only warns about further events; the step's own tests cover a done machine.
          if (actor.getSnapshot().status !== 'active') break;
          if (e) {
            actor.send(e);
            state = stepCustomer(state, e);
          }
          const live = actor.getSnapshot();
          expect(state.value).toEqual(live.value);
          expect(state.context).toEqual(live.context);
          expect(state.status).toBe(live.status);
        }
        actor.stop();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a machine that does what the step cannot (entry actions, eventless transitions)', () => {
    const withEntry = setup({ actions: { note: () => {} } }).createMachine({ initial: 'a', states: { a: { entry: 'note' } } });
    expect(() => compileMachine(withEntry)).toThrow(/does not do/);
    const eventless = setup({}).createMachine({ initial: 'a', states: { a: { always: 'b' }, b: {} } });
    expect(() => compileMachine(eventless)).toThrow(/does not do/);
  });

  it('follows xstate on a machine with parent transitions, a region that preempts and actions in order', () => {
    type Ctx = { log: string[] };
    type Ev = { type: 'go'; n: number } | { type: 'stop' };
    const machine = setup({
      types: { context: {} as Ctx, events: {} as Ev },
      guards: { big: ({ event }) => event.type === 'go' && event.n > 5, odd: ({ event }, p: { k: number }) => event.type === 'go' && event.n % p.k === 1 },
      actions: {
        a: assign({ log: ({ context }) => [...context.log, 'a'] }),
        b: assign({ log: ({ context }) => [...context.log, 'b'] }),
      },
    }).createMachine({
      context: { log: [] },
      initial: 'on',
      states: {
        on: {
          type: 'parallel',
          on: { go: { target: 'off', actions: 'b' }, stop: 'off' },
          states: {
            x: { initial: 'x1', states: { x1: { on: { go: [{ guard: 'big', target: '#m.off', actions: 'a' }, { guard: { type: 'odd', params: { k: 2 } }, target: 'x2', actions: 'a' }] } }, x2: { on: { go: { actions: 'b' } } } } },
            y: { initial: 'y1', states: { y1: { on: { go: { guard: { type: 'odd', params: { k: 3 } }, target: 'y2', actions: 'b' } } }, y2: {} } },
          },
        },
        off: { type: 'final' },
      },
      id: 'm',
    });
    const compiled = compileMachine<Ctx, Ev, undefined>(machine);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }).map((n): Ev => ({ type: 'go', n })), fc.constant<Ev>({ type: 'stop' })), { maxLength: 8 }), (events) => {
        const actor = createActor(machine).start();
        let state = compiled.initial(undefined);
        for (const e of events) {
          if (actor.getSnapshot().status !== 'active') break;
          actor.send(e);
          state = compiled.step(state, e);
          const live = actor.getSnapshot();
          expect([state.value, state.context, state.status]).toEqual([live.value, live.context, live.status]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const dir = new URL('../../scenarios/', import.meta.url);
const shipped = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'tracks.yaml').sort();

/** Everything of a session but the customer's object itself, which is compared by its parts. */
const parts = (s: Session) => {
  const { customer, scenario: _, ...rest } = s;
  return { value: customer.value, context: customer.context, status: customer.status, ...rest };
};

describe('sessions stepped by the compiled machine', () => {
  it.each(shipped)('%s: agree with sessions stepped by xstate\'s transition() on every state of random plays', (file) => {
    const scenario = loadScenario(readFileSync(new URL(file, dir), 'utf8'), file).scenario!;
    expect(scenario).toBeDefined();
    // A move is a reply (scaled to the beat's options) or, one time in eight, a breath.
    const move = fc.oneof({ weight: 7, arbitrary: fc.nat(99) }, { weight: 1, arbitrary: fc.constant(-1) });
    fc.assert(
      fc.property(fc.array(move, { minLength: 40, maxLength: 40 }), fc.boolean(), (moves, record) => {
        let fast = startSession(scenario, { record });
        let reference = startSession(scenario, { record, reference: true });
        expect(parts(fast)).toEqual({ ...parts(reference), options: fast.options });
        for (const m of moves) {
          if (isOver(fast)) break;
          const beat = currentBeat(fast)!;
          fast = m < 0 ? breathe(fast) : choose(fast, m % beat.options.length);
          reference = m < 0 ? breathe(reference) : choose(reference, m % beat.options.length);
          expect(parts(fast)).toEqual({ ...parts(reference), options: fast.options });
        }
        expect(isOver(reference)).toBe(isOver(fast));
      }),
      { numRuns: 40 },
    );
  });
});
