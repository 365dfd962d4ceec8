/**
 * Holds a document session in a worker thread and serves the API's methods by message, for
 * Electron's main process and `banmian serve` alike.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../model/project-root.js';
import type { PresetName } from '../pdf/presets.js';
import type { Caller, ExportResult } from '../api/api-types.js';
import type { WrittenProof } from '../proof/marked-proof.js';
import { ApiError, type ApiHandler, type JsonApiHandler } from '../api/dispatch.js';
import { API_METHODS } from '../api/requests.js';
import type { WorkerMessage, WorkerReply } from './worker-protocol.js';

/**
 * The worker's script as tsc compiles it. Found from the installed folder, not from this
 * module's URL: this module may be running inside the CLI's bundle (dist/banmian.cjs).
 */
const WORKER_SCRIPT = (): string => join(projectRoot(), 'dist', 'src-main', 'transport', 'session-worker.js');

export interface HostOptions {
  autosaveMs?: number;
  /** What holds the issue, as a window of another process that only reads is told. */
  app?: string;
}

export class SessionHost {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(json: string): void; reject(err: Error): void }>();
  private closed: (() => void) | undefined;
  /** The API's methods, each answered by the worker, as JSON text (what a server sends on). */
  readonly json: JsonApiHandler = (method, request, caller) => this.send({ kind: 'call', id: this.nextId++, method, request, ...(caller ? { window: caller.window } : {}) });
  /** The API's methods, each answered by the worker. */
  readonly api: ApiHandler;

  private constructor(private readonly worker: Worker) {
    this.api = Object.fromEntries(API_METHODS.map((m) => [m, async (request: unknown, caller?: Caller) => JSON.parse(await this.json(m, request, caller)) as unknown])) as unknown as ApiHandler;
    worker.on('message', (reply: WorkerReply) => {
      if ('closed' in reply) this.closed?.();
      if (!('id' in reply)) return;
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new ApiError(reply.error));
      else waiting?.resolve(reply.json);
    });
    const fail = (why: string): void => {
      for (const w of this.pending.values()) w.reject(new Error(why));
      this.pending.clear();
    };
    worker.on('error', (err) => fail(`the document worker failed: ${err.message}`));
    worker.on('exit', () => {
      fail('the document worker stopped');
      this.closed?.();
    });
  }

  /** Opens the issue in a new worker; rejects with the reason (one line) when it cannot be opened. */
  static start(file: string, opts: HostOptions = {}): Promise<SessionHost> {
    const worker = new Worker(WORKER_SCRIPT(), { workerData: { file, ...opts } });
    return new Promise((resolve, reject) => {
      const first = (reply: WorkerReply): void => {
        if (!('ready' in reply)) return;
        worker.off('message', first);
        if (reply.ready) resolve(new SessionHost(worker));
        else {
          void worker.terminate();
          reject(new ApiError(reply.error));
        }
      };
      worker.on('message', first);
      worker.once('error', reject);
    });
  }

  /** Exports to a file the user chose (a save dialog); the renderer's exportPdf writes beside the issue. */
  exportTo(preset: PresetName, out: string): Promise<ExportResult> {
    return this.send({ kind: 'export', id: this.nextId++, preset, out }).then((json) => JSON.parse(json) as ExportResult);
  }

  /** Writes the proof PDF with the proof marks to a file the user chose. */
  exportProofTo(openOnly: boolean, out: string): Promise<WrittenProof> {
    return this.send({ kind: 'exportProof', id: this.nextId++, openOnly, out }).then((json) => JSON.parse(json) as WrittenProof);
  }

  /** Writes any pending autosave and stops the worker. */
  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.closed = resolve;
      this.worker.postMessage({ kind: 'close' } satisfies WorkerMessage);
    });
    await this.worker.terminate();
  }

  private send(msg: Extract<WorkerMessage, { id: number }>): Promise<string> {
    return new Promise((resolve, reject) => {
      this.pending.set(msg.id, { resolve, reject });
      this.worker.postMessage(msg);
    });
  }
}
