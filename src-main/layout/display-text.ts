/**
 * Display text (headlines, header items): set to a width, aligned, letter-spaced, with every
 * line but the last of a multi-line headline balanced, so no headline ends in a lone character.
 * Headlines break between words only, where they can, and at every line break typed into them.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { TextRun } from '../model/display-list.js';
import type { Punctuation, TextStyle } from '../model/template.js';
import { composeParagraph, type ComposedParagraph, type ParagraphStyle } from '../typeset/paragraph.js';
import type { ComposedLine, MissingGlyph } from '../typeset/types.js';
import { lineRuns, type SpanSource } from './runs.js';

export interface DisplayBlock {
  runs: TextRun[];
  /** y just below the last line (the line's descent included). */
  bottom: number;
  lines: number;
  /** Characters the style's font lacked (for the caller to report). */
  missing: MissingGlyph[];
  /** Text broken at words: the lines (from 0) that end inside a word, for the caller to report. */
  splitWords: number[];
}

export interface DisplayOptions {
  source?: SpanSource;
  /** Extra space after each character but the last of a line, in em. */
  letterSpacing?: number;
  /** Horizontal scale of the letters (长体 below 1). */
  scaleX?: number;
  /** The house's punctuation style for display lines; 全角式 with flush line starts by default. */
  punctuation?: Punctuation;
  /** Break between words only (headlines), not between any two characters. */
  words?: boolean;
}

const DISPLAY_PUNCTUATION: Punctuation = { scheme: 'quanjiao', lineStart: true, squeeze: 0.125 };

export const DISPLAY_LEADING = 1.25;

export function setDisplayText(
  text: string,
  style: TextStyle,
  align: 'left' | 'center' | 'right',
  left: number,
  width: number,
  top: number,
  fonts: FontLibrary,
  opts: DisplayOptions = {},
): DisplayBlock {
  const extra = (opts.letterSpacing ?? 0) * style.size;
  const scale = opts.scaleX ?? 1;
  // Compose to a narrower measure so that the lines still fit once the letter-spacing is added,
  // and to a wider one for condensed letters.
  const para = displayLines(text, style, opts, width / (1 + (opts.letterSpacing ?? 0)) / scale, fonts);
  const face = fonts.role(style.role);
  const pitch = style.size * DISPLAY_LEADING;
  const runs: TextRun[] = [];
  para.lines.forEach((composed, i) => {
    const line = scale !== 1 ? condensed(extra ? spaced(composed, extra / scale) : composed, scale) : extra ? spaced(composed, extra) : composed;
    const baseline = top + i * pitch + (pitch - style.size) / 2 + face.emTop * style.size;
    const x = align === 'left' ? left : align === 'right' ? left + width - line.width : left + (width - line.width) / 2;
    const lineRunList = lineRuns(line, x, baseline, { role: 'display', ...(opts.source ? { source: opts.source } : {}) });
    if (scale !== 1) for (const run of lineRunList) run.scaleX = scale;
    runs.push(...lineRunList);
  });
  return { runs, bottom: top + para.lines.length * pitch, lines: para.lines.length, missing: para.missing, splitWords: para.splitWords };
}

/** How many lines `text` takes at `width`, and how many of them end inside a word (for fitting a headline before setting it). */
export function displayShape(text: string, style: TextStyle, width: number, fonts: FontLibrary, opts: DisplayOptions = {}): { lines: number; splitWords: number } {
  // Balancing the lines (displayLines) keeps their count and splits no more words: the full measure gives both.
  const measure = width / (1 + (opts.letterSpacing ?? 0)) / (opts.scaleX ?? 1);
  const para = composeParagraph([{ text, role: style.role, size: style.size }], displayStyle(style, opts), () => measure, fonts);
  return { lines: para.lines.length, splitWords: para.splitWords.length };
}

export const displayLineCount = (text: string, style: TextStyle, width: number, fonts: FontLibrary, opts: DisplayOptions = {}): number => displayShape(text, style, width, fonts, opts).lines;

/** A copy of `line` with every position and advance scaled horizontally (the glyphs are drawn scaled too). */
function condensed(line: ComposedLine, scale: number): ComposedLine {
  return {
    ...line,
    glyphs: line.glyphs.map((p) => ({ ...p, x: p.x * scale, pen: p.pen * scale, advance: p.advance * scale })),
    width: line.width * scale,
    indent: line.indent * scale,
  };
}

/** A copy of `line` with `extra` pt after every glyph but the last (composed lines are shared: never mutate them). */
function spaced(line: ComposedLine, extra: number): ComposedLine {
  const n = line.glyphs.length;
  return {
    ...line,
    indent: 0,
    glyphs: line.glyphs.map((p, i) => ({ ...p, x: p.x + i * extra, pen: p.pen + i * extra, advance: p.advance + (i < n - 1 ? extra : 0) })),
    width: line.width + Math.max(0, n - 1) * extra,
  };
}

const displayStyle = (style: TextStyle, opts: DisplayOptions): ParagraphStyle => ({
  em: style.size, indent: 0, latinSpace: 0.25, hanging: false, punctuation: opts.punctuation ?? DISPLAY_PUNCTUATION, align: 'left', breakAt: opts.words ? 'words' : 'characters',
});

/**
 * Flush-left lines (alignment is applied when placing them), balanced when there are several:
 * the narrowest measure that keeps the line count and breaks as well as the full one does (no
 * worse word boundaries: 地铁线/串起, not 地铁线串/起).
 */
function displayLines(text: string, style: TextStyle, opts: DisplayOptions, width: number, fonts: FontLibrary): ComposedParagraph {
  const pstyle = displayStyle(style, opts);
  const spans = [{ text, role: style.role, size: style.size }];
  const full = composeParagraph(spans, pstyle, () => width, fonts);
  if (full.lines.length < 2) return full;
  // Narrow the measure as far as the line count allows, so the lines come out even.
  let lo = width / 2;
  let hi = width;
  let best = full;
  for (let step = 0; step < 8; step++) {
    const mid = (lo + hi) / 2;
    const trial = composeParagraph(spans, pstyle, () => mid, fonts);
    if (trial.lines.length === full.lines.length && !trial.lines.some((l) => l.overfull) && trial.splitWords.length <= full.splitWords.length && trial.breakPenalty <= full.breakPenalty) {
      best = trial;
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return best;
}
