/**
 * The app over HTTP for an ordinary browser (and the end-to-end tests): the built renderer as
 * static files, and the API as `POST /api/<method>` with a JSON request, answered with the
 * same replies the Electron bridge gives. Listens on the loopback address only, and answers only
 * requests addressed to it by a loopback name (no DNS rebinding) with a JSON body (no cross-site
 * form posts). Every API request carries the secret made at this start (`X-Banmian-Token`): the
 * address `serve` prints hands it to the window in its fragment (`#token=…`, never sent over the
 * wire), so another user or process of the machine that can reach the port still cannot read or
 * change the issue; a request from a page of another origin is refused too.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { callerOf, dispatch, dispatchJson, errorMessage, type ApiHandler, type JsonApiHandler } from '../api/dispatch.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
const MAX_BODY = 64 * 1024 * 1024;
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export interface AppServer {
  /** The address to open, with this start's secret in its fragment. */
  url: string;
  /** The secret every API request must carry in the `X-Banmian-Token` header. */
  token: string;
  close(): Promise<void>;
}

/** The header an API request carries this start's secret in. */
const TOKEN_HEADER = 'x-banmian-token';
/** The header naming the window a request comes from (the app's windows send it; a script does not). */
const WINDOW_HEADER = 'x-banmian-window';

/** The API as objects (tests, a session in this thread), or as JSON text (the session worker's, sent on unchanged). */
export async function startAppServer(api: ApiHandler | JsonApiHandler, opts: { port?: number; staticDir: string }): Promise<AppServer> {
  const token = randomBytes(24).toString('base64url');
  const server: Server = createServer((req, res) => {
    handle(api, opts.staticDir, token, req, res).catch((err: unknown) => send(res, 500, { ok: false, error: errorMessage(err) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function handle(api: ApiHandler | JsonApiHandler, staticDir: string, token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!LOOPBACK_HOST.test(req.headers.host ?? '')) return send(res, 403, { ok: false, error: 'only local requests are served' });
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host}`) return send(res, 403, { ok: false, error: 'only the app’s own pages may call it' });
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(res, 400, { ok: false, error: 'a malformed address' });
  }
  if (path.startsWith('/api/')) {
    if (!carries(req.headers[TOKEN_HEADER], token)) return send(res, 401, { ok: false, error: '未获授权：请打开 banmian serve 打印的地址（含 #token=…）' });
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: 'use POST' });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, { ok: false, error: 'send JSON (Content-Type: application/json)' });
    let params: unknown;
    try {
      params = JSON.parse((await readBody(req)) || '{}');
    } catch (err) {
      return send(res, 400, { ok: false, error: `the request is not JSON: ${(err as Error).message}` });
    }
    try {
      const window = req.headers[WINDOW_HEADER];
      const caller = window === undefined ? undefined : callerOf(window);
      if (typeof api !== 'function') return send(res, 200, { ok: true, result: await dispatch(api, path.slice(5), params, caller) });
      const json = await dispatchJson(api, path.slice(5), params, caller);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end(`{"ok":true,"result":${json}}`);
    } catch (err) {
      return send(res, 400, { ok: false, error: errorMessage(err) });
    }
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: 'use GET' });
  const file = normalize(join(staticDir, path === '/' ? 'index.html' : path));
  if (!file.startsWith(normalize(staticDir) + sep)) return send(res, 404, { ok: false, error: 'not found' });
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return send(res, 404, { ok: false, error: 'not found' });
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Whether a request's header holds the secret (compared in constant time). */
function carries(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string' || header.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(header), Buffer.from(token));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('the request is too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, reply: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(reply));
}
