/** The HTTP face of the API: JSON in and out, one line for every mistake, nothing served to other hosts or outside the app. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rendererDir } from '../../src-main/cli/serve.js';
import { startAppServer, type AppServer } from '../../src-main/transport/http-server.js';
import { DocumentSession } from '../../src-main/session/document-session.js';
import { copySample } from '../helpers/serve.js';

let session: DocumentSession;
let server: AppServer;

beforeAll(async () => {
  session = DocumentSession.open(copySample());
  server = await startAppServer(session.api, { staticDir: rendererDir() });
});
afterAll(async () => {
  await server.close();
  session.close();
});

/** A raw request, so that the Host header and the body can be anything. */
function raw(method: string, path: string, opts: { body?: string; type?: string; host?: string; token?: string | null; origin?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(path, server.url);
  const token = opts.token === undefined ? server.token : opts.token;
  const headers = { Host: opts.host ?? url.host, ...(opts.type ? { 'Content-Type': opts.type } : {}), ...(token !== null ? { 'X-Banmian-Token': token } : {}), ...(opts.origin ? { Origin: opts.origin } : {}) };
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}
const json = { type: 'application/json' };

describe('banmian serve over HTTP', () => {
  test('names its address with this start’s secret in the fragment, which the browser never sends', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
    expect(server.url.endsWith(server.token)).toBe(true);
  });

  test('serves the app with its Content Security Policy, and the API as JSON', async () => {
    const page = await raw('GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const state = JSON.parse((await raw('POST', '/api/getState', { ...json, body: '{}' })).body);
    expect(state).toMatchObject({ ok: true, result: { fileName: 'sample.banmian.json', dirty: false } });
  });

  test.each([
    ['another host (DNS rebinding)', 'POST', '/api/getState', { ...json, body: '{}', host: 'evil.example:80' }, 403, 'only local requests are served'],
    ['a request without the secret (another user of the machine)', 'POST', '/api/getState', { ...json, body: '{}', token: null }, 401, '未获授权'],
    ['a request with a wrong secret', 'POST', '/api/saveAs', { ...json, body: '{"file":"/tmp/x.banmian.json"}', token: 'x'.repeat(32) }, 401, '未获授权'],
    ['a page of another origin', 'POST', '/api/getState', { ...json, body: '{}', origin: 'http://evil.example' }, 403, 'only the app’s own pages may call it'],
    ['a form post', 'POST', '/api/undo', { type: 'application/x-www-form-urlencoded', body: 'a=1' }, 415, 'send JSON'],
    ['a GET of the API', 'GET', '/api/getState', {}, 405, 'use POST'],
    ['a body that is not JSON', 'POST', '/api/getState', { ...json, body: '{' }, 400, 'the request is not JSON'],
    ['an unknown method', 'POST', '/api/deleteEverything', { ...json, body: '{}' }, 400, 'deleteEverything：不是版面接口的方法'],
    ['a bad request', 'POST', '/api/getPage', { ...json, body: '{"page":0}' }, 400, 'getPage：page：数值过小：期望 number >=1'],
    ['a path out of the app', 'GET', '/..%2f..%2fpackage.json', {}, 404, 'not found'],
    ['a malformed address', 'GET', '/%E0%A4%A', {}, 400, 'a malformed address'],
  ] as const)('refuses %s with one clear line', async (_, method, path, opts, status, error) => {
    const res = await raw(method, path, opts);
    expect(res.status).toBe(status);
    const reply = JSON.parse(res.body) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toContain(error);
    expect(reply.error).not.toMatch(/\n\s+at /);
  });
});
