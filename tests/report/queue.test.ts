/**
 * The statement queue: order, retry with backoff, deduplication by id, refused statements kept,
 * and nothing lost across a reload (a new queue on the same storage).
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '@xapi/xapi';
import { StatementQueue, type QueueStore, type SendOutcome, type Target } from '../../src/report/queue.ts';
import { seededBytes, uuidV4 } from '../../src/report/uuid.ts';

const target: Target = { endpoint: 'http://lrs.test/xAPI/', auth: 'Basic a2V5OnNlY3JldA==' };

function memoryStore(): QueueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function statement(id: string, n: number): Statement {
  return { id, actor: { mbox: 'mailto:t@example.org' }, verb: { id: 'http://adlnet.gov/expapi/verbs/answered' }, object: { id: `https://sabr.example/turn/${n}` } };
}

/** An LRS stand-in for queue logic only: answers from a script, records what arrived. */
function lrs(script: (n: number, batch: Statement[]) => SendOutcome) {
  const stored: string[] = [];
  const calls: string[][] = [];
  const send = async (_t: Target, batch: Statement[]) => {
    calls.push(batch.map((s) => s.id!));
    const outcome = script(calls.length, batch);
    if (outcome.kind === 'stored') stored.push(...batch.map((s) => s.id!).filter((id) => !stored.includes(id)));
    return outcome;
  };
  return { stored, calls, send };
}

function clock() {
  const timers: { fn: () => void; ms: number }[] = [];
  return { timers, schedule: (fn: () => void, ms: number) => void timers.push({ fn, ms }), fire: () => timers.shift()?.fn() };
}

const ids = (n: number, seed = 1) => {
  const random = seededBytes(seed);
  return Array.from({ length: n }, () => uuidV4(random));
};

describe('statement queue', () => {
  it('makes version-4 UUIDs, the same ones for the same seed', () => {
    const a = ids(3, 7);
    expect(a).toEqual(ids(3, 7));
    expect(new Set(a).size).toBe(3);
    for (const id of a) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sends in the order queued, in batches, and empties the stored queue', async () => {
    const store = memoryStore();
    const server = lrs(() => ({ kind: 'stored' }));
    const q = new StatementQueue({ store, send: server.send, schedule: clock().schedule, random: () => 0.5, batch: 2 });
    const list = ids(5);
    list.forEach((id, i) => q.enqueue(target, statement(id, i)));
    await q.drained();
    expect(server.stored).toEqual(list);
    expect(server.calls.every((c) => c.length <= 2)).toBe(true);
    expect(q.entries()).toEqual([]);
  });

  it('retries with growing, jittered delays while the LRS is down, then sends everything once, in order', async () => {
    const store = memoryStore();
    let up = false;
    const server = lrs(() => (up ? { kind: 'stored' } : { kind: 'retry', reason: 'offline' }));
    const c = clock();
    const q = new StatementQueue({ store, send: server.send, schedule: c.schedule, random: () => 0.5, backoff: { first: 100, max: 1000 } });
    const list = ids(4);
    for (const [i, id] of list.entries()) q.enqueue(target, statement(id, i));
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 0));
      c.fire();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(server.stored).toEqual([]);
    expect(q.lastProblem).toBe('offline');
    up = true;
    const done = q.drained();
    c.fire();
    await done;
    expect(server.stored).toEqual(list);
    expect(q.entries()).toEqual([]);
  });

  it('doubles the delay up to the maximum', async () => {
    const delays: number[] = [];
    const server = lrs(() => ({ kind: 'retry', reason: '503' }));
    let pending: (() => void) | undefined;
    const q = new StatementQueue({ store: memoryStore(), send: server.send, random: () => 0.5, backoff: { first: 100, max: 500 }, schedule: (fn, ms) => { delays.push(ms); pending = fn; } });
    q.enqueue(target, statement(ids(1)[0]!, 0));
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 0));
      pending?.();
    }
    await new Promise((r) => setTimeout(r, 0));
    expect(delays.slice(0, 5)).toEqual([100, 200, 400, 500, 500]);
  });

  it('queues an id once, however often it is enqueued', async () => {
    const server = lrs(() => ({ kind: 'retry', reason: 'down' }));
    const q = new StatementQueue({ store: memoryStore(), send: server.send, schedule: () => undefined, random: () => 0 });
    const [id] = ids(1);
    q.enqueue(target, statement(id!, 0));
    q.enqueue(target, statement(id!, 0));
    expect(q.entries().map((e) => e.id)).toEqual([id]);
  });

  it('loses nothing across a reload: a new queue on the same storage sends what the closed page left', async () => {
    const store = memoryStore();
    const down = lrs(() => ({ kind: 'retry', reason: 'offline' }));
    const first = new StatementQueue({ store, send: down.send, schedule: () => undefined, random: () => 0 });
    const list = ids(3);
    list.forEach((id, i) => first.enqueue(target, statement(id, i)));
    await new Promise((r) => setTimeout(r, 0));
    const up = lrs(() => ({ kind: 'stored' }));
    const second = new StatementQueue({ store, send: up.send, schedule: () => undefined, random: () => 0 });
    expect(second.entries().map((e) => e.id)).toEqual(list);
    second.flush();
    await second.drained();
    expect(up.stored).toEqual(list);
  });

  it('keeps a statement the LRS refuses aside with its reason, and still sends the others in order', async () => {
    const list = ids(3);
    const bad = list[1]!;
    const server = lrs((_n, batch) => (batch.some((s) => s.id === bad) ? { kind: 'refused', reason: 'verb.id is not an IRI' } : { kind: 'stored' }));
    const q = new StatementQueue({ store: memoryStore(), send: server.send, schedule: () => undefined, random: () => 0 });
    list.forEach((id, i) => q.enqueue(target, statement(id, i)));
    await q.drained();
    expect(server.stored).toEqual([list[0], list[2]]);
    expect(q.refused().map((r) => [r.entry.id, r.reason])).toEqual([[bad, 'verb.id is not an IRI']]);
  });

  it('counts an id the LRS already holds (409) as sent', async () => {
    const server = lrs(() => ({ kind: 'conflict', reason: '409' }));
    const q = new StatementQueue({ store: memoryStore(), send: server.send, schedule: () => undefined, random: () => 0 });
    q.enqueue(target, statement(ids(1)[0]!, 0));
    await q.drained();
    expect(q.entries()).toEqual([]);
    expect(q.refused()).toEqual([]);
  });
});
