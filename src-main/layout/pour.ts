/**
 * Pouring the body into its slots: paragraph after paragraph, line by line, in the slots' order,
 * every slot taken (no hole at a column's foot); a line left alone at a column's foot or head is
 * reported; the last block's columns cut level (平栏) when the text ends in it.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Diagnostic, DisplayItem } from '../model/display-list.js';
import { composeParagraph, lineCount, type ParagraphStyle } from '../typeset/paragraph.js';
import type { ComposedLine } from '../typeset/types.js';
import type { Slot } from './block-area.js';
import type { ParagraphSpans } from './body-spans.js';
import { missingGlyphDiagnostics } from './missing-glyphs.js';
import { lineRuns, lineText } from './runs.js';

export interface PourContext {
  article: string;
  paragraphs: readonly ParagraphSpans[];
  style: ParagraphStyle;
  /** Width of lines past the last slot (they are overset, but still set to count them). */
  lastWidth: number;
  fonts: FontLibrary;
  firstPage: number;
  /** Count lines only, without display runs or findings: a probe of whether the text fits (fit-height.ts). */
  measureOnly?: boolean;
}

/** Where in the paragraphs the text stopped fitting. */
export interface OversetAt {
  paragraph: number;
  span: number;
  offset: number;
}

/** The body poured into a run of slots. */
export interface Poured {
  slots: readonly Slot[];
  /** Body lines by page. */
  text: Map<number, DisplayItem[]>;
  diagnostics: Diagnostic[];
  /** Index in `slots` of the last slot that took a line (-1 for none). */
  lastSlot: number;
  /** Lines set (fewer than `lastSlot + 1` where slots were passed over to keep lines together). */
  lines: number;
  overset?: OversetAt;
}

/** A credit is flush right; a reporter line of its own (本报记者 X　通讯员 Y) is ragged, indented as the paragraphs are. */
function paragraphStyle(align: ParagraphSpans['align'], ctx: PourContext): ParagraphStyle {
  if (align === 'justify') return ctx.style;
  if (align === 'right') return { ...ctx.style, indent: 0, align };
  return { ...ctx.style, align: 'left' };
}

/** Sets the paragraphs line by line into `slots`, in order. */
export function pour(slots: readonly Slot[], ctx: PourContext): Poured {
  const out: Poured = { slots, text: new Map(), diagnostics: [], lastSlot: -1, lines: 0 };
  const isHead = (k: number): boolean => k > 0 && k < slots.length && startsColumn(slots[k - 1] as Slot, slots[k] as Slot);
  let cursor = 0;
  // Slots from here on are all as wide as the lines past them: a paragraph set there takes as many
  // lines wherever it starts, and a probe need not set it again.
  let uniformFrom = slots.length;
  while (ctx.measureOnly && uniformFrom > 0 && slots[uniformFrom - 1]?.width === ctx.lastWidth) uniformFrom--;
  ctx.paragraphs.forEach(({ spans, source, align }, p) => {
    if (out.overset) return;
    const pstyle = paragraphStyle(align, ctx);
    if (ctx.measureOnly && cursor >= uniformFrom) {
      const lines = lineCount(spans, pstyle, ctx.lastWidth, ctx.fonts);
      const end = cursor + lines - 1;
      out.lines += lines;
      if (end >= slots.length) out.overset = { paragraph: p, span: 0, offset: 0 };
      else if (lines > 0) out.lastSlot = end;
      cursor = lines > 0 ? end + 1 : cursor;
      return;
    }
    const at = cursor;
    const map = (n: number): number => at + n;
    const composed = composeParagraph(spans, pstyle, (n) => slots[map(n)]?.width ?? ctx.lastWidth, ctx.fonts);
    if (ctx.measureOnly) {
      const end = map(composed.lines.length - 1);
      out.lines += composed.lines.length;
      if (end >= slots.length) out.overset = { paragraph: p, span: 0, offset: 0 };
      else if (composed.lines.length > 0) out.lastSlot = end;
      cursor = composed.lines.length > 0 ? end + 1 : cursor;
      return;
    }
    const page = slots[map(0)]?.page ?? ctx.firstPage;
    out.diagnostics.push(...missingGlyphDiagnostics(composed.missing, page, ctx.article));
    out.diagnostics.push(...loneLines(composed.lines, at, slots, isHead, ctx.article, source(0)?.paragraph ?? p));
    composed.lines.forEach((line, i) => {
      if (out.overset) return;
      const slot = slots[map(i)];
      const firstGlyph = line.glyphs[0]?.glyph;
      if (!slot) {
        out.overset = { paragraph: p, span: firstGlyph?.span ?? 0, offset: firstGlyph?.offset ?? 0 };
        return;
      }
      const runs = out.text.get(slot.page) ?? [];
      runs.push(...lineRuns(line, slot.x, slot.baseline, { role: 'body', source }));
      out.text.set(slot.page, runs);
      out.lastSlot = map(i);
      out.lines++;
      if (line.overfull) {
        out.diagnostics.push({ kind: 'overfull-line', severity: 'warning', page: slot.page, article: ctx.article, paragraph: source(0)?.paragraph ?? p, text: lineText(line), message: `a line is wider than its column: ${lineText(line)}` });
      } else if (!line.last && line.ratio > 3) {
        out.diagnostics.push({ kind: 'loose-line', severity: 'info', page: slot.page, article: ctx.article, paragraph: source(0)?.paragraph ?? p, ratio: line.ratio, text: lineText(line), message: `a loosely spaced line: ${lineText(line)}` });
      }
    });
    cursor = composed.lines.length > 0 ? map(composed.lines.length - 1) + 1 : cursor;
  });
  return out;
}

/**
 * The body poured again with the last block's columns cut at one line, the highest at which
 * everything still fits, so they end level (平栏) instead of the last column ending short.
 * Slots before the last block are the same in both runs, so indices into them still agree.
 * Undefined when cutting gains nothing.
 */
export function balanceLastBlock(slots: readonly Slot[], lastBlockStart: number, ctx: PourContext): Poured | undefined {
  const before = slots.slice(0, lastBlockStart);
  const own = slots.slice(lastBlockStart);
  if (own.length === 0) return undefined;
  const cut = (line: number): Slot[] => [...before, ...own.filter((s) => s.line < line)];
  let lo = Math.min(...own.map((s) => s.line)) + 1;
  let hi = Math.max(...own.map((s) => s.line)) + 1;
  const full = hi;
  // The cut is searched counting lines only; the text is set once, at the cut found.
  const probe = { ...ctx, measureOnly: true };
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pour(cut(mid), probe).overset) lo = mid + 1;
    else hi = mid;
  }
  return hi < full ? pour(cut(hi), ctx) : undefined;
}

/** Whether `next` begins a new column after `prev` (another column, page, or back up the page). */
function startsColumn(prev: Slot, next: Slot): boolean {
  return next.page !== prev.page || next.x !== prev.x || next.baseline <= prev.baseline;
}

/**
 * A paragraph's first line alone at a column's foot (孤行 at the foot, an orphan) or its last line
 * alone at the next column's head (a widow), reported for the editor to cut or add a word. The
 * lines are never moved apart to avoid them: that leaves a hole at the column's foot, which a
 * night editor likes less than the single line.
 */
function loneLines(lines: readonly ComposedLine[], at: number, slots: readonly Slot[], isHead: (k: number) => boolean, article: string, paragraph: number): Diagnostic[] {
  if (lines.length < 2) return [];
  const out: Diagnostic[] = [];
  const report = (line: ComposedLine | undefined, slot: Slot | undefined, where: 'foot' | 'head'): void => {
    if (!line || !slot) return;
    const text = lineText(line);
    const message = where === 'foot' ? `a paragraph's first line stands alone at the foot of a column: ${text}` : `a paragraph's last line stands alone at the head of a column: ${text}`;
    out.push({ kind: 'lone-line', severity: 'info', page: slot.page, article, paragraph, where, text, message });
  };
  if (isHead(at + 1)) report(lines[0], slots[at], 'foot');
  const last = at + lines.length - 1;
  if (isHead(last)) report(lines[lines.length - 1], slots[last], 'head');
  return out;
}
