/**
 * An article's blocks as parts, before any body text is set: each block on its page with its
 * headline (the article's own on the first block, the repeated one over the first block of a page
 * the text is continued onto), its border and photos, the body slots they leave, and where the
 * text changes page the slots of its 转版 lines: 下转第X版 in the last slot of the earlier page,
 * 上接第X版 in the first slot of the later one.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Diagnostic, DisplayItem } from '../model/display-list.js';
import type { ImageSizes } from '../model/image-files.js';
import type { Article, Block } from '../model/issue.js';
import { blockArea, blockSlots, type BlockArea, type Exclusion, type Slot } from './block-area.js';
import { boxBorder } from './box.js';
import type { PageGrid } from './grid.js';
import { acrossHeadline, bodyTop, continuationHeadline, verticalHeadline, type Headline } from './headlines.js';
import { placePhoto } from './photo.js';
import { expandPattern } from './running-header.js';

/** A block on a page, with the grid of that page. */
export interface PlacedBlock {
  page: number;
  block: Block;
  grid: PageGrid;
}

/** A 下转第X版 or 上接第X版 line: what it says and the body slot it takes. */
export interface JumpLine {
  slot: Slot;
  text: string;
  align: 'left' | 'right';
}

export interface ArticlePart extends PlacedBlock {
  area: BlockArea;
  /** The body slots in reading order, without those of the 转版 lines. */
  slots: Slot[];
  /** The article's headline, on the first part. */
  headline: DisplayItem[];
  /** Border, photos and captions: drawn whether or not any text reaches the block. */
  furniture: DisplayItem[];
  /** On the first part of a page the text is continued onto: the repeated headline and the 上接 line. */
  continued?: { heading: DisplayItem[]; from: JumpLine };
  /** On the part whose last slot the text leaves its page from: the 下转 line. */
  goesOn?: JumpLine;
  /** A block on a continued page with no room for its share of the text: it takes none (reported). */
  empty: boolean;
  /** One past the last line its photo frames and their whole captions need (the block's top when it has none). */
  photoFoot: number;
}

/** A block laid out on its own, before the page breaks take their slots. */
interface LaidBlock {
  part: ArticlePart;
  /** The repeated headline, on the first block of a page the text is continued onto. */
  heading?: DisplayItem[];
}

/** The article's blocks on one page, in reading order. */
interface PageRun {
  page: number;
  blocks: LaidBlock[];
}

/**
 * `measureOnly`: for a probe of how much the text needs (fit-height.ts), the headlines are
 * measured, not set: their parts carry no display items.
 */
export function articleParts(article: Article, blocks: readonly PlacedBlock[], fonts: FontLibrary, images: ImageSizes, measureOnly = false): { parts: ArticlePart[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const laid = blocks.map((placed, i) => layOutBlock(article, placed, i === 0, blocks[i - 1], fonts, images, diagnostics, measureOnly));
  const runs: PageRun[] = [];
  for (const b of laid) {
    const run = runs[runs.length - 1];
    if (run?.page === b.part.page) run.blocks.push(b);
    else runs.push({ page: b.part.page, blocks: [b] });
  }

  // A continued page takes text only with room for its 上接 line, one line of text and, when the
  // text goes on to a later page, its 下转 line. A page with less is left out of the flow: a
  // reader sent there would find a jump line and no text, or nothing at all. The night editor is
  // told (an error: the block is a hole in the page), and the jump lines around it name the pages
  // the text really goes to and comes from.
  const takesText = runs.map(() => true);
  let later = false;
  for (let k = runs.length - 1; k > 0; k--) {
    const room = (runs[k]?.blocks ?? []).reduce((n, b) => n + b.part.slots.length, 0);
    const takes: boolean = room >= (later ? 3 : 2);
    takesText[k] = takes;
    later ||= takes;
  }

  let previous: PageRun | undefined;
  runs.forEach((run, k) => {
    if (!takesText[k]) {
      const before = runs[takesText.lastIndexOf(true, k)]?.page;
      const after = runs[takesText.indexOf(true, k)]?.page;
      for (const { part } of run.blocks) {
        diagnostics.push(emptyPart(article, part, before, after));
        part.slots = [];
        part.empty = true;
      }
      return;
    }
    if (previous) {
      const to = lastWithSlots(previous);
      const from = run.blocks.find((b) => b.part.slots.length > 0)?.part;
      const first = run.blocks[0] as LaidBlock;
      if (to) to.goesOn = jumpLine(to.slots.pop() as Slot, to.grid.template.jump.to, run.page, 'right');
      if (from) first.part.continued = { heading: first.heading ?? [], from: jumpLine(from.slots.shift() as Slot, from.grid.template.jump.from, previous.page, 'left') };
    }
    previous = run;
  });
  return { parts: laid.map((b) => b.part), diagnostics };
}

function layOutBlock(article: Article, placed: PlacedBlock, first: boolean, previous: PlacedBlock | undefined, fonts: FontLibrary, images: ImageSizes, diagnostics: Diagnostic[], measureOnly: boolean): LaidBlock {
  const { block, grid, page } = placed;
  const area = blockArea(block, grid, grid.template.box.padding);
  const continued = previous !== undefined && previous.page !== page;
  let head: Headline | undefined;
  if (first) head = block.headline === 'vertical' ? verticalHeadline(article, block, area, grid, page, fonts) : acrossHeadline(article, block, area, grid, page, fonts, measureOnly);
  else if (continued) head = continuationHeadline(article, block, area, grid, fonts, measureOnly);
  if (head) diagnostics.push(...head.diagnostics);
  if (head && head.pastBlock > 0) {
    const what = first ? 'headline' : 'repeated headline';
    diagnostics.push({ kind: 'headline-past-block', severity: 'error', page, article: article.id, lines: head.pastBlock, message: `the ${what} of “${article.headline}” runs ${head.pastBlock} lines past the foot of its block on page ${page}` });
  }
  const furniture: DisplayItem[] = block.box ? boxBorder(block, block.box, grid, grid.template.box.weight) : [];
  const exclusions: Exclusion[] = head?.exclusion ? [head.exclusion] : [];
  // Photos are placed from the first body line under the headline.
  const origin = head && head.columns.length > 0 ? head.firstLine : bodyTop(block, area);
  let photoFoot = block.top;
  for (const photo of block.photos ?? []) {
    const column = block.column + photo.column - 1;
    const from = origin + photo.top;
    const placedPhoto = placePhoto(article, photo, { column, span: photo.span, from, to: from + photo.height }, area, page, grid, images, fonts);
    furniture.push(...placedPhoto.items);
    exclusions.push(placedPhoto.exclusion);
    photoFoot = Math.max(photoFoot, placedPhoto.foot);
    diagnostics.push(...placedPhoto.diagnostics);
  }
  const under = new Set(head?.columns ?? []);
  const start = (column: number): number => (under.has(column) ? (head?.firstLine ?? area.top) : !first && !continued ? area.top : bodyTop(block, area));
  const slots = blockSlots(page, area, grid, start, exclusions);
  const part: ArticlePart = { ...placed, area, slots, headline: first && head ? head.runs : [], furniture, empty: false, photoFoot };
  return continued && head ? { part, heading: head.runs } : { part };
}

/** The part whose last slot is the last body slot of the page. */
function lastWithSlots(run: PageRun): ArticlePart | undefined {
  return run.blocks.filter((b) => b.part.slots.length > 0).pop()?.part;
}

function jumpLine(slot: Slot, pattern: string, otherPage: number, align: JumpLine['align']): JumpLine {
  return { slot, text: expandPattern(pattern, { page: String(otherPage) }), align };
}

/** Whole characters of body size a line of this width holds: the copyfit's measure. */
export const charsPerLine = (width: number, em: number): number => Math.max(1, Math.floor(width / em + 1e-6));

/** A block of a continued page left out of the flow: a hole in the page (开天窗) until it grows or goes. */
function emptyPart(article: Article, part: ArticlePart, before: number | undefined, after: number | undefined): Diagnostic {
  const jump = before !== undefined && after !== undefined ? `; page ${before} jumps to page ${after}` : '';
  const lines = part.area.bottom - part.area.top;
  const perLine = charsPerLine(part.grid.spanWidth(1), part.grid.template.body.size);
  return {
    kind: 'underset', severity: 'error', page: part.page, article: article.id, lines, chars: lines * part.block.span * perLine,
    message: `“${article.headline}” has no room for a line of text in its block on page ${part.page} under the repeated headline and 转版 lines: the block is left empty${jump}`,
  };
}
