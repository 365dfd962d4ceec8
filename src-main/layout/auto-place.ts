/**
 * Auto-placement of a page given only an ordered list of articles: the lead at the top, as wide
 * as keeps its columns deep enough to read, fitted to all its text; the others in stacks beside
 * and below it, each block fitted to its text. Every cut of the rest of the page into stacks (of
 * at most four columns) and every lead width down to half the page is tried, and the fullest page
 * wins: no hole of more than a few lines while articles are left for later pages. Each stack takes
 * the next articles that fill it best, a short from further down for a hole (补白); spare lines
 * make a spanning photo frame taller, then give a headline zone one line of air at most, and what
 * is left stays at the stack's foot (reported as free space). The lead has the largest headline;
 * the stories after it step down in size (steppedSize). An article's images get their default
 * frames (photo-frames.ts), counted when its block is fitted. Editors adjust from there.
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

const MAX_STACK = 4;
/** A lead block shallower than this (in lines, headline included) is made narrower instead. */
const MIN_LEAD_LINES = 20;
/** How far down the list a stack looks for the articles that fill it best (补白). */
const LOOKAHEAD = 8;
/** How much further down the list a hole still open looks for an article to fill it. */
const FILLER_HORIZON = 24;
/** Lines of air a block's headline zone may take from its stack's spare lines: a headline sits in its own zone, not in white. */
const HEAD_AIR = 1;
/** Empty lines at a stack's foot a night editor lets pass; more is a hole in the page. */
export const TOLERATED_LINES = 3;
/** How much taller than its default a frame spanning its block may grow to fill a stack (the picture is cropped to it). */
const PHOTO_GROWTH = 0.3;

export function autoPlace(articles: readonly Article[], grid: PageGrid, top: number, fonts: FontLibrary, images: ImageSizes): Placement {
  const [lead, ...rest] = articles;
  if (!lead) return { blocks: [], left: [] };
  const free = grid.lines - top;
  const framed = (article: Article, place: Omit<Block, 'article' | 'height' | 'photos'>): Omit<Block, 'height'> => framedBlock(article, place, grid, images, fonts);
  const leadAt = (span: number): Block | undefined => {
    const block = framed(lead, { column: 1, span, top, fit: true });
    const height = fitHeight(lead, block, grid, fonts);
    return height === undefined ? undefined : { ...block, height };
  };
  // A lead too long for a page of its own fills it; the rest of its text is reported as overset.
  const alone = (): Block => sizedBlock(framed(lead, { column: 1, span: grid.columns, top, fit: true }), free);

  // The lead across as many columns as keep its columns deep enough to read: a short lead across
  // the whole page would be a few lines in every column. Its depth is that of its text alone: a
  // short text beside a photo frame would end high and leave a hole under it. It keeps all its
  // text, however deep. Narrower leads are tried too (beside them the other articles start at
  // the top): the fullest page wins, the widest lead among equals.
  const textDepth = (span: number): number => fitHeight(lead, { article: lead.id, column: 1, span, top, fit: true }, grid, fonts) ?? free;
  let widest = grid.columns;
  while (widest > Math.ceil(grid.columns / 2) && textDepth(widest) < MIN_LEAD_LINES) widest--;
  if (rest.length === 0) return { blocks: [leadAt(widest) ?? alone()], left: [] };

  const shapes = new Map<Article, Map<string, Shape | undefined>>();
  const shapeOf = (article: Article, span: number, size: number | undefined): Shape | undefined => {
    let known = shapes.get(article);
    if (!known) shapes.set(article, (known = new Map()));
    const key = `${span}:${size}`;
    if (!known.has(key)) {
      const block = framed(article, { column: 1, span, top: 1, fit: true, ...(size !== undefined ? { headlineSize: size } : {}) });
      const inner = fitHeight(article, block, grid, fonts);
      const [photo] = block.photos ?? [];
      const grows = block.photos?.length === 1 && photo?.span === span ? Math.floor(photo.height * PHOTO_GROWTH) : 0;
      let atTop: number | undefined;
      known.set(key, inner === undefined ? undefined : { block, inner, grows, atTop: () => (atTop ??= fitHeight(article, { ...block, top: 0 }, grid, fonts) ?? inner) });
    }
    return known.get(key);
  };
  // At least the lines an article's characters fill at one per em: articles plainly too long for a hole are passed over unmeasured.
  const perLine = (span: number): number => Math.floor(grid.spanWidth(span) / grid.template.body.size);
  const least = (article: Article, span: number): number => Math.ceil(bodyChars(article) / perLine(span));
  // The stories after the lead step down in headline size by their place in the list.
  const rank = new Map(rest.map((a, i) => [a, i + 1]));
  const sizes = grid.template.headlines.headline.sizeBySpan;

  let best: { lead: Block; filled: Filled } | undefined;
  for (let leadSpan = widest; leadSpan >= Math.ceil(grid.columns / 2); leadSpan--) {
    const leadBlock = leadAt(leadSpan);
    if (!leadBlock) continue;
    const shape = (article: Article, span: number): Shape | undefined => shapeOf(article, span, steppedSize(sizes, leadSpan, span, rank.get(article) ?? 1));
    const regions: Region[] = [
      { column: leadBlock.span + 1, columns: grid.columns - leadBlock.span, top },
      { column: 1, columns: leadBlock.span, top: top + leadBlock.height },
    ].filter((r) => r.columns > 0 && r.top < grid.lines);
    // Every way of cutting the regions into stacks is tried.
    for (const stacks of stackings(regions)) {
      const trial = fillStacks(rest, stacks, grid.lines, shape, least);
      if (!best || better(trial, best.filled)) best = { lead: leadBlock, filled: trial };
    }
  }
  return best ? { blocks: [best.lead, ...best.filled.blocks], left: best.filled.left } : { blocks: [alone()], left: [...rest] };
}

/** Columns [column, column + columns) from line `top` to the foot of the type area. */
interface Region {
  column: number;
  columns: number;
  top: number;
}

/** A column of blocks one under another, `span` columns wide, from `top` to the foot of the type area. */
interface Stack {
  column: number;
  span: number;
  top: number;
}

/** An article's block at one span, and the lines it needs there: at the top of the type area and below it. */
interface Shape {
  block: Omit<Block, 'height'>;
  inner: number;
  atTop: () => number;
  /** Lines its photo frame may grow by (0 without a frame across the block). */
  grows: number;
}

interface Filled extends Placement {
  /** Empty lines past the tolerated ones, over all stacks. */
  holes: number;
  /** Stacks one column wide (their headlines are the hardest to set). */
  narrow: number;
}

/** Every page is full but the last: a page that places all the articles left may keep some air; one that does not must leave no hole. */
function better(a: Filled, b: Filled): boolean {
  const allA = a.left.length === 0;
  const allB = b.left.length === 0;
  if (allA !== allB) return allA;
  if (a.holes !== b.holes) return a.holes < b.holes;
  if (a.narrow !== b.narrow) return a.narrow < b.narrow;
  return a.left.length < b.left.length;
}

/** The ways of cutting each region into stacks of at most MAX_STACK columns, left to right. */
function stackings(regions: readonly Region[]): Stack[][] {
  let out: Stack[][] = [[]];
  for (const region of regions) {
    const cuts = compositions(region.columns, MAX_STACK);
    out = out.flatMap((before) => cuts.map((spans) => {
      let column = region.column;
      return [...before, ...spans.map((span) => ({ column: (column += span) - span, span, top: region.top }))];
    }));
  }
  return out;
}

/** The ordered ways of writing `n` as a sum of parts no larger than `most`. */
function compositions(n: number, most: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (let first = Math.min(n, most); first >= 1; first--) for (const tail of compositions(n - first, most)) out.push([first, ...tail]);
  return out;
}

/**
 * The stacks filled in reading order. Each takes, from the next few articles in the list, the ones
 * that fill it best (kept in their order, the fewest passed over); spare lines go to its photo
 * frames, then a line of air to each headline zone, and what is left stays at its foot.
 */
function fillStacks(articles: readonly Article[], stacks: readonly Stack[], lines: number, shape: (a: Article, span: number) => Shape | undefined, least: (a: Article, span: number) => number): Filled {
  const blocks: Block[] = [];
  let queue = [...articles];
  let holes = 0;
  for (const stack of stacks) {
    const room = lines - stack.top;
    const window = queue.slice(0, LOOKAHEAD);
    let pick = bestPick(window.map((a) => shape(a, stack.span)), room, stack.top === 0);
    let chosen = pick?.items.map((k) => window[k] as Article) ?? [];
    // A hole still at the foot: the article from further down the list that fills it best (补白).
    const hole = (p: Pick | undefined): number => (p ? Math.max(0, room - p.used - p.absorbs) : room);
    if (hole(pick) > TOLERATED_LINES) {
      const above = chosen;
      const spare = room - (pick?.used ?? 0);
      for (const extra of queue.slice(LOOKAHEAD, LOOKAHEAD + FILLER_HORIZON)) {
        if (least(extra, stack.span) > spare) continue;
        const fits = [...above, extra].map((a) => shape(a, stack.span));
        const trial = tryPick((1 << fits.length) - 1, fits, room, stack.top === 0);
        if (trial && hole(trial) < hole(pick)) {
          pick = trial;
          chosen = [...above, extra];
        }
      }
    }
    holes += Math.max(0, hole(pick) - TOLERATED_LINES);
    if (!pick) continue;
    blocks.push(...stackBlocks(chosen.map((a) => shape(a, stack.span) as Shape), stack, room - pick.used));
    const taken = new Set(chosen);
    queue = queue.filter((a) => !taken.has(a));
  }
  return { blocks, left: queue, holes, narrow: stacks.filter((s) => s.span === 1).length };
}

/** The best of the subsets of `fits` (in their order) for a stack of `room` lines. */
function bestPick(fits: ReadonlyArray<Shape | undefined>, room: number, atTop: boolean): Pick | undefined {
  let pick: Pick | undefined;
  for (let mask = 1; mask < 1 << fits.length; mask++) {
    const trial = tryPick(mask, fits, room, atTop);
    if (trial && (!pick || trial.score < pick.score)) pick = trial;
  }
  return pick;
}

interface Pick {
  /** Indices into the window, in order. */
  items: number[];
  used: number;
  /** Spare lines its frames and headline zones can take. */
  absorbs: number;
  score: number;
}

/** The articles of `mask` one under another in a stack of `room` lines, scored: holes first, then articles passed over, then spare lines. */
function tryPick(mask: number, fits: ReadonlyArray<Shape | undefined>, room: number, atTop: boolean): Pick | undefined {
  const items: number[] = [];
  let used = 0;
  let grows = 0;
  for (let k = 0; k < fits.length; k++) {
    if (!(mask & (1 << k))) continue;
    const fit = fits[k];
    if (!fit) return undefined;
    used += items.length === 0 && atTop ? fit.atTop() : fit.inner;
    grows += fit.grows;
    items.push(k);
    if (used > room) return undefined;
  }
  const spare = room - used;
  const absorbs = grows + HEAD_AIR * items.length;
  const hole = Math.max(0, spare - absorbs);
  const passed = (items[items.length - 1] as number) + 1 - items.length;
  return { items, used, absorbs, score: Math.max(0, hole - TOLERATED_LINES) * 10_000 + passed * 100 + hole };
}

/** The blocks of a stack, top to bottom, its spare lines given to photo frames first and then, a line each, to headline zones. */
function stackBlocks(fits: readonly Shape[], stack: Stack, spare: number): Block[] {
  let left = spare;
  const growth = fits.map((f) => {
    const g = Math.min(f.grows, left);
    left -= g;
    return g;
  });
  const air = fits.map(() => {
    const a = Math.min(HEAD_AIR, left);
    left -= a;
    return a;
  });
  let line = stack.top;
  return fits.map((f, i) => {
    const g = growth[i] as number;
    const a = air[i] as number;
    const height = (line === 0 ? f.atTop() : f.inner) + g + a;
    const photos = g > 0 ? f.block.photos?.map((p, k) => (k === 0 ? { ...p, height: p.height + g } : p)) : f.block.photos;
    const block: Block = { ...f.block, column: stack.column, span: stack.span, top: line, height, ...(photos ? { photos } : {}), ...(a > 0 ? { headSpace: a } : {}) };
    line += height;
    return block;
  });
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

/** The characters of an article's body. */
function bodyChars(article: Article): number {
  let n = 0;
  for (const p of article.paragraphs) n += p.length;
  return n;
}
