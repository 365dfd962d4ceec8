/**
 * Auto-placement of a page given only an ordered list of articles: the lead across the whole
 * type area at the top (the widest headline), its height fitted to its text; the others in
 * stacks of equal columns below it, each fitted to its text. A stack's few spare lines widen its
 * headline zones so the blocks tile the type area; when the copy is too short for the page, the
 * rest is left as one free area at the stack's foot (a place for a photo or an advertisement,
 * reported) rather than as a hole under every article. The fewest stacks (of at
 * most four columns) that take every article win: wider columns, bigger headlines. An article's
 * images get their default frames (photo-frames.ts), counted when its block is fitted. Editors
 * adjust from there.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { ImageSizes } from '../model/image-files.js';
import type { Article, Block, Page } from '../model/issue.js';
import { fitHeight } from './fit-height.js';
import type { PageGrid } from './grid.js';
import { framedBlock, sizedBlock } from './photo-frames.js';

export interface Placement {
  blocks: Block[];
  /** Articles that found no room (reported as unplaced by the caller). */
  left: Article[];
}

/**
 * The blocks a page is laid out with: its own (explicit blocks win), or, when it has none, those
 * auto-placement gives its list of articles. `top` is the first line below the masthead.
 */
export function pageBlocks(page: Page, articles: ReadonlyMap<string, Article>, grid: PageGrid, top: number, fonts: FontLibrary, images: ImageSizes): Block[] {
  if (page.blocks.length > 0 || !page.articles) return page.blocks;
  return autoPlace(page.articles.map((id) => articles.get(id) as Article), grid, top, fonts, images).blocks;
}

/** The lead never takes more than this share of the lines below `top`. */
const LEAD_SHARE = 0.45;
const MAX_STACK = 4;
/** Most lines of air a block's headline zone takes from a stack's spare lines. */
const MAX_HEAD_SPACE = 3;
/** How far down the list a stack's foot looks for an article short enough to fill it. */
const LOOKAHEAD = 8;
/** A lead block shallower than this (in lines, headline included) is made narrower instead. */
const MIN_LEAD_LINES = 20;

export function autoPlace(articles: readonly Article[], grid: PageGrid, top: number, fonts: FontLibrary, images: ImageSizes): Placement {
  const [lead, ...rest] = articles;
  if (!lead) return { blocks: [], left: [] };
  const free = grid.lines - top;
  const at = (article: Article, column: number, span: number, line: number): Omit<Block, 'height'> => framedBlock(article, { column, span, top: line, fit: true }, grid, images, fonts);
  if (rest.length === 0) return { blocks: [sizedBlock(at(lead, 1, grid.columns, top), free)], left: [] };

  // The lead across as many columns as keep its columns deep enough to read: a short lead across
  // the whole page would be a few lines in every column. Its depth is that of its text alone: a
  // short text beside a photo frame would end high and leave a hole under it. Beside a narrower
  // lead, the other articles start at the top.
  const textDepth = (span: number): number => fitHeight(lead, { article: lead.id, column: 1, span, top, fit: true }, grid, fonts) ?? free;
  let leadSpan = grid.columns;
  while (leadSpan > Math.ceil(grid.columns / 2) && textDepth(leadSpan) < MIN_LEAD_LINES) leadSpan--;
  // The share caps the lead's text; its photo frames come on top of it.
  const framedLead = at(lead, 1, leadSpan, top);
  const tooDeep = Math.max(0, textDepth(leadSpan) - Math.floor(free * LEAD_SHARE));
  const leadBlock = sizedBlock(framedLead, (fitHeight(lead, framedLead, grid, fonts) ?? free) - tooDeep);
  const blocks: Block[] = [leadBlock];

  const regions: Region[] = [
    { column: leadBlock.span + 1, columns: grid.columns - leadBlock.span, top },
    { column: 1, columns: leadBlock.span, top: top + leadBlock.height },
  ].filter((r) => r.columns > 0 && r.top < grid.lines);
  // Share the articles between the regions in proportion to their areas, in reading order.
  const areas = regions.map((r) => r.columns * (grid.lines - r.top));
  const need = rest.map((a) => 2 * (fitHeight(a, at(a, 1, 2, top), grid, fonts) ?? free));
  const total = need.reduce((x, y) => x + y, 0);
  let queue: readonly Article[] = rest;
  regions.forEach((region, i) => {
    const share = i === regions.length - 1 ? Infinity : (total * (areas[i] as number)) / areas.reduce((x, y) => x + y, 0);
    let take = 0;
    let used = 0;
    while (take < queue.length && (take === 0 || used + (need[rest.length - queue.length + take] as number) <= share)) {
      used += need[rest.length - queue.length + take] as number;
      take++;
    }
    if (take === 0) return;
    const placed = fillRegion(queue.slice(0, take), region, at, grid, fonts);
    blocks.push(...placed.blocks);
    queue = [...placed.left, ...queue.slice(take)];
  });
  return { blocks, left: [...queue] };
}

/** Columns [column, column + columns) from line `top` to the foot of the type area. */
interface Region {
  column: number;
  columns: number;
  top: number;
}

/** An article's block at a column, span and line, with its default photo frames. */
type BlockAt = (article: Article, column: number, span: number, top: number) => Omit<Block, 'height'>;

/** The fewest stacks (of at most MAX_STACK columns) that take the most of the articles. */
function fillRegion(articles: readonly Article[], region: Region, at: BlockAt, grid: PageGrid, fonts: FontLibrary): Placement {
  let best: Placement | undefined;
  // Stacks no wider than MAX_STACK columns: a short article across a whole page reads badly.
  for (let stacks = Math.min(articles.length, Math.ceil(region.columns / MAX_STACK)); stacks <= Math.min(articles.length, region.columns); stacks++) {
    const trial = fillStacks(articles, stacks, region, at, grid, fonts);
    if (!best || trial.left.length < best.left.length) best = trial;
    if (trial.left.length === 0) break;
  }
  return best ?? { blocks: [], left: [...articles] };
}

/** Columns split into `n` stacks as evenly as possible, wider ones first. */
function stackSpans(columns: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor(columns / n) + (i < columns % n ? 1 : 0));
}

function fillStacks(articles: readonly Article[], n: number, region: Region, at: BlockAt, grid: PageGrid, fonts: FontLibrary): Placement {
  const blocks: Block[] = [];
  const left: Article[] = [];
  const queue = [...articles];
  let column = region.column;
  const spans = stackSpans(region.columns, n);
  spans.forEach((span, i) => {
    const stack: Block[] = [];
    let line = region.top;
    // Leave at least one article for each stack still to come, so that no stack stays empty.
    const reserve = spans.length - i - 1;
    // In order; when the next article is too long for what is left of the stack, the longest of
    // the following few that fits takes the stack's foot instead of leaving it empty (补白).
    for (;;) {
      let pick: Block | undefined;
      let pickAt = -1;
      for (let q = 0; q < Math.min(queue.length, LOOKAHEAD) && queue.length > reserve; q++) {
        const article = queue[q] as Article;
        const block = at(article, column, span, line);
        const height = fitHeight(article, block, grid, fonts);
        if (height === undefined || line + height > grid.lines || height <= (pick?.height ?? 0)) continue;
        pick = { ...block, height };
        pickAt = q;
        if (q === 0) break;
      }
      if (!pick) break;
      queue.splice(pickAt, 1);
      stack.push(pick);
      line += pick.height;
    }
    shareSpareLines(stack, grid.lines - line);
    blocks.push(...stack);
    column += span;
  });
  left.push(...queue);
  return { blocks, left };
}

/**
 * Spare lines at a stack's foot go to the headline zones of its blocks (题区加行), a few each at
 * most, so the stack reaches the foot of the type area with its articles' text still fitted.
 */
function shareSpareLines(stack: Block[], spare: number): void {
  const share = Math.min(spare, MAX_HEAD_SPACE * stack.length);
  let shift = 0;
  stack.forEach((b, i) => {
    const more = Math.floor(share / stack.length) + (i < share % stack.length ? 1 : 0);
    b.top += shift;
    b.height += more;
    if (more > 0) b.headSpace = (b.headSpace ?? 0) + more;
    shift += more;
  });
}
