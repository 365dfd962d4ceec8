/**
 * The document session in a worker thread, so that composing never blocks the process that
 * talks to the window (Electron's main process, or the HTTP server). Messages: requests
 * `{id, method, request, window}` (already parsed at the IPC/HTTP boundary), `{id, export}` and
 * `{id, exportProof}` for an export to a chosen file, and `close`; replies `{id, json}` (the result as JSON text) or `{id, error}`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../model/errors.js';
import type { ApiMethod } from '../api/requests.js';
import { INTERNAL_ERROR } from '../api/dispatch.js';
import { DocumentSession } from '../session/document-session.js';
import type { WorkerMessage, WorkerReply } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('session-worker.js runs as a worker thread');
const { file, autosaveMs, app } = workerData as { file: string; autosaveMs?: number; app?: string };

const post = (reply: WorkerReply): void => port.postMessage(reply);

let session: DocumentSession;
try {
  session = DocumentSession.open(file, { ...(autosaveMs === undefined ? {} : { autosaveMs }), ...(app ? { app } : {}) });
  post({ ready: true });
} catch (err) {
  post({ ready: false, error: err instanceof InputError ? err.inChinese : String((err as Error).stack ?? err) });
  process.exit(0);
}

port.on('message', (msg: WorkerMessage) => {
  if (msg.kind === 'close') {
    session.close();
    post({ closed: true });
    return;
  }
  const run = msg.kind === 'export'
    ? session.exportPdf({ preset: msg.preset }, msg.out)
    : msg.kind === 'exportProof'
      ? session.exportProof({ openOnly: msg.openOnly }, msg.out)
      : session.call(msg.method as ApiMethod, msg.request as never, msg.window === undefined ? undefined : { window: msg.window });
  run.then(
    (result) => post({ id: msg.id, json: JSON.stringify(result) ?? 'null' }),
    (err: unknown) => {
      if (!(err instanceof InputError)) console.error(err);
      post({ id: msg.id, error: err instanceof InputError ? err.inChinese : INTERNAL_ERROR });
    },
  );
});
