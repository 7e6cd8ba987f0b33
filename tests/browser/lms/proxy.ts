/** Forwards a request to the LRS and the LRS's answer back (for the cmi5 stub and the gate). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

export async function forward(req: IncomingMessage, res: ServerResponse, target: string, auth: string, body?: string): Promise<void> {
  const headers: Record<string, string> = { Authorization: auth, 'X-Experience-API-Version': '1.0.3' };
  if (req.headers['content-type']) headers['Content-Type'] = req.headers['content-type'];
  const method = req.method ?? 'GET';
  try {
    const r = await fetch(target, { method, headers, ...(method === 'GET' || method === 'HEAD' ? {} : { body: body ?? (await readBody(req)) }) });
    const text = await r.text();
    res.writeHead(r.status, { 'Content-Type': r.headers.get('content-type') ?? 'application/json', 'X-Experience-API-Version': '1.0.3' }).end(text);
  } catch (e) {
    res.writeHead(502, { 'Content-Type': 'text/plain' }).end(`LRS unreachable: ${String(e)}`);
  }
}
