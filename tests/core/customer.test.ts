import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { limitsFor, readCustomer, startCustomer, startCustomerReference, stepCustomer, stepCustomerReference, type CustomerEvent } from '../../src/core/customer.ts';
import { ARCHETYPES, METERS, moodFor, TRAITS } from '../../src/core/vocabulary.ts';

const delta = fc.integer({ min: -30, max: 30 });
const event: fc.Arbitrary<CustomerEvent> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ anger: delta, trust: delta, confusion: delta, belief: delta, loyalty: delta, composure: delta }).map((deltas) => ({ type: 'feel' as const, deltas })) },
  { weight: 1, arbitrary: fc.record({ solved: fc.boolean(), policyBroken: fc.boolean(), falsePromise: fc.boolean() }).map((conclusion) => ({ type: 'conclude' as const, conclusion })) },
  { weight: 1, arbitrary: fc.constant({ type: 'run-out-of-patience' as const }) },
);

describe('the customer machine', () => {
  it('starts and steps exactly as xstate\'s pure initialTransition() and transition() do', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ARCHETYPES), fc.subarray([...TRAITS]), fc.array(event, { maxLength: 12 }), (archetype, traits, events) => {
        let fast = startCustomer({ archetype, traits });
        let reference = startCustomerReference({ archetype, traits });
        expect(fast.value).toEqual(reference.value);
        expect(fast.context).toEqual(reference.context);
        for (const e of events) {
          fast = stepCustomer(fast, e);
          reference = stepCustomerReference(reference, e);
          expect(fast.value).toEqual(reference.value);
          expect(fast.context).toEqual(reference.context);
          expect(fast.status).toBe(reference.status);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every meter within 0–100 and its mood state on the band of its meter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ARCHETYPES), fc.array(event, { maxLength: 12 }), (archetype, events) => {
        let s = startCustomer({ archetype, traits: [] });
        for (const e of events) {
          s = stepCustomer(s, e);
          const state = readCustomer(s);
          for (const m of METERS) expect(state.meters[m]).toBeGreaterThanOrEqual(0);
          for (const m of METERS) expect(state.meters[m]).toBeLessThanOrEqual(100);
          expect(state.anger).toBe(moodFor('anger', state.meters.anger));
          expect(state.confusion).toBe(moodFor('confusion', state.meters.confusion));
          expect(state.belief).toBe(moodFor('belief', state.meters.belief));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with a plain model of the meters: clamped sums, walk-out before escalation, then nothing moves', () => {
    const feel = fc.record({ anger: delta, trust: delta, confusion: delta, belief: delta, loyalty: delta, composure: delta });
    fc.assert(
      fc.property(fc.constantFrom(...ARCHETYPES), fc.subarray([...TRAITS]), fc.array(feel, { maxLength: 15 }), (archetype, traits, feels) => {
        let s = startCustomer({ archetype, traits });
        const limits = limitsFor(traits);
        const model = { ...s.context.meters };
        let outcome: string | undefined;
        for (const deltas of feels) {
          s = stepCustomer(s, { type: 'feel', deltas });
          if (!outcome) {
            for (const m of METERS) model[m] = Math.max(0, Math.min(100, model[m] + deltas[m]));
            if (model.anger >= limits.walkOut) outcome = 'walked-out';
            else if (model.anger >= limits.escalateAnger && model.trust <= limits.escalateTrust) outcome = 'escalated';
          }
          expect(readCustomer(s).meters).toEqual(model);
          expect(readCustomer(s).outcome).toBe(outcome);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('walks out at the limit, earlier when short-fused', () => {
    const push = (traits: ('short-fused' | 'patient')[], anger: number) =>
      readCustomer(stepCustomer(startCustomer({ archetype: 'angry', traits, start: { anger: 50 } }), { type: 'feel', deltas: { anger: anger - 50 } })).outcome;
    expect(push([], 95)).toBeUndefined();
    expect(push(['short-fused'], 95)).toBe('walked-out');
    expect(push([], 100)).toBe('walked-out');
  });

  it('ends in a final state that ignores further events', () => {
    let s = startCustomer({ archetype: 'confused', traits: [] });
    s = stepCustomer(s, { type: 'run-out-of-patience' });
    expect(s.status).toBe('done');
    const after = stepCustomer(s, { type: 'feel', deltas: { anger: -50 } });
    expect(readCustomer(after).outcome).toBe('walked-out');
  });
});
