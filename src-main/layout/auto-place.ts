/**
 * Auto-placement of a page given only an ordered list of articles: the lead across the whole
 * type area at the top (the widest headline), its height fitted to its text; the others in
 * stacks of equal columns below it, each fitted to its text. A stack's few spare lines widen its
 * headline zones so the blocks tile the type area; when the copy is too short for the page, the
 * rest is left as one free area at the stack's foot (a place for a photo or an advertisement,
 * reported) rather than as a hole under every article. The fewest stacks (of at
 * most four columns) that take every article win: wider columns. The lead has the largest
 * headline; the stories after it step down in size (steppedSize). An article's
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
  const framed = (article: Article, place: Omit<Block, 'article' | 'height' | 'photos'>): Omit<Block, 'height'> => framedBlock(article, place, grid, images, fonts);
  if (rest.length === 0) return { blocks: [sizedBlock(framed(lead, { column: 1, span: grid.columns, top, fit: true }), free)], left: [] };

  // The lead across as many columns as keep its columns deep enough to read: a short lead across
  // the whole page would be a few lines in every column. Its depth is that of its text alone: a
  // short text beside a photo frame would end high and leave a hole under it. Beside a narrower
  // lead, the other articles start at the top.
  const textDepth = (span: number): number => fitHeight(lead, { article: lead.id, column: 1, span, top, fit: true }, grid, fonts) ?? free;
  let leadSpan = grid.columns;
  while (leadSpan > Math.ceil(grid.columns / 2) && textDepth(leadSpan) < MIN_LEAD_LINES) leadSpan--;
  // The share caps the lead's text; its photo frames come on top of it.
  const framedLead = framed(lead, { column: 1, span: leadSpan, top, fit: true });
  // The stories after the lead step down in headline size by their place in the list.
  const rank = new Map(rest.map((a, i) => [a, i + 1]));
  const sizes = grid.template.headlines.headline.sizeBySpan;
  const at: BlockAt = (article, column, span, line) => {
    const size = steppedSize(sizes, leadSpan, span, rank.get(article) ?? 1);
    return framed(article, { column, span, top: line, fit: true, ...(size !== undefined ? { headlineSize: size } : {}) });
  };
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
 * The headline size of the `rank`-th story after the lead: under the lead's and no larger than its
 * own span's for the next two, a step smaller for the two after them, and so on (头条 first, then
 * the 二条 and 三条); undefined when that is the span's own size.
 */
export function steppedSize(sizes: readonly number[], leadSpan: number, span: number, rank: number): number | undefined {
  const own = sizes[Math.min(span, sizes.length) - 1] as number;
  const lead = sizes[Math.min(leadSpan, sizes.length) - 1] as number;
  const below = [...new Set(sizes.filter((s) => s < lead))].sort((a, b) => b - a);
  const start = below.findIndex((s) => s <= own);
  const target = start < 0 ? own : (below[Math.min(start + Math.floor((rank - 1) / 2), below.length - 1)] as number);
  return target < own ? target : undefined;
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
