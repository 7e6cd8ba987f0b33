import { createActor, transition } from 'xstate';
import { customerMachine, startCustomer, stepCustomer } from '../src/core/customer';
const input = { archetype: 'angry' as const, traits: [] as any[] };
const s0 = startCustomer(input);
const N = 20000;
function time(name: string, f: () => void) {
  for (let i = 0; i < 2000; i++) f();
  const t = performance.now();
  for (let i = 0; i < N; i++) f();
  const us = (performance.now() - t) / N * 1000;
  console.log(name.padEnd(50), us.toFixed(2), 'µs/call');
}
let thrown = 0;
try { createActor(customerMachine as any); } catch {}
const probe = createActor(customerMachine as any) as any;
console.log('inert actor snapshot status when built without input:', probe.getSnapshot().status, String(probe.getSnapshot().error).slice(0, 80));
const ev = { type: 'feel' as const, deltas: { anger: -3, composure: -7 } };
time('stepCustomer (xstate transition())', () => { stepCustomer(s0, ev); });
const scopeActor = createActor(customerMachine, { input }) as any;
const scope = { ...scopeActor._actorScope, actionExecutor: () => {} };
time('machine.transition with a cached actor scope', () => { (customerMachine as any).transition(s0, ev, scope); });
time('createActor(customerMachine) alone (inert scope cost)', () => { createActor(customerMachine as any); });
time('new Error() (stack capture)', () => { try { (undefined as any).x; } catch (e) { thrown++; } });
// Plain reducer: what the machine computes for `feel`.
const clamp = (v: number) => (v < 0 ? 0 : v > 100 ? 100 : v);
const METERS = ['anger', 'trust', 'confusion', 'belief', 'loyalty', 'composure'] as const;
const m0 = { ...s0.context.meters };
time('plain reducer (clamp 6 meters + 3 mood lookups)', () => {
  const next = { ...m0 } as any;
  for (const m of METERS) next[m] = clamp(next[m] + ((ev.deltas as any)[m] ?? 0));
  const a = next.anger >= 80 ? 'furious' : next.anger >= 60 ? 'angry' : 'upset';
  const out = next.anger >= 100 ? 'walked-out' : undefined;
  if (a === out) thrown++;
});
const r1 = stepCustomer(s0, ev); const r2 = (customerMachine as any).transition(s0, ev, scope);
console.log('same result:', JSON.stringify(r1.value) === JSON.stringify(r2.value) && JSON.stringify(r1.context) === JSON.stringify(r2.context));
