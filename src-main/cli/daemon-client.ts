/**
 * `banmian compose` through a running `banmian daemon`, when there is one of this build. Any
 * trouble reaching it (no daemon, a stale file, a daemon that died mid-job) composes in this
 * process instead, so the daemon can only make a run faster, never fail it.
 */
import { request } from 'node:http';
import type { ComposeOptions } from './compose.js';
import { buildId, ComposeAnswer, daemonFilePath, runningDaemon, type ComposeRequest } from './daemon-protocol.js';

/** The exit code of the compose the daemon ran, or undefined: compose here. */
export async function composeViaDaemon(inputs: readonly string[], opts: ComposeOptions): Promise<number | undefined> {
  const daemon = runningDaemon(daemonFilePath());
  if (!daemon || daemon.build !== buildId()) return undefined;
  const job: ComposeRequest = { cwd: process.cwd(), inputs: [...inputs], opts };
  let answer: ComposeAnswer;
  try {
    answer = ComposeAnswer.parse(JSON.parse(await post(daemon.port, daemon.token, JSON.stringify(job))));
  } catch (err) {
    process.stderr.write(`banmian: the daemon (pid ${daemon.pid}) did not answer (${err instanceof Error ? err.message : String(err)}); composing in this process\n`);
    return undefined;
  }
  for (const line of answer.lines) process.stderr.write(`${line}\n`);
  if (opts.timings) process.stderr.write(`banmian: composed by the daemon (pid ${daemon.pid}); this process ${Math.round(process.uptime() * 1000)} ms from start to answer\n`);
  return answer.code;
}

function post(port: number, token: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/compose', method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(text) : reject(new Error(`HTTP ${res.statusCode}: ${text}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
