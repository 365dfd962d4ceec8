/**
 * Display text (headlines, header items): set to a width, aligned, with every line but the last
 * of a multi-line headline balanced, so no headline ends in a lone character.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { TextRun } from '../model/display-list.js';
import type { TextStyle } from '../model/template.js';
import { composeParagraph, type ComposedParagraph, type ParagraphStyle } from '../typeset/paragraph.js';
import { lineRuns, type SpanSource } from './runs.js';

export interface DisplayBlock {
  runs: TextRun[];
  /** y just below the last line (the line's descent included). */
  bottom: number;
  lines: number;
}

export const DISPLAY_LEADING = 1.25;

export function setDisplayText(
  text: string,
  style: TextStyle,
  align: 'left' | 'center' | 'right',
  left: number,
  width: number,
  top: number,
  fonts: FontLibrary,
  source?: SpanSource,
): DisplayBlock {
  const para = balanced(text, style, align, width, fonts);
  const face = fonts.role(style.role);
  const pitch = style.size * DISPLAY_LEADING;
  const runs: TextRun[] = [];
  para.lines.forEach((line, i) => {
    const baseline = top + i * pitch + (pitch - style.size) / 2 + face.emTop * style.size;
    runs.push(...lineRuns(line, left + (width - line.measure) / 2, baseline, { role: 'display', ...(source ? { source } : {}) }));
  });
  return { runs, bottom: top + para.lines.length * pitch, lines: para.lines.length };
}

/** Narrows the measure as far as the line count allows, so the lines come out even. */
function balanced(text: string, style: TextStyle, align: ParagraphStyle['align'], width: number, fonts: FontLibrary): ComposedParagraph {
  const pstyle: ParagraphStyle = { em: style.size, indent: 0, latinSpace: 0.25, hanging: false, compressLineStart: false, align };
  const spans = [{ text, role: style.role, size: style.size }];
  const full = composeParagraph(spans, pstyle, () => width, fonts);
  if (full.lines.length < 2) return full;
  let lo = width / 2;
  let hi = width;
  let best = full;
  for (let step = 0; step < 8; step++) {
    const mid = (lo + hi) / 2;
    const trial = composeParagraph(spans, pstyle, () => mid, fonts);
    if (trial.lines.length === full.lines.length && !trial.lines.some((l) => l.overfull)) {
      best = trial;
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return best;
}
