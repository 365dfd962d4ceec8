/**
 * Units. Everything inside the engine is in points (1/72 in). Templates and issue files may say
 * mm, pt, or the Chinese units 字 (one body em), 行 (one body line pitch) and 号 (font size
 * names); they are converted here, once, at the edge.
 */

export const PT_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

/** Chinese font size names (号数) in points. */
export const HAO_PT: Readonly<Record<string, number>> = {
  初号: 42, 小初: 36, 一号: 26, 小一: 24, 二号: 22, 小二: 18, 三号: 16, 小三: 15,
  四号: 14, 小四: 12, 五号: 10.5, 小五: 9, 六号: 7.5, 小六: 6.5, 七号: 5.5, 八号: 5,
};

/** What a length in 字 and 行 is relative to. */
export interface BodyMetrics {
  /** Body font size in pt: one 字. */
  em: number;
  /** Body line pitch in pt: one 行. */
  pitch: number;
}

const LENGTH = /^\s*(-?\d+(?:\.\d+)?)\s*(mm|pt|字|行)?\s*$/;

/**
 * Parses a length such as `12mm`, `9pt`, `2字`, `3行` or a bare number (points).
 * Returns undefined when the text is not a length.
 */
export function parseLength(text: string | number, body?: BodyMetrics): number | undefined {
  if (typeof text === 'number') return text;
  const m = LENGTH.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]);
  switch (m[2]) {
    case 'mm': return mmToPt(value);
    case '字': return body ? value * body.em : undefined;
    case '行': return body ? value * body.pitch : undefined;
    default: return value;
  }
}

/** Parses a font size: a 号 name (`小五`, `二号`) or a length in pt. */
export function parseFontSize(text: string | number): number | undefined {
  if (typeof text === 'number') return text;
  const hao = HAO_PT[text.trim()];
  return hao ?? parseLength(text);
}
