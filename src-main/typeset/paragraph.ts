/**
 * A paragraph from spans to justified lines: shape → segment → break (total fit) → justify.
 * Pure: the same spans, style and measures always give the same lines.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import { breakLines, DEFAULT_BREAK, type Measure } from './break-lines.js';
import { justifyLine } from './justify.js';
import { segment } from './segment.js';
import { shapeSpans } from './shape.js';
import type { ComposedLine, MissingGlyph, Span } from './types.js';

export interface ParagraphStyle {
  /** Body size in pt: the em of indents and spacing. */
  em: number;
  /** First-line indent, pt (2 字 for body text). */
  indent: number;
  /** CJK–Latin space in em (clreq: 0.25). */
  latinSpace: number;
  hanging: boolean;
  /** Whether an opening mark at a line start may lose its leading blank (clreq allows it; off keeps the left edge on the grid). */
  compressLineStart: boolean;
  /** 'justify' for body text; headlines are centred or flush with every line balanced. */
  align: 'justify' | 'left' | 'center' | 'right';
}

export const BODY_STYLE: Omit<ParagraphStyle, 'em' | 'indent'> = { latinSpace: 0.25, hanging: false, compressLineStart: false, align: 'justify' };

export interface ComposedParagraph {
  lines: ComposedLine[];
  missing: MissingGlyph[];
}

/**
 * Sets spans to lines whose widths `measure(n)` gives (line 0 first). The first line's indent is
 * taken off its measure here, so callers pass column widths.
 */
export function composeParagraph(spans: readonly Span[], style: ParagraphStyle, measure: Measure, fonts: FontLibrary): ComposedParagraph {
  const { pieces, missing } = shapeSpans(spans, fonts);
  const minMeasure = Math.min(measure(0) - style.indent, measure(1));
  const seg = segment(pieces, { latinSpace: style.latinSpace, em: style.em, hanging: style.hanging, maxAtomWidth: minMeasure });
  const lineMeasure: Measure = (n) => measure(n) - (n === 0 ? style.indent : 0);
  const justify = style.align === 'justify';
  const breaks = breakLines(seg, lineMeasure, { ...DEFAULT_BREAK, stretchUnit: 0.1 * style.em, justifyLast: false, compressLineStart: style.compressLineStart, lonePenalty: justify ? DEFAULT_BREAK.lonePenalty : 0 });
  const lines = breaks.map((brk, n) => {
    const last = n === breaks.length - 1;
    const line = justifyLine(seg, brk, lineMeasure(n), n === 0 ? style.indent : 0, last, {
      justify: justify && !last,
      align: style.align === 'justify' ? 'left' : style.align,
      compressLineStart: style.compressLineStart,
    });
    return line;
  });
  return { lines, missing };
}
