/**
 * Headlines of a block: 栏题/引题/主题/副题 across the columns at the block's top (balanced, shrunk
 * within the template's limits when too long), the repeated headline over a continued part, and
 * the vertical headline (竖排) at the block's right side.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import { BLACK, type Diagnostic, type TextRun } from '../model/display-list.js';
import type { Article, Block } from '../model/issue.js';
import { parseFontSize } from '../model/units.js';
import { isNoStart } from '../model/char-class.js';
import { setVertical } from '../typeset/vertical.js';
import { areaColumns, type BlockArea, type Exclusion } from './block-area.js';
import { DISPLAY_LEADING, displayLineCount, setDisplayText, type DisplayBlock } from './display-text.js';
import type { PageGrid } from './grid.js';
import { missingGlyphDiagnostics } from './missing-glyphs.js';
import type { SpanSource } from './runs.js';

export interface Headline {
  runs: TextRun[];
  /** First grid line free for body text in the columns under the headline. */
  firstLine: number;
  /** The columns the headline spans (those that start at the block's top). */
  columns: number[];
  exclusion?: Exclusion;
  /** Lines the headline's type reaches below the foot of the block, over what is there (0 when inside). */
  pastBlock: number;
  diagnostics: Diagnostic[];
}

/** Whole lines from the block's foot down to `bottom` (a y in page points), 0 when `bottom` is above it. */
const linesPast = (bottom: number, area: BlockArea, grid: PageGrid): number => Math.max(0, Math.ceil((bottom - grid.lineTop(area.bottom)) / grid.pitch - 1e-6));

type Part = 'banner' | 'kicker' | 'headline' | 'subhead' | 'jump';
const sourceOf = (article: Article, part: Part): SpanSource => () => ({ article: article.id, part, paragraph: 0 });

/** The headline's font size: the block's own, else the template's for the headline's span. */
export function headlineSize(block: Block, span: number, grid: PageGrid): number {
  const sizes = grid.template.headlines.headline.sizeBySpan;
  const own = block.headlineSize !== undefined ? parseFontSize(block.headlineSize) : undefined;
  return own ?? sizes[Math.min(span, sizes.length) - 1] ?? grid.template.body.size * 2;
}

/** The main headline's style in a block: the template's, with the block's own size, font, alignment and lines. */
export function mainHeadline(block: Block, span: number, grid: PageGrid): { role: string; size: number; align: 'left' | 'center' | 'right'; maxLines: number; letterSpacing: number; minScale: number; minCondense: number } {
  const main = grid.template.headlines.headline;
  return { ...main, role: block.headlineRole ?? main.role, align: block.headlineAlign ?? main.align, maxLines: block.headlineLines ?? main.maxLines, size: headlineSize(block, span, grid) };
}

/** First line of body text in a block with no headline across its top (air under the rule above). */
export function bodyTop(block: Block, area: BlockArea): number {
  return block.top > 0 && !block.box ? area.top + 1 : area.top;
}

/** The columns at the block's top and their extent, inset by an em unless the box already pads them. */
function topMeasure(block: Block, area: BlockArea, grid: PageGrid): { columns: number[]; left: number; width: number; y: number } {
  const columns = area.columns.filter((c) => c.from === block.top).map((c) => c.column);
  const first = columns[0] ?? block.column;
  const last = columns[columns.length - 1] ?? block.column;
  const inset = block.box ? 0 : grid.template.body.size;
  const left = areaColumns(area, first).x0 + inset;
  const right = areaColumns(area, last).x1 - inset;
  // Air above the headline: half a line at the top of the type area, a line under a rule or box edge.
  const y = grid.lineTop(block.top) + (block.top > 0 || block.box ? grid.pitch : grid.pitch / 2);
  return { columns, left, width: right - left, y };
}

/** `measureOnly`: where the body starts under the headline, without setting it (no runs). */
export function acrossHeadline(article: Article, block: Block, area: BlockArea, grid: PageGrid, page: number, fonts: FontLibrary, measureOnly = false): Headline {
  const { headlines } = grid.template;
  const { columns, left, width, y: top } = topMeasure(block, area, grid);
  const main = mainHeadline(block, columns.length, grid);
  const full = main.size;
  const diagnostics: Diagnostic[] = [];
  // A headline that takes more than maxLines lines is first condensed (长体) in 5 % steps down to
  // minCondense, then shrunk half a point at a time down to minScale of its size.
  let size = full;
  let scaleX = 1;
  const words = { punctuation: headlines.punctuation, words: true };
  const lineCount = (s: number, x: number): number => displayLineCount(article.headline, { role: main.role, size: s }, width, fonts, { ...words, letterSpacing: main.letterSpacing, scaleX: x });
  while (lineCount(size, scaleX) > main.maxLines && scaleX - 0.05 >= main.minCondense - 1e-9) scaleX = Math.round((scaleX - 0.05) * 100) / 100;
  while (lineCount(size, scaleX) > main.maxLines && size - 0.5 >= full * main.minScale) size -= 0.5;
  if (size < full || scaleX < 1 || lineCount(size, scaleX) > main.maxLines) {
    const fits = lineCount(size, scaleX) <= main.maxLines;
    const condensedTo = scaleX < 1 ? `condensed to ${Math.round(scaleX * 100)} %` : '';
    const how = size < full ? `set at ${size} pt${condensedTo ? `, ${condensedTo},` : ''} instead of ${full} pt` : condensedTo;
    diagnostics.push({
      kind: 'headline-shrunk', severity: fits ? 'info' : 'warning', page, article: article.id, size,
      message: fits
        ? `the headline “${article.headline}” was ${how} to fit ${main.maxLines} lines`
        : `the headline “${article.headline}” takes more than ${main.maxLines} lines even ${size < full ? `at ${size} pt` : ''}${condensedTo ? ` ${condensedTo}` : ''}`,
    });
  }
  const tiers: Array<[string | undefined, { role: string; size: number; align: 'left' | 'center' | 'right'; letterSpacing: number }, Part]> = [
    [article.banner, headlines.banner, 'banner'],
    // A block's own alignment is the whole headline group's (引题 and 副题 go with the 主题).
    [article.kicker, { ...headlines.kicker, align: block.headlineAlign ?? headlines.kicker.align }, 'kicker'],
    [article.headline, { ...main, size }, 'headline'],
    [article.subhead, { ...headlines.subhead, align: block.headlineAlign ?? headlines.subhead.align }, 'subhead'],
  ];
  const runs: TextRun[] = [];
  let y = top;
  let ink = top;
  for (const [text, style, part] of tiers) {
    if (!text) continue;
    const condense = part === 'headline' && scaleX < 1 ? { scaleX } : {};
    const opts = { ...words, letterSpacing: style.letterSpacing, ...condense };
    if (measureOnly) {
      const lines = displayLineCount(text, style, width, fonts, opts);
      ink = y + lines * style.size * DISPLAY_LEADING;
      y = ink + style.size * 0.25;
      continue;
    }
    const set = setDisplayText(text, style, style.align, left, width, y, fonts, { source: sourceOf(article, part), ...opts });
    runs.push(...set.runs);
    diagnostics.push(...missingGlyphDiagnostics(set.missing, page, article.id), ...splitWordDiagnostics(set, text, part, page, article.id));
    ink = set.bottom;
    y = set.bottom + style.size * 0.25;
  }
  // Lines of air added to the zone (headSpace): the headline moves down by half of them.
  const air = block.headSpace ?? 0;
  const shift = (air * grid.pitch) / 2;
  return {
    runs: shift ? runs.map((r) => ({ ...r, y: r.y + shift })) : runs,
    firstLine: Math.min(area.bottom, grid.lineAtOrBelow(y + grid.pitch / 2) + air),
    columns,
    pastBlock: linesPast(ink + shift, area, grid),
    diagnostics,
  };
}

/** The headline repeated over the part of an article continued from another page. */
export function continuationHeadline(article: Article, block: Block, area: BlockArea, grid: PageGrid, fonts: FontLibrary, measureOnly = false): Headline {
  const { columns, left, width, y } = topMeasure(block, area, grid);
  const style = grid.template.headlines.continuation;
  const text = article.jump?.headline ?? article.headline;
  const opts = { punctuation: grid.template.headlines.punctuation, words: true };
  const set = measureOnly
    ? { runs: [], bottom: y + displayLineCount(text, style, width, fonts, opts) * style.size * DISPLAY_LEADING }
    : setDisplayText(text, style, 'center', left, width, y, fonts, { source: sourceOf(article, 'jump'), ...opts });
  return { runs: set.runs, firstLine: Math.min(area.bottom, grid.lineAtOrBelow(set.bottom + grid.pitch / 2)), columns, pastBlock: linesPast(set.bottom, area, grid), diagnostics: [] };
}

/** A headline line that had to end inside a word, named with the lines around the break (the editor may type a line break there). */
function splitWordDiagnostics(set: DisplayBlock, text: string, part: Part, page: number, article: string): Diagnostic[] {
  const baselines = [...new Set(set.runs.map((r) => r.y))];
  return set.splitWords.map((n) => {
    const at = (k: number): string => set.runs.filter((r) => r.y === baselines[k]).map((r) => r.text).join('');
    const line = at(n);
    const next = at(n + 1);
    return { kind: 'headline-split-word', severity: 'warning', page, article, part, line, next, message: `the ${part} “${text}” breaks inside a word: “${line}/${next}” (type a line break where it should break)` };
  });
}

/** Line pitch across vertical lines, in em of each line's size. */
const VERTICAL_LEADING = 1.3;

/**
 * 栏题/引题/主题/副题 set top to bottom, lines from right to left (栏题 rightmost), in whole columns
 * at the block's right side; the body takes the other columns, and those columns below it.
 */
export function verticalHeadline(article: Article, block: Block, area: BlockArea, grid: PageGrid, page: number, fonts: FontLibrary): Headline {
  const { headlines } = grid.template;
  const top = grid.lineTop(block.top) + (block.top > 0 || block.box ? grid.pitch : grid.pitch / 2);
  const avail = grid.lineTop(area.bottom) - grid.pitch - top;
  const lines: Array<{ text: string; offset: number; role: string; size: number; spacing: number; part: Part }> = [];
  // A line break typed into a tier starts a new vertical line; the headline's lines are split
  // further, evenly, where they are taller than the block.
  for (const part of ['banner', 'kicker'] as const) {
    const tier = headlines[part];
    for (const piece of typedLines(article[part] ?? '')) lines.push({ ...piece, role: tier.role, size: tier.size, spacing: tier.letterSpacing, part });
  }
  const main = mainHeadline(block, block.span, grid);
  for (const typed of typedLines(article.headline)) {
    const height = setVertical(typed.text, main.role, main.size, main.letterSpacing, fonts).height;
    for (const piece of splitEvenly(typed.text, Math.max(1, Math.ceil(height / avail)))) {
      lines.push({ text: piece.text, offset: typed.offset + piece.offset, role: main.role, size: main.size, spacing: main.letterSpacing, part: 'headline' });
    }
  }
  const sub = headlines.subhead;
  for (const piece of typedLines(article.subhead ?? '')) lines.push({ ...piece, role: sub.role, size: sub.size, spacing: sub.letterSpacing, part: 'subhead' });

  const stripWidth = lines.reduce((w, l) => w + l.size * VERTICAL_LEADING, 0);
  // Whole columns from the right, enough for the strip and an em of air.
  const last = block.column + block.span - 1;
  let k = 1;
  while (k < block.span && grid.spanWidth(k) < stripWidth + grid.template.body.size) k++;
  const x0 = areaColumns(area, last - k + 1).x0;
  const x1 = area.right;
  let x = (x0 + x1 + stripWidth) / 2;
  const runs: TextRun[] = [];
  const diagnostics: Diagnostic[] = [];
  let bottom = top;
  for (const line of lines) {
    const pitch = line.size * VERTICAL_LEADING;
    const centre = x - pitch / 2;
    x -= pitch;
    const set = setVertical(line.text, line.role, line.size, line.spacing, fonts);
    let y = top;
    for (const cell of set.cells) {
      if (cell.glyphs.length > 0) {
        runs.push({
          kind: 'text', font: cell.face.key, size: cell.size, fill: BLACK, x: centre - cell.width / 2,
          y: y + (line.size - cell.size) / 2 + cell.face.emTop * cell.size,
          glyphs: cell.glyphs.map((g) => ({ id: g.id, dx: 0, dy: 0, advance: g.advance, chars: g.chars })),
          text: cell.glyphs.map((g) => g.chars).join(''), role: 'display',
          source: { article: article.id, part: line.part, paragraph: 0, offset: line.offset + cell.offset },
        });
      }
      y += cell.height;
    }
    bottom = Math.max(bottom, y);
    diagnostics.push(...missingGlyphDiagnostics(set.missing, page, article.id, line.role));
  }
  const to = Math.min(area.bottom, grid.lineAtOrBelow(bottom + grid.pitch / 2) + 1);
  return { runs, firstLine: bodyTop(block, area), columns: [], exclusion: { x0, x1: area.right + 1, from: block.top, to }, pastBlock: linesPast(bottom, area, grid), diagnostics };
}

/** The lines typed into `text` (between its line breaks), with their UTF-16 offsets; none for empty text. */
function typedLines(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let from = 0;
  for (const brk of [...text.matchAll(/\r\n|[\n\r\u2028\u2029]/gu), { index: text.length, 0: '' }]) {
    if (brk.index > from) out.push({ text: text.slice(from, brk.index), offset: from });
    from = brk.index + brk[0].length;
  }
  return out;
}

/** `text` cut into `n` pieces of about equal length, none starting with a mark that may not start a line. */
function splitEvenly(text: string, n: number): Array<{ text: string; offset: number }> {
  const chars = [...text];
  const out: Array<{ text: string; offset: number }> = [];
  let at = 0;
  let offset = 0;
  for (let i = 0; i < n && at < chars.length; i++) {
    let end = i === n - 1 ? chars.length : Math.round(((i + 1) * chars.length) / n);
    while (end < chars.length && isNoStart(chars[end] ?? '')) end++;
    const piece = chars.slice(at, end).join('');
    out.push({ text: piece, offset });
    offset += piece.length;
    at = end;
  }
  return out;
}
