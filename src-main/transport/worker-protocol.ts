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
  | { id: number; result: unknown }
  | { id: number; error: string };
