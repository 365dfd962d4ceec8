/**
 * An article through its blocks: headlines in the first block (across or vertical), photos and
 * borders in each, then the body poured line by line into the slots the blocks leave free,
 * column by column, top to bottom, on the baseline grid. A paragraph that reaches a column's
 * foot carries on at the next column's head without a new indent. Where the blocks change page
 * the flow stops in the last line of the earlier page's block with 下转第X版 and resumes under a
 * repeated headline with 上接第X版 (转版). Whatever finds no line is overset, with its exact text.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Diagnostic, DisplayItem } from '../model/display-list.js';
import type { Article, Block } from '../model/issue.js';
import { BODY_STYLE, composeParagraph, type ParagraphStyle } from '../typeset/paragraph.js';
import type { Span } from '../typeset/types.js';
import { blockArea, blockSlots, type Exclusion, type Slot } from './block-area.js';
import { boxBorder } from './box.js';
import type { PageGrid } from './grid.js';
import { acrossHeadline, bodyTop, continuationHeadline, verticalHeadline, type Headline } from './headlines.js';
import { placePhoto, type ImageSizes } from './photo.js';
import { expandPattern } from './running-header.js';
import { missingGlyphDiagnostics } from './missing-glyphs.js';
import { lineRuns, lineText, type SpanSource } from './runs.js';

/** A block on a page, with the grid of that page. */
export interface PlacedBlock {
  page: number;
  block: Block;
  grid: PageGrid;
}

export interface ArticleOutput {
  /**
   * Display items per page number. On the page where the article starts its furniture (border,
   * photos, 下转 line) comes before its text; on a page it is continued onto, its text comes
   * first. Drawn in this order, the text extracted from the PDF reads on across the page break.
   */
  items: Map<number, DisplayItem[]>;
  diagnostics: Diagnostic[];
}

/** A page break in the flow: the last slot before it and the first after it hold the 转版 lines. */
interface Jump {
  /** Index of the first body slot after the break. */
  at: number;
  to: Slot;
  from: Slot;
  /** The repeated headline over the continued part. */
  heading: DisplayItem[];
  fromGrid: PageGrid;
  toGrid: PageGrid;
}

/**
 * Flowed articles are kept per font library, keyed by the article, its blocks (with their pages
 * and template) and the files its photos show (path and pixel size): re-composing a page after an edit sets again only the
 * article that changed (and, inside it, only the paragraph). Outputs are never mutated.
 */
const flowed = new WeakMap<FontLibrary, Map<string, ArticleOutput>>();
const FLOW_CACHE_LIMIT = 2_000;
const templateIds = new WeakMap<object, number>();
let templateCount = 0;

/** A number for each template object: two templates with one id may still differ (tests, files). */
function templateId(t: object): number {
  let id = templateIds.get(t);
  if (id === undefined) templateIds.set(t, (id = ++templateCount));
  return id;
}

/** Fitting a block's height to its text (fit-height.ts) places no photos, so it has no images to give. */
const NO_IMAGES: ImageSizes = { of: (src) => ({ path: src }) };

export function flowArticle(article: Article, blocks: readonly PlacedBlock[], fonts: FontLibrary, images = NO_IMAGES): ArticleOutput {
  let cache = flowed.get(fonts);
  if (!cache) flowed.set(fonts, (cache = new Map()));
  const shown = blocks.flatMap((b) => (b.block.photos ?? []).map((p) => article.images[p.image]?.src));
  const files = shown.map((src) => (src === undefined ? null : images.of(src)));
  const key = JSON.stringify([article, files, blocks.map((b) => [b.page, b.block, templateId(b.grid.template)])]);
  const hit = cache.get(key);
  if (hit) return hit;
  const out = flowArticleUncached(article, blocks, fonts, images);
  if (cache.size >= FLOW_CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, out);
  return out;
}

function flowArticleUncached(article: Article, blocks: readonly PlacedBlock[], fonts: FontLibrary, images: ImageSizes): ArticleOutput {
  const text = new Map<number, DisplayItem[]>();
  const furniture = new Map<number, DisplayItem[]>();
  const diagnostics: Diagnostic[] = [];
  const add = (map: Map<number, DisplayItem[]>, page: number, more: readonly DisplayItem[]): void => {
    const list = map.get(page) ?? [];
    list.push(...more);
    map.set(page, list);
  };
  const first = blocks[0];
  if (!first) return { items: text, diagnostics };

  const slots: Slot[] = [];
  const jumps: Jump[] = [];
  let lastBlockStart = 0;
  blocks.forEach((placed, i) => {
    const { block, grid, page } = placed;
    const area = blockArea(block, grid, grid.template.box.padding);
    const previous = blocks[i - 1];
    const continued = previous !== undefined && previous.page !== page;
    let head: Headline | undefined;
    if (i === 0) head = block.headline === 'vertical' ? verticalHeadline(article, block, area, grid, page, fonts) : acrossHeadline(article, block, area, grid, page, fonts);
    else if (continued) head = continuationHeadline(article, block, area, grid, fonts);
    if (head && i === 0) add(text, page, head.runs);
    if (head) diagnostics.push(...head.diagnostics);
    if (block.box) add(furniture, page, boxBorder(block, block.box, grid, grid.template.box.weight));
    const exclusions: Exclusion[] = head?.exclusion ? [head.exclusion] : [];
    // Photos are placed from the first body line under the headline.
    const origin = head && head.columns.length > 0 ? head.firstLine : bodyTop(block, area);
    for (const photo of block.photos ?? []) {
      const column = block.column + photo.column - 1;
      const from = origin + photo.top;
      const placedPhoto = placePhoto(article, photo, { column, span: photo.span, from, to: from + photo.height }, area.bottom, page, grid, images, fonts);
      add(furniture, page, placedPhoto.items);
      exclusions.push(placedPhoto.exclusion);
      diagnostics.push(...placedPhoto.diagnostics);
    }
    const under = new Set(head?.columns ?? []);
    const start = (column: number): number => (under.has(column) ? (head?.firstLine ?? area.top) : i > 0 && !continued ? area.top : bodyTop(block, area));
    const own = blockSlots(page, area, grid, start, exclusions);
    if (continued && previous) {
      const to = slots.pop();
      const from = own.shift();
      if (to && from) jumps.push({ at: slots.length, to, from, heading: head?.runs ?? [], toGrid: previous.grid, fromGrid: grid });
    }
    if (i === blocks.length - 1) lastBlockStart = slots.length;
    slots.push(...own);
  });

  const template = first.grid.template;
  const style: ParagraphStyle = { ...BODY_STYLE, ...template.body.composition, em: template.body.size, indent: template.body.indent };
  const paragraphs = articleParagraphs(article, template.body.role, template.body.size, template.byline.role, template.body.emphasis);
  const context: PourContext = {
    article: article.id,
    paragraphs,
    style,
    lastWidth: slots[slots.length - 1]?.width ?? first.grid.spanWidth(1),
    // Widows and orphans are kept out of column ends only in blocks fitted to their text.
    keepLines: blocks.every((b) => b.block.fit === true),
    fonts,
    firstPage: first.page,
  };
  let body = pour(slots, context);
  const last = blocks[blocks.length - 1] ?? first;
  if (!body.overset && last.block.balance !== false && body.lastSlot >= lastBlockStart) {
    body = balanceLastBlock(slots, lastBlockStart, context) ?? body;
  }
  for (const [page, runs] of body.text) add(text, page, runs);
  diagnostics.push(...body.diagnostics);
  const lastArea = blockArea(last.block, last.grid, last.grid.template.box.padding);
  let lowest = lastArea.top - 1;
  for (let k = lastBlockStart; k <= body.lastSlot; k++) lowest = Math.max(lowest, body.slots[k]?.line ?? lowest);
  const free = lastArea.bottom - lowest - 1;
  if (!body.overset && free >= UNDERSET_LINES) {
    diagnostics.push({ kind: 'underset', severity: 'warning', page: last.page, article: article.id, lines: free, message: `“${article.headline}” leaves ${free} lines empty at the foot of its block` });
  }
  const lastSlot = body.lastSlot;
  const oversetFrom = body.overset;

  // 转版 lines only where the text really goes on to the next page.
  for (const jump of jumps) {
    if (lastSlot < jump.at) continue;
    add(furniture, jump.to.page, jumpLine(jump.toGrid.template.jump.to, jump.from.page, jump.to, 'right', jump.toGrid, fonts));
    add(furniture, jump.from.page, jump.heading);
    add(furniture, jump.from.page, jumpLine(jump.fromGrid.template.jump.from, jump.to.page, jump.from, 'left', jump.fromGrid, fonts));
  }

  if (oversetFrom) {
    const { paragraph, span, offset } = oversetFrom;
    const rest = paragraphs.slice(paragraph).map(({ spans }, k) =>
      spans.map((s, si) => (k > 0 || si > span ? s.text : si === span ? s.text.slice(offset) : '')).join(''),
    );
    const left = rest.join('\n');
    const page = blocks[blocks.length - 1]?.page ?? first.page;
    const chars = [...left.replace(/\n/g, '')].length;
    diagnostics.push({ kind: 'overset', severity: 'error', page, article: article.id, chars, text: left, message: `${chars} characters of “${article.headline}” do not fit: ${left.slice(0, 24)}…` });
  }

  const items = new Map<number, DisplayItem[]>();
  for (const { page } of blocks) {
    if (items.has(page)) continue;
    const own = text.get(page) ?? [];
    const extra = furniture.get(page) ?? [];
    items.set(page, page === first.page ? [...extra, ...own] : [...own, ...extra]);
  }
  return { items, diagnostics };
}

/** Empty lines at the foot of an article's last block from which an editor is told (开天窗). */
const UNDERSET_LINES = 2;

interface PourContext {
  article: string;
  paragraphs: readonly ParagraphSpans[];
  style: ParagraphStyle;
  /** Width of lines past the last slot (they are overset, but still set to count them). */
  lastWidth: number;
  keepLines: boolean;
  fonts: FontLibrary;
  firstPage: number;
}

/** The body poured into a run of slots. */
interface Poured {
  slots: readonly Slot[];
  /** Body lines by page. */
  text: Map<number, DisplayItem[]>;
  diagnostics: Diagnostic[];
  /** Index in `slots` of the last slot that took a line (-1 for none). */
  lastSlot: number;
  /** Where the text stopped fitting, if it did. */
  overset?: { paragraph: number; span: number; offset: number };
}

/** Sets the paragraphs line by line into `slots`, in order. */
function pour(slots: readonly Slot[], ctx: PourContext): Poured {
  const out: Poured = { slots, text: new Map(), diagnostics: [], lastSlot: -1 };
  const isHead = (k: number): boolean => k > 0 && k < slots.length && startsColumn(slots[k - 1] as Slot, slots[k] as Slot);
  let cursor = 0;
  ctx.paragraphs.forEach(({ spans, source, align }, p) => {
    if (out.overset) return;
    const pstyle = align === 'right' ? { ...ctx.style, indent: 0, align } : ctx.style;
    // Set the paragraph to the slots it will take; where keeping lines together moves it, set it again.
    let map = (n: number): number => cursor + n;
    let composed = composeParagraph(spans, pstyle, (n) => slots[map(n)]?.width ?? ctx.lastWidth, ctx.fonts);
    if (ctx.keepLines) {
      const moved = keepTogether(composed.lines.length, cursor, isHead);
      if (moved) {
        map = moved;
        composed = composeParagraph(spans, pstyle, (n) => slots[map(n)]?.width ?? ctx.lastWidth, ctx.fonts);
        const again = keepTogether(composed.lines.length, cursor, isHead);
        if (again) map = again;
      }
    }
    const page = slots[map(0)]?.page ?? ctx.firstPage;
    out.diagnostics.push(...missingGlyphDiagnostics(composed.missing, page, ctx.article));
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
      if (line.overfull) {
        out.diagnostics.push({ kind: 'overfull-line', severity: 'warning', page: slot.page, article: ctx.article, paragraph: p, text: lineText(line), message: `a line is wider than its column: ${lineText(line)}` });
      } else if (!line.last && line.ratio > 3) {
        out.diagnostics.push({ kind: 'loose-line', severity: 'info', page: slot.page, article: ctx.article, paragraph: p, ratio: line.ratio, text: lineText(line), message: `a loosely spaced line: ${lineText(line)}` });
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
function balanceLastBlock(slots: readonly Slot[], lastBlockStart: number, ctx: PourContext): Poured | undefined {
  const before = slots.slice(0, lastBlockStart);
  const own = slots.slice(lastBlockStart);
  if (own.length === 0) return undefined;
  const cutAt = (line: number): Poured => pour([...before, ...own.filter((s) => s.line < line)], ctx);
  let lo = Math.min(...own.map((s) => s.line)) + 1;
  let hi = Math.max(...own.map((s) => s.line)) + 1;
  const full = hi;
  let best: Poured | undefined;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const poured = cutAt(mid);
    if (poured.overset) lo = mid + 1;
    else {
      best = poured;
      hi = mid;
    }
  }
  return hi < full ? best : undefined;
}

/** Whether `next` begins a new column after `prev` (another column, page, or back up the page). */
function startsColumn(prev: Slot, next: Slot): boolean {
  return next.page !== prev.page || next.x !== prev.x || next.baseline <= prev.baseline;
}

/**
 * Where `lines` lines starting at slot `cursor` go when no single line of the paragraph may stand
 * at a column's foot (orphan) or head (widow): the first line alone at a foot moves the paragraph
 * to the next column; a last line alone at a head takes the line before with it (a paragraph of
 * three or fewer lines moves whole). Undefined when the plain run of slots already keeps them.
 */
function keepTogether(lines: number, cursor: number, isHead: (k: number) => boolean): ((n: number) => number) | undefined {
  if (lines < 2) return undefined;
  let start = cursor;
  if (isHead(start + 1)) start += 1; // orphan: the first line would stand alone at the foot
  let skipFrom = lines; // lines from here on go one slot further
  const last = start + lines - 1;
  if (isHead(last)) {
    if (lines >= 4) skipFrom = lines - 2;
    else start = last;
  }
  if (start === cursor && skipFrom === lines) return undefined;
  return (n) => start + n + (n >= skipFrom ? 1 : 0);
}

/** A 下转第X版 / 上接第X版 line in a body slot, at body size. */
function jumpLine(pattern: string, otherPage: number, slot: Slot, align: 'left' | 'right', grid: PageGrid, fonts: FontLibrary): DisplayItem[] {
  const { body, jump } = grid.template;
  const spans = [{ text: expandPattern(pattern, { page: String(otherPage) }), role: jump.role, size: body.size }];
  const line = composeParagraph(spans, { ...BODY_STYLE, em: body.size, indent: 0, align }, () => slot.width, fonts).lines[0];
  return line ? lineRuns(line, slot.x, slot.baseline, { role: 'furniture' }) : [];
}

/** Credits this short run on after the text; longer ones (本报记者 X 摄) get a line of their own. */
const RUN_IN_CREDIT = 4;

interface ParagraphSpans {
  spans: Span[];
  source: SpanSource;
  align: 'justify' | 'right';
}

/** Body paragraphs as spans: the byline runs in at the head of the first; the credit ends flush right. */
function articleParagraphs(article: Article, bodyRole: string, size: number, bylineRole: string, emphasis: { bold: string; italic: string }): ParagraphSpans[] {
  const out: ParagraphSpans[] = article.paragraphs.map((text, p) => {
    const spans: Span[] = [];
    const parts: Array<{ part: 'byline' | 'body'; base: number }> = [];
    if (p === 0 && article.byline) {
      spans.push({ text: article.byline, role: bylineRole, size });
      parts.push({ part: 'byline', base: 0 });
    }
    // The paragraph in runs of one style: plain in the body role, bold and italic in the emphasis roles.
    let at = 0;
    const plain = (end: number): void => {
      if (end > at) {
        spans.push({ text: text.slice(at, end), role: bodyRole, size });
        parts.push({ part: 'body', base: at });
      }
    };
    for (const r of article.styles ?? []) {
      if (r.paragraph !== p) continue;
      plain(r.start);
      spans.push({ text: text.slice(r.start, r.end), role: emphasis[r.style], size });
      parts.push({ part: 'body', base: r.start });
      at = r.end;
    }
    plain(text.length);
    return { spans, align: 'justify', source: (s) => ({ article: article.id, paragraph: p, ...(parts[s] ?? { part: 'body', base: 0 }) }) };
  });
  const credit = article.credit;
  const last = out[out.length - 1];
  if (credit && last && [...credit].length <= RUN_IN_CREDIT) {
    // A short credit such as （完） runs on at the end of the last paragraph.
    const lastSource = last.source;
    const bodySpans = last.spans.length;
    last.spans.push({ text: credit, role: bodyRole, size });
    last.source = (s) => (s < bodySpans ? lastSource(s) : { article: article.id, part: 'credit', paragraph: 0 });
  } else if (credit) {
    out.push({ spans: [{ text: credit, role: bodyRole, size }], align: 'right', source: () => ({ article: article.id, part: 'credit', paragraph: 0 }) });
  }
  return out;
}
