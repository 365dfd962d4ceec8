/**
 * A paragraph from spans to justified lines: shape → segment → break (total fit) → justify.
 * Pure: the same spans, style and measures always give the same lines.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Punctuation } from '../model/template.js';
import { breakLines, DEFAULT_BREAK, type Measure } from './break-lines.js';
import { justifyLine } from './justify.js';
import { segment } from './segment.js';
import { shapeSpans } from './shape.js';
import { nameBreaks, wordBreaks } from './words.js';
import type { ComposedLine, MissingGlyph, Span } from './types.js';

export interface ParagraphStyle {
  /** Body size in pt: the em of indents and spacing. */
  em: number;
  /** First-line indent, pt (2 字 for body text). */
  indent: number;
  /** CJK–Latin space in em (clreq: 0.25). */
  latinSpace: number;
  hanging: boolean;
  /** The punctuation style (标点类型): the marks' widths, the line-start rule, the mid-line squeeze. */
  punctuation: Punctuation;
  /** Character-grid mode (每行字数固定): whole cells, no compression, stops hang at the line end. */
  grid?: boolean;
  /** 'justify' for body text; headlines are centred or flush with every line balanced. */
  align: 'justify' | 'left' | 'center' | 'right';
  /** Where lines may break: between any two characters (body text), or between words (headlines). */
  breakAt?: 'characters' | 'words';
}

/** 全角式, line starts kept solid, single marks squeezed by at most an eighth of an em. */
export const DEFAULT_PUNCTUATION: Punctuation = { scheme: 'quanjiao', lineStart: false, squeeze: 0.125 };

export const BODY_STYLE: Omit<ParagraphStyle, 'em' | 'indent'> = { latinSpace: 0.25, hanging: false, punctuation: DEFAULT_PUNCTUATION, grid: false, align: 'justify' };

export interface ComposedParagraph {
  lines: ComposedLine[];
  missing: MissingGlyph[];
  /** Text broken at words: the lines that had to end inside a word (the line's index). */
  splitWords: number[];
  /** The breaker's penalties at the line ends chosen (word boundaries of headlines, pair starts): how good the breaks are, whatever the measure. */
  breakPenalty: number;
}

/**
 * Sets spans to lines whose widths `measure(n)` gives (line 0 first). The first line's indent is
 * taken off its measure here, so callers pass column widths.
 */
export function composeParagraph(spans: readonly Span[], style: ParagraphStyle, measure: Measure, fonts: FontLibrary): ComposedParagraph {
  // Every line the text could need (one character a line): read once, used by key and breaker.
  let chars = 0;
  for (const s of spans) chars += s.text.length;
  const widths = new Float64Array(chars + 1);
  for (let n = 0; n <= chars; n++) widths[n] = measure(n);
  const measures = `${styleKey(style)}${widthsKey(widths)}`;
  // The same spans (the same array) seen again: no need to spell out their text. Held weakly:
  // spans live on in undo history, and must not keep alive what the shared cache let go.
  const own = ownCacheOf(fonts, spans);
  const seen = own.get(measures)?.deref();
  if (seen) return seen;
  const cache = cacheOf(fonts);
  const key = `${textKey(spans)}${measures}`;
  const composed = cache.get(key) ?? cache.add(key, compose(spans, style, (n) => (n < widths.length ? (widths[n] as number) : measure(n)), fonts), chars);
  // A paragraph is set at a few measures at most at a time (its block, placement's probes); more
  // are widths it stood at before, which the shared cache may still hold.
  if (own.size >= OWN_MEASURES) own.delete(own.keys().next().value as string);
  own.set(measures, new WeakRef(composed));
  return composed;
}

/**
 * How many lines the spans take at one measure for every line: what auto-placement's probes ask
 * (fit-height.ts), answered from the composed paragraph, remembered by the spans' identity.
 */
export function lineCount(spans: readonly Span[], style: ParagraphStyle, width: number, fonts: FontLibrary): number {
  const counts = countsOf(fonts, spans);
  const key = `${styleKey(style)}${width}`;
  let n = counts.get(key);
  if (n === undefined) counts.set(key, (n = composeParagraph(spans, style, () => width, fonts).lines.length));
  return n;
}

/**
 * Composed paragraphs are kept per font library, keyed by their text, style and line widths:
 * after a one-character edit only the edited paragraph is set again. Results are never mutated.
 * Spans met again as the same array are also found by identity, keyed by style and widths alone.
 */
const caches = new WeakMap<FontLibrary, ParagraphCache>();
/**
 * Characters of the paragraphs kept, at most: two days of copy at one width, or a page's stories
 * at every width placement tries. Bounded by characters, not entries: an edit above a block with a photo shifts every later
 * paragraph past the frame, so each edit sets (and would keep) them all again, and a long
 * editing session grew the app by hundreds of megabytes.
 */
export const CACHE_CHARS = 150_000;
/** Measures remembered per spans array (by identity), at most. */
const OWN_MEASURES = 4;

/** Composed paragraphs by key, the oldest dropped first once they hold more than CACHE_CHARS characters. */
class ParagraphCache {
  private readonly entries = new Map<string, { composed: ComposedParagraph; chars: number }>();
  private chars = 0;

  get size(): number {
    return this.chars;
  }

  get(key: string): ComposedParagraph | undefined {
    return this.entries.get(key)?.composed;
  }

  add(key: string, composed: ComposedParagraph, chars: number): ComposedParagraph {
    this.entries.set(key, { composed, chars });
    this.chars += chars;
    for (const [oldest, entry] of this.entries) {
      if (this.chars <= CACHE_CHARS) break;
      this.entries.delete(oldest);
      this.chars -= entry.chars;
    }
    return composed;
  }
}
const ownCaches = new WeakMap<FontLibrary, WeakMap<readonly Span[], Map<string, WeakRef<ComposedParagraph>>>>();
const lineCounts = new WeakMap<FontLibrary, WeakMap<readonly Span[], Map<string, number>>>();

function ownCacheOf(fonts: FontLibrary, spans: readonly Span[]): Map<string, WeakRef<ComposedParagraph>> {
  return perSpans(ownCaches, fonts, spans);
}

function countsOf(fonts: FontLibrary, spans: readonly Span[]): Map<string, number> {
  return perSpans(lineCounts, fonts, spans);
}

function perSpans<T>(store: WeakMap<FontLibrary, WeakMap<readonly Span[], Map<string, T>>>, fonts: FontLibrary, spans: readonly Span[]): Map<string, T> {
  let bySpans = store.get(fonts);
  if (!bySpans) store.set(fonts, (bySpans = new WeakMap()));
  let map = bySpans.get(spans);
  if (!map) bySpans.set(spans, (map = new Map()));
  return map;
}

/** Characters of the paragraphs the shared cache holds for a font library (never more than CACHE_CHARS). */
export function cachedCharacters(fonts: FontLibrary): number {
  return caches.get(fonts)?.size ?? 0;
}

function cacheOf(fonts: FontLibrary): ParagraphCache {
  let cache = caches.get(fonts);
  if (!cache) caches.set(fonts, (cache = new ParagraphCache()));
  return cache;
}

const styleKey = (style: ParagraphStyle): string =>
  `${style.em}|${style.indent}|${style.latinSpace}|${style.hanging}|${style.punctuation.scheme}|${style.punctuation.lineStart}|${style.punctuation.squeeze}|${style.grid === true}|${style.align}|${style.breakAt ?? 'characters'}|`;

function textKey(spans: readonly Span[]): string {
  let key = '';
  for (const s of spans) key += `${s.role}:${s.size}:${s.names === true ? 'n' : ''}:${s.text}\u0000`;
  return key;
}

/** The line widths, run-length coded. */
function widthsKey(widths: Float64Array): string {
  let key = '';
  let width = widths[0] as number;
  let run = 1;
  for (let n = 1; n < widths.length; n++) {
    const w = widths[n] as number;
    if (w === width) run++;
    else {
      key += `${width}*${run},`;
      width = w;
      run = 1;
    }
  }
  return `${key}${width}*${run}`;
}

function compose(spans: readonly Span[], style: ParagraphStyle, measure: Measure, fonts: FontLibrary): ComposedParagraph {
  const { pieces, missing } = shapeSpans(spans, fonts);
  const minMeasure = Math.min(measure(0) - style.indent, measure(1));
  const seg = segment(pieces, {
    latinSpace: style.grid ? 0 : style.latinSpace,
    em: style.em,
    hanging: style.hanging || style.grid === true,
    maxAtomWidth: minMeasure,
    grid: style.grid === true,
    punctuation: style.punctuation,
    ...(style.breakAt === 'words' ? { words: spans.map((s) => wordBreaks(s.text)) } : spans.some((s) => s.names) ? { words: spans.map((s) => (s.names ? nameBreaks(s.text) : undefined)), names: spans.map((s) => s.names === true) } : {}),
  });
  const lineMeasure: Measure = (n) => measure(n) - (n === 0 ? style.indent : 0);
  const justify = style.align === 'justify';
  // Ragged lines (display text) are never stretched: a short line costs little there, so the
  // breaker is led by where a break is welcome (between words), and balancing evens the lines.
  const stretchUnit = (justify ? 0.1 : 1) * style.em;
  const breaks = breakLines(seg, lineMeasure, { ...DEFAULT_BREAK, stretchUnit, justifyLast: false, lonePenalty: justify ? DEFAULT_BREAK.lonePenalty : 0 });
  const splitWords: number[] = [];
  let breakPenalty = 0;
  const lines = breaks.map((brk, n) => {
    const last = n === breaks.length - 1;
    const end = seg.junctions[brk.end - 1];
    if (!last && end?.inWord) splitWords.push(n);
    if (!last) breakPenalty += end?.penalty ?? 0;
    return justifyLine(seg, brk, lineMeasure(n), n === 0 ? style.indent : 0, last, {
      justify: justify && !last && !brk.forced,
      align: style.align === 'justify' ? 'left' : style.align,
    });
  });
  return { lines, missing, splitWords, breakPenalty };
}
