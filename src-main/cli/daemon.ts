/**
 * `banmian daemon`: a long-lived compose service on loopback. Fonts stay open and the composer
 * stays compiled and keeps its paragraph caches, so a `compose` sent here skips Node's start,
 * module loading and the composer's first-run cost. Jobs run one at a time, each in the client's
 * folder; the answer is the exit code and stderr lines the client prints as its own.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FontLibrary } from '../fonts/font-library.js';
import { InputError } from '../model/errors.js';
import { writeFileAtomic } from '../model/json-file.js';
import { composeCommand } from './compose.js';
import { failureLine } from './failure-line.js';
import { buildId, ComposeRequest, DAEMON_FORMAT, DAEMON_VERSION, daemonFilePath, runningDaemon, type ComposeAnswer, type DaemonFile } from './daemon-protocol.js';

export interface DaemonOptions {
  port?: string;
}

export async function daemonCommand(opts: DaemonOptions): Promise<void> {
  const port = opts.port === undefined ? 0 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError('--port', `"${opts.port}" is not a port number (0–65535)`);
  const file = daemonFilePath();
  const other = runningDaemon(file);
  if (other) throw new InputError(file, `a daemon is already running (pid ${other.pid}, port ${other.port}); stop it first`);

  const token = randomBytes(24).toString('hex');
  const fonts = FontLibrary.load();
  let queue: Promise<unknown> = Promise.resolve();
  const server = createServer((req, res) => {
    const arrived = performance.now();
    const job = queue.then(() => answer(req, res, token, fonts, arrived));
    queue = job.catch(() => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => reject(new InputError('--port', `cannot listen on 127.0.0.1:${port} (${(err as NodeJS.ErrnoException).code ?? String(err)})`)));
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  const entry: DaemonFile = { format: DAEMON_FORMAT, version: DAEMON_VERSION, port: bound, pid: process.pid, token, build: buildId() };
  writeFileAtomic(file, JSON.stringify(entry), 0o600);
  process.stdout.write(`banmian daemon: composing on 127.0.0.1:${bound} (pid ${process.pid}); \`banmian compose\` uses it until this stops (Ctrl+C)\n`);

  const stop = (): void => {
    // Only our own entry: a daemon started after this one keeps its file.
    if (runningDaemon(file)?.pid === process.pid) rmSync(file, { force: true });
    server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `arrived`: when the request came, so --timings shows how long it waited behind other jobs. */
async function answer(req: IncomingMessage, res: ServerResponse, token: string, fonts: FontLibrary, arrived: number): Promise<void> {
  const reply = (status: number, body: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.headers.authorization !== `Bearer ${token}`) return reply(403, { error: 'wrong or missing token' });
  if (req.method !== 'POST' || req.url !== '/compose') return reply(404, { error: 'POST /compose only' });
  let body = '';
  for await (const chunk of req) body += (chunk as Buffer).toString('utf8');
  const parsed = ComposeRequest.safeParse(safeJson(body));
  if (!parsed.success) return reply(400, { error: parsed.error.message });
  reply(200, await composeFor(parsed.data, fonts, arrived));
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** One job, as `compose` would have run it in the client's folder. */
async function composeFor(job: ComposeRequest, fonts: FontLibrary, arrived: number): Promise<ComposeAnswer> {
  const lines: string[] = [];
  const home = process.cwd();
  try {
    process.chdir(job.cwd);
    const code = await composeCommand(job.inputs, job.opts, { say: (line) => lines.push(line), fonts, started: { phase: 'daemon: queued and read', ms: performance.now() - arrived } });
    return { code, lines };
  } catch (err) {
    // The same line the command would have printed in the client's own process.
    const failure = failureLine(err, false);
    return { code: failure.code, lines: [...lines, failure.line] };
  } finally {
    process.chdir(home);
  }
}
