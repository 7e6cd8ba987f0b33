/**
 * Starting the xAPI adapters. cmi5: @xapi/cmi5 reads the launch parameters, POSTs the one-time
 * fetch URL for the auth token, reads LMS.LaunchData (context template, launch mode, mastery)
 * and builds the cmi5-defined statements, which are diverted into our queue instead of being
 * sent directly. Plain xAPI: endpoint, auth, actor and registration from the launch URL (the
 * common "Tin Can launch" convention) or from sabr.config.json.
 */
import Cmi5 from '@xapi/cmi5';
import type { Actor, Statement } from '@xapi/xapi';
import type { LaunchConfig } from '../config.ts';
import { parseLedger } from '../ledger.ts';
import { SABR_IRI, STATE_ID } from '../profile.ts';
import { StatementQueue, type Target } from '../queue.ts';
import { lrsClient, sendOnExit, sendStatements } from '../lrs.ts';
import { uuidV4, type RandomBytes } from '../uuid.ts';
import type { StatementBase } from './statements.ts';
import { plainStatements, XapiPort, xapiScore, type DefinedStatements, type StateStore } from './xapiPort.ts';

export interface XapiEnv {
  window: Window;
  now: () => Date;
  random: RandomBytes;
  store: Pick<Storage, 'getItem' | 'setItem'>;
}

/** One queue per page: statements of every launch, in order, kept in localStorage. */
export function pageQueue(env: XapiEnv): StatementQueue {
  const q = new StatementQueue({
    store: env.store,
    send: sendStatements,
    sendOnExit,
    schedule: (fn, ms) => void env.window.setTimeout(fn, ms),
    random: () => env.random(new Uint8Array(1))[0]! / 256,
  });
  env.window.addEventListener('online', () => q.flush());
  q.flush();
  return q;
}

function stateStore(target: Target, base: StatementBase, registration: string | undefined): StateStore {
  const client = lrsClient(target);
  const where = { agent: base.actor as never, activityId: base.activityId, stateId: STATE_ID, ...(registration ? { registration } : {}) };
  return {
    load: async () => {
      try {
        const doc = (await client.getState(where)).data as unknown;
        return typeof doc === 'string' ? doc : JSON.stringify(doc);
      } catch {
        return undefined;
      }
    },
    // Resume is a convenience: an LRS without a State API only loses that.
    save: (text) => void client.setState({ ...where, state: JSON.parse(text) as never }).catch(() => undefined),
  };
}

/** Statements @xapi/cmi5 builds are handed to `sink` instead of being sent. */
class DivertedCmi5 extends Cmi5 {
  sink: (s: Statement) => void = () => undefined;
  // @xapi/cmi5 carries its own copy of @xapi/xapi's types (2.x): the shapes agree, the names do not.
  override sendXapiStatement(...[statement, options]: Parameters<Cmi5['sendXapiStatement']>): never {
    const s = (options?.transform ? options.transform(statement) : statement) as unknown as Statement;
    this.sink(s);
    return Promise.resolve({ data: [s.id], status: 200, statusText: 'queued', headers: {}, config: {} }) as never;
  }
}

export async function launchCmi5(env: XapiEnv, scenario: string, fallbackMastery: number, queue: StatementQueue): Promise<XapiPort> {
  const cmi5 = new DivertedCmi5();
  const params = cmi5.getLaunchParameters();
  const built: Statement[] = [];
  cmi5.sink = (s) => built.push(s);
  // The fetch URL works once: a reload after `terminated` gets the LMS's error, and the game
  // then runs locally rather than report out of order.
  await cmi5.initialize();
  const data = cmi5.getLaunchData();
  const target: Target = { endpoint: params.endpoint, auth: `Basic ${cmi5.getAuthToken()}` };
  const base: StatementBase = { actor: params.actor as Actor, activityId: params.activityId, context: { ...(structuredClone(data.contextTemplate) as StatementBase['context']), registration: params.registration } };
  const take = (make: () => unknown): Statement => {
    built.length = 0;
    make();
    return built[0]!;
  };
  const defined: DefinedStatements = {
    initialized: () => built.shift()!,
    completed: () => take(() => cmi5.complete()),
    passed: (s) => take(() => cmi5.pass(xapiScore(s))),
    failed: (s) => take(() => cmi5.fail(xapiScore(s))),
    terminated: () => take(() => cmi5.terminate()),
  };
  const state = stateStore(target, base, params.registration);
  const mastery = data.masteryScore !== undefined ? Math.round(data.masteryScore * 10000) / 100 : fallbackMastery;
  return new XapiPort({
    queue, target, base, scenario, mastery, defined, state,
    judged: data.launchMode === 'Normal',
    newId: () => uuidV4(env.random),
    now: env.now,
    ledger: parseLedger(await state.load()),
  });
}

/** Whether the launch URL carries cmi5's five parameters. */
export const isCmi5Launch = (search: string) => ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((p) => new URLSearchParams(search).has(p));

/** Plain xAPI from the launch URL (endpoint, auth, actor, registration, activity_id) or the config. */
export async function launchPlainXapi(env: XapiEnv, scenario: string, mastery: number, config: LaunchConfig, queue: StatementQueue): Promise<XapiPort | undefined> {
  const q = new URLSearchParams(env.window.location.search);
  const endpoint = q.get('endpoint') ?? config.xapi?.endpoint;
  const auth = q.get('auth') ?? config.xapi?.auth;
  if (!endpoint || !auth) return undefined;
  const actor = (q.get('actor') ? (JSON.parse(q.get('actor')!) as Actor) : config.xapi?.actor) ?? anonymous(env);
  const registration = q.get('registration') ?? undefined;
  const activityId = q.get('activity_id') ?? `${SABR_IRI}scenario/${encodeURIComponent(scenario)}`;
  const target: Target = { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, auth: auth.startsWith('Basic ') ? auth : `Basic ${auth}` };
  const base: StatementBase = { actor: normalizeActor(actor), activityId, context: registration ? { registration } : {} };
  const now = env.now;
  const newId = () => uuidV4(env.random);
  const state = stateStore(target, base, registration);
  return new XapiPort({
    queue, target, base, scenario, mastery, state, newId, now,
    judged: true,
    defined: plainStatements(base, newId, now, now()),
    ledger: parseLedger(await state.load()),
  });
}

/** Tin Can launches send actor names as arrays (`{"name":["A"],"mbox":["mailto:a@b"]}`); xAPI wants single values. */
function normalizeActor(actor: Actor): Actor {
  const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const a = actor as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { objectType: 'Agent' };
  for (const k of ['name', 'mbox', 'mbox_sha1sum', 'openid', 'account']) if (a[k] !== undefined) out[k] = one(a[k]);
  return out as unknown as Actor;
}

/** A learner nobody named: a stable random account in this browser. */
function anonymous(env: XapiEnv): Actor {
  let id = env.store.getItem('sabr.report.learner');
  if (!id) {
    id = uuidV4(env.random);
    env.store.setItem('sabr.report.learner', id);
  }
  return { objectType: 'Agent', account: { homePage: env.window.location.origin, name: id } };
}

