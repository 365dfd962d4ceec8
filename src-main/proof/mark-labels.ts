/** What proof marks' parts and states are called on screen and on the proof (no zod: the renderer imports this). */
import type { MarkablePart, ProofStatus } from './proof-marks.js';

export const PART_NAMES: Record<MarkablePart, string> = { kicker: '引题', headline: '主题', subhead: '副题', byline: '电头', body: '正文', credit: '文末署名', caption: '图片说明' };
export const STATUS_NAMES: Record<ProofStatus, string> = { open: '未改', resolved: '已改' };
