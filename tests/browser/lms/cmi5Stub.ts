/**
 * The cmi5 launch stub, the LMS's part that the LRS lacks: it records the `launched` statement,
 * answers the one-time fetch URL with an auth token, serves LMS.LaunchData (and keeps other
 * State documents, Sabr's resume state among them) in memory, checks the token on every xAPI
 * call, and proxies statements to the real LRS. For plain-xAPI launches it also stands at /lrs/
 * in front of the LRS with the LRS's own credentials, adding the State API that xapi-statements
 * lacks (as a full LRS has), so the resume of a plain launch is tested against the same LRS.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { forward, readBody } from './proxy.ts';
import { LRS_AUTH, type Lrs } from './lrs.ts';

export const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const PUBLISHER = 'https://sabr.test/course/publisher-id';

interface Launch {
  token: string;
  fetched: boolean;
  registration: string;
  launchData: Record<string, unknown>;
}

export function cmi5Stub(lrs: Lrs) {
  const launches = new Map<string, Launch>();
  const states = new Map<string, string>();
  const tokens = new Set<string>();

  /** Creates a launch as an LMS would, records `launched`, and returns the AU's launch URL query. */
  async function launch(o: { base: string; au: string; actor: object; masteryScore?: number; launchMode?: string; registration?: string }): Promise<{ query: string; registration: string; sessionId: string }> {
    const id = randomUUID();
    const registration = o.registration ?? randomUUID();
    const sessionId = randomUUID();
    const contextTemplate = { contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER }] }, extensions: { [SESSION_EXT]: sessionId } };
    const launchData = { contextTemplate, launchMode: o.launchMode ?? 'Normal', moveOn: 'CompletedAndPassed', ...(o.masteryScore !== undefined ? { masteryScore: o.masteryScore } : {}) };
    launches.set(id, { token: Buffer.from(`au:${id}`).toString('base64'), fetched: false, registration, launchData });
    states.set(`LMS.LaunchData|${o.au}|${registration}`, JSON.stringify(launchData));
    const launched = {
      actor: o.actor, verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
      object: { objectType: 'Activity', id: o.au },
      context: { ...contextTemplate, registration, contextActivities: { ...contextTemplate.contextActivities, category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] }, extensions: { ...contextTemplate.extensions, 'https://w3id.org/xapi/cmi5/context/extensions/launchmode': launchData.launchMode, 'https://w3id.org/xapi/cmi5/context/extensions/moveon': 'CompletedAndPassed' } },
      timestamp: new Date().toISOString(),
    };
    const r = await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: { Authorization: LRS_AUTH, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(launched) });
    if (!r.ok) throw new Error(`launched refused: ${await r.text()}`);
    const query = new URLSearchParams({ endpoint: `${o.base}/xapi/`, fetch: `${o.base}/fetch/${id}`, actor: JSON.stringify(o.actor), registration, activityId: o.au });
    return { query: query.toString(), registration, sessionId };
  }

  /** The xAPI resources behind `prefix`: State API here, everything else from the LRS. */
  async function xapi(req: IncomingMessage, res: ServerResponse, url: URL, prefix: string): Promise<void> {
    const resource = url.pathname.slice(prefix.length);
    if (resource === 'activities/state') {
      const key = `${url.searchParams.get('stateId')}|${url.searchParams.get('activityId')}|${url.searchParams.get('registration')}`;
      if (req.method === 'GET') {
        const doc = states.get(key);
        if (doc === undefined) res.writeHead(404).end();
        else res.writeHead(200, { 'Content-Type': 'application/json' }).end(doc);
      } else if (url.searchParams.get('stateId') === 'LMS.LaunchData') res.writeHead(403).end('The AU must not change LMS.LaunchData.');
      else {
        states.set(key, await readBody(req));
        res.writeHead(204).end();
      }
      return;
    }
    if (resource === 'agents/profile') return void res.writeHead(404).end();
    await forward(req, res, `${lrs.endpoint}${resource}${url.search}`, LRS_AUTH);
  }

  /** Handles /fetch/*, /xapi/* (cmi5, with the launch's token) and /lrs/* (plain xAPI); false for other paths. */
  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (req.method === 'POST' && url.pathname.startsWith('/fetch/')) {
      const l = launches.get(url.pathname.slice('/fetch/'.length));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      if (!l || l.fetched) res.end(JSON.stringify({ 'error-code': '1', 'error-text': 'Already in use' }));
      else {
        l.fetched = true;
        tokens.add(l.token);
        res.end(JSON.stringify({ 'auth-token': l.token }));
      }
      return true;
    }
    if (url.pathname.startsWith('/lrs/')) {
      if (req.headers.authorization !== LRS_AUTH) return void res.writeHead(401).end('wrong credentials'), true;
      await xapi(req, res, url, '/lrs/');
      return true;
    }
    if (!url.pathname.startsWith('/xapi/')) return false;
    const token = (req.headers.authorization ?? '').replace(/^Basic /, '');
    if (!tokens.has(token)) return void res.writeHead(401).end('unknown token'), true;
    await xapi(req, res, url, '/xapi/');
    return true;
  }

  return { launch, handle, state: (stateId: string, au: string, registration: string) => states.get(`${stateId}|${au}|${registration}`) };
}
