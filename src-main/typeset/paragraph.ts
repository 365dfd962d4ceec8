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
  /** Character-grid mode (每行字数固定): whole cells, no compression, stops hang at the line end. */
  grid?: boolean;
  /** 'justify' for body text; headlines are centred or flush with every line balanced. */
  align: 'justify' | 'left' | 'center' | 'right';
}

export const BODY_STYLE: Omit<ParagraphStyle, 'em' | 'indent'> = { latinSpace: 0.25, hanging: false, compressLineStart: false, grid: false, align: 'justify' };

export interface ComposedParagraph {
  lines: ComposedLine[];
  missing: MissingGlyph[];
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
  // The same spans (the same array) seen again: no need to spell out their text.
  const own = ownCacheOf(fonts, spans);
  const seen = own.get(measures);
  if (seen) return seen;
  const cache = cacheOf(fonts);
  const key = `${textKey(spans)}${measures}`;
  const composed = cache.get(key) ?? compose(spans, style, (n) => (n < widths.length ? (widths[n] as number) : measure(n)), fonts);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, composed);
  own.set(measures, composed);
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
const caches = new WeakMap<FontLibrary, Map<string, ComposedParagraph>>();
const CACHE_LIMIT = 50_000;
const ownCaches = new WeakMap<FontLibrary, WeakMap<readonly Span[], Map<string, ComposedParagraph>>>();
const lineCounts = new WeakMap<FontLibrary, WeakMap<readonly Span[], Map<string, number>>>();

function ownCacheOf(fonts: FontLibrary, spans: readonly Span[]): Map<string, ComposedParagraph> {
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

function cacheOf(fonts: FontLibrary): Map<string, ComposedParagraph> {
  let cache = caches.get(fonts);
  if (!cache) caches.set(fonts, (cache = new Map()));
  return cache;
}

const styleKey = (style: ParagraphStyle): string =>
  `${style.em}|${style.indent}|${style.latinSpace}|${style.hanging}|${style.compressLineStart}|${style.grid === true}|${style.align}|`;

function textKey(spans: readonly Span[]): string {
  let key = '';
  for (const s of spans) key += `${s.role}:${s.size}:${s.text}\u0000`;
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
  });
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
