/** What proof marks' states are called on screen and on the proof (no zod: the renderer imports this). */
import type { ProofStatus } from './proof-marks.js';

export const STATUS_NAMES: Record<ProofStatus, string> = { open: '未改', resolved: '已改' };
