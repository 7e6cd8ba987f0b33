/**
 * Talking to an LRS through `@xapi/xapi`, with a fetch adapter that keeps the HTTP status (the
 * library's own fetch adapter drops it), so the queue can tell "try later" from "refused".
 */
import XAPI, { type Statement } from '@xapi/xapi';
import type { SendOutcome, Target } from './queue.ts';

/** An HTTP answer that was not 2xx. */
export class LrsError extends Error {
  constructor(readonly status: number, readonly body: string) {
    super(`LRS answered ${status}: ${body.slice(0, 300)}`);
  }
}

type Adapter = Extract<NonNullable<ConstructorParameters<typeof XAPI>[0]['adapter']>, Function>;

const fetchAdapter: Adapter = async ({ url, method, data, headers }) => {
  const body = data === undefined ? undefined : headers?.['Content-Type'] === 'application/json' ? JSON.stringify(data) : data;
  const response = await fetch(url, { method, body, headers });
  const text = await response.text();
  if (!response.ok) throw new LrsError(response.status, text);
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (an empty 204): keep the text.
  }
  return { data: parsed as never, headers: Object.fromEntries(response.headers.entries()), status: response.status };
};

/** An `@xapi/xapi` client for one LRS. */
export function lrsClient(target: Target): XAPI {
  return new XAPI({ endpoint: target.endpoint, auth: target.auth, adapter: fetchAdapter });
}

/** Sends statements in one request and says what the queue should do next. */
export async function sendStatements(target: Target, statements: Statement[]): Promise<SendOutcome> {
  try {
    await lrsClient(target).sendStatements({ statements });
    return { kind: 'stored' };
  } catch (e) {
    if (!(e instanceof LrsError)) return { kind: 'retry', reason: String(e) };
    if (e.status === 400) return { kind: 'refused', reason: e.message };
    if (e.status === 409) return { kind: 'conflict', reason: e.message };
    return { kind: 'retry', reason: e.message };
  }
}

/** `Basic base64(key:secret)`. */
export function basicAuth(key: string, secret: string): string {
  return XAPI.toBasicAuth(key, secret);
}

/** Sends statements with fetch keepalive, so the request outlives a closing page; no answer is read. */
export function sendOnExit(target: Target, statements: Statement[]): void {
  const url = `${target.endpoint.endsWith('/') ? target.endpoint : `${target.endpoint}/`}statements`;
  void fetch(url, {
    method: 'POST',
    keepalive: true,
    headers: { Authorization: target.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body: JSON.stringify(statements),
  }).catch(() => undefined);
}
