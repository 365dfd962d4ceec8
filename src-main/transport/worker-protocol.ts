/** Messages between the session worker and the process that holds it. */
import type { PresetName } from '../pdf/presets.js';

export type WorkerMessage =
  | { kind: 'call'; id: number; method: string; request: unknown; window?: string }
  | { kind: 'export'; id: number; preset: PresetName; out: string }
  | { kind: 'exportProof'; id: number; openOnly: boolean; out: string }
  | { kind: 'close' };

export type WorkerReply =
  | { ready: true }
  | { ready: false; error: string }
  | { closed: true }
  /** A result as JSON text, written once in the worker: a server sends it on as it is (no copy of the object between threads). */
  | { id: number; json: string }
  | { id: number; error: string };
