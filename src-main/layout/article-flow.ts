/**
 * An article through its blocks: headline tiers across the first block, then the body poured
 * line by line into the blocks' columns, top to bottom, left to right, on the baseline grid.
 * A paragraph that reaches a column's foot carries on at the next column's head without a new
 * indent; whatever finds no line is overset and reported with its exact text.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Diagnostic, DisplayItem, TextRun } from '../model/display-list.js';
import type { Article, Block } from '../model/issue.js';
import { parseFontSize } from '../model/units.js';
import { BODY_STYLE, composeParagraph } from '../typeset/paragraph.js';
import type { Span } from '../typeset/types.js';
import { setDisplayText } from './display-text.js';
import type { PageGrid } from './grid.js';
import { lineRuns, lineText, type SpanSource } from './runs.js';

/** A block on a page, with the grid of that page. */
export interface PlacedBlock {
  page: number;
  block: Block;
  grid: PageGrid;
}

/** One body line's place: left edge, width and grid line of a column. */
interface Slot {
  page: number;
  x: number;
  width: number;
  baseline: number;
}

export interface ArticleOutput {
  /** Display items per page number. */
  items: Map<number, DisplayItem[]>;
  diagnostics: Diagnostic[];
}

export function flowArticle(article: Article, blocks: readonly PlacedBlock[], fonts: FontLibrary): ArticleOutput {
  const items = new Map<number, DisplayItem[]>();
  const diagnostics: Diagnostic[] = [];
  const emit = (page: number, more: readonly DisplayItem[]): void => {
    const list = items.get(page) ?? [];
    list.push(...more);
    items.set(page, list);
  };

  const slots: Slot[] = [];
  blocks.forEach((placed, i) => {
    const firstBodyLine = i === 0 ? setHeadlines(article, placed, fonts, (runs) => emit(placed.page, runs)) : placed.block.top;
    slots.push(...blockSlots(placed, firstBodyLine));
  });

  const first = blocks[0];
  if (!first) return { items, diagnostics };
  const template = first.grid.template;
  const style = { ...BODY_STYLE, em: template.body.size, indent: template.body.indent };
  const lastWidth = slots[slots.length - 1]?.width ?? first.grid.spanWidth(1);
  const paragraphs = articleParagraphs(article, template.body.role, template.body.size, template.byline.role);
  let cursor = 0;
  let oversetFrom: { paragraph: number; span: number; offset: number } | undefined;

  paragraphs.forEach(({ spans, source, align }, p) => {
    if (oversetFrom) return;
    const composed = composeParagraph(spans, align === 'right' ? { ...style, indent: 0, align } : style, (n) => slots[cursor + n]?.width ?? lastWidth, fonts);
    const page = slots[cursor]?.page ?? first.page;
    for (const miss of composed.missing) {
      diagnostics.push({
        kind: 'missing-glyph', severity: miss.fallback ? 'warning' : 'error', page, article: article.id, char: miss.char,
        codePoint: `U+${(miss.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`, role: miss.role,
        ...(miss.fallback ? { fallback: miss.fallback } : {}),
        message: `${miss.char} is not in the ${miss.role} font${miss.fallback ? `; set in ${miss.fallback}` : ' or any fallback'}`,
      });
    }
    composed.lines.forEach((line, i) => {
      if (oversetFrom) return;
      const slot = slots[cursor + i];
      const firstGlyph = line.glyphs[0]?.glyph;
      if (!slot) {
        oversetFrom = { paragraph: p, span: firstGlyph?.span ?? 0, offset: firstGlyph?.offset ?? 0 };
        return;
      }
      emit(slot.page, lineRuns(line, slot.x, slot.baseline, { role: 'body', source }));
      if (line.overfull) {
        diagnostics.push({ kind: 'overfull-line', severity: 'warning', page: slot.page, article: article.id, paragraph: p, text: lineText(line), message: `a line is wider than its column: ${lineText(line)}` });
      } else if (!line.last && line.ratio > 3) {
        diagnostics.push({ kind: 'loose-line', severity: 'info', page: slot.page, article: article.id, paragraph: p, ratio: line.ratio, text: lineText(line), message: `a loosely spaced line: ${lineText(line)}` });
      }
    });
    cursor += composed.lines.length;
  });

  if (oversetFrom) {
    const { paragraph, span, offset } = oversetFrom;
    const rest = paragraphs.slice(paragraph).map(({ spans }, k) =>
      spans.map((s, si) => (k > 0 || si > span ? s.text : si === span ? s.text.slice(offset) : '')).join(''),
    );
    const text = rest.join('\n');
    const page = blocks[blocks.length - 1]?.page ?? first.page;
    diagnostics.push({
      kind: 'overset', severity: 'error', page, article: article.id, chars: [...text.replace(/\n/g, '')].length, text,
      message: `${[...text.replace(/\n/g, '')].length} characters of “${article.headline}” do not fit: ${text.slice(0, 24)}…`,
    });
  }
  return { items, diagnostics };
}

/** Credits this short run on after the text; longer ones (本报记者 X 摄) get a line of their own. */
const RUN_IN_CREDIT = 4;

interface ParagraphSpans {
  spans: Span[];
  source: SpanSource;
  align: 'justify' | 'right';
}

/** Body paragraphs as spans: the byline runs in at the head of the first; the credit ends flush right. */
function articleParagraphs(article: Article, bodyRole: string, size: number, bylineRole: string): ParagraphSpans[] {
  const out: ParagraphSpans[] = article.paragraphs.map((text, p) => {
    const spans: Span[] = [];
    const parts: Array<'byline' | 'body'> = [];
    if (p === 0 && article.byline) {
      spans.push({ text: article.byline, role: bylineRole, size });
      parts.push('byline');
    }
    spans.push({ text, role: bodyRole, size });
    parts.push('body');
    return { spans, align: 'justify', source: (s) => ({ article: article.id, part: parts[s] ?? 'body', paragraph: p }) };
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

/** Sets 引题/主题/副题 across the block; returns the first grid line free for body text. */
function setHeadlines(article: Article, placed: PlacedBlock, fonts: FontLibrary, emit: (runs: TextRun[]) => void): number {
  const { grid, block } = placed;
  const { headlines } = grid.template;
  const em = grid.template.body.size;
  const left = grid.columnLeft(block.column) + em;
  const width = grid.spanWidth(block.span) - 2 * em;
  const sizes = headlines.headline.sizeBySpan;
  const headSize = (block.headlineSize !== undefined ? parseFontSize(block.headlineSize) : undefined) ?? sizes[Math.min(block.span, sizes.length) - 1] ?? em * 2;
  const source = (part: 'kicker' | 'headline' | 'subhead'): SpanSource => () => ({ article: article.id, part, paragraph: 0 });
  // Air above the headline: half a line, more when the block is not at the top of the type area.
  let y = grid.lineTop(block.top) + (block.top > 0 ? grid.pitch : grid.pitch / 2);
  const tiers: Array<[string | undefined, { role: string; size: number }, 'kicker' | 'headline' | 'subhead']> = [
    [article.kicker, headlines.kicker, 'kicker'],
    [article.headline, { role: headlines.headline.role, size: headSize }, 'headline'],
    [article.subhead, headlines.subhead, 'subhead'],
  ];
  for (const [text, style, part] of tiers) {
    if (!text) continue;
    const set = setDisplayText(text, style, 'center', left, width, y, fonts, source(part));
    emit(set.runs);
    y = set.bottom + style.size * 0.25;
  }
  return Math.min(block.top + block.height, grid.lineAtOrBelow(y + grid.pitch / 2));
}

function blockSlots({ page, block, grid }: PlacedBlock, firstLine: number): Slot[] {
  const slots: Slot[] = [];
  const width = grid.spanWidth(1);
  for (let c = block.column; c < block.column + block.span; c++) {
    for (let k = firstLine; k < block.top + block.height; k++) {
      slots.push({ page, x: grid.columnLeft(c), width, baseline: grid.baseline(k) });
    }
  }
  return slots;
}
