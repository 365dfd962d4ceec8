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
import { NO_IMAGES } from './article-flow.js';
import { articleParts, type PlacedBlock } from './article-parts.js';
import { fitHeight } from './fit-height.js';
import type { PageGrid } from './grid.js';
import { PageCells } from './page-cells.js';
import { framedBlock, sizedBlock } from './photo-frames.js';

export interface Placement {
  blocks: Block[];
  /** Articles that found no room (reported as unplaced by the caller). */
  left: Article[];
  /** Articles whose text goes on to the next page from their block here (转版): they are not done. */
  goesOn: string[];
}

/** How a page of a run of pages is placed (paginate.ts); a page on its own takes neither. */
export interface PlaceOptions {
  /** The blocks on earlier pages of articles continued onto this one: their text takes up there. */
  earlier?: ReadonlyMap<string, readonly PlacedBlock[]>;
  /** A hole left at a stack's foot may start an article that goes on to the next page (转版). */
  jumps?: boolean;
  /** The fewest characters of an article so started (JUMP_LEAST_CHARS unless the page would otherwise keep a hole). */
  jumpLeast?: number;
  /** A text continued onto this page may go on again from a hole here (a last resort: readers turn twice). */
  rejump?: boolean;
}

/**
 * The blocks a page is laid out with: its own (explicit blocks win), or, when it has none, those
 * auto-placement gives its list of articles. `top` is the first line below the masthead.
 */
export function pageBlocks(page: Page, articles: ReadonlyMap<string, Article>, grid: PageGrid, top: number, fonts: FontLibrary, images: ImageSizes): Block[] {
  if (page.blocks.length > 0 || !page.articles) return page.blocks;
  return autoPlace(page.articles.map((id) => articles.get(id) as Article), grid, top, fonts, images).blocks;
}

/** Articles started in holes and continued on the next page, at most, per page. */
const MAX_JUMPS = 2;
/**
 * Texts a page may hand on to the next, at most: more than its stacks can take up, and they wait
 * for later pages, a reader sent from 第8版 to 第14版.
 */
const MAX_CARRIED = 2;
/** Body lines per column a jump's first block must hold under its headline: fewer is a headline with a 下转 line. */
const JUMP_START_LINES = 3;
/**
 * Lines an article must still need past the hole to be jumped (and the hole may hold half of it at
 * most): a story a few lines too long is cut by its editor, not continued on another page.
 */
const JUMP_REST_LINES = 6;
/** A continued text goes on again only from a hole this deep at least: a shallower one is the lesser fault than a third page. */
const REJUMP_LEAST_LINES = 15;
/** A story shorter than this is cut to fit, never continued on another page: a reader does not turn pages for a brief. */
const JUMP_LEAST_CHARS = 1_500;

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

export function autoPlace(articles: readonly Article[], grid: PageGrid, top: number, fonts: FontLibrary, images: ImageSizes, options: PlaceOptions = {}): Placement {
  const [lead, ...rest] = articles;
  if (!lead) return { blocks: [], left: [], goesOn: [] };
  const free = grid.lines - top;
  const before = (article: Article): readonly PlacedBlock[] => options.earlier?.get(article.id) ?? [];
  // A continued article's frames go where its text is continued, unless it has them already.
  const framed = (article: Article, place: Omit<Block, 'article' | 'height' | 'photos'>): Omit<Block, 'height'> =>
    before(article).some((b) => b.block.photos) ? { article: article.id, ...place } : framedBlock(article, place, grid, images, fonts);
  const fit = (article: Article, block: Omit<Block, 'height'>): number | undefined => fitHeight(article, block, grid, fonts, before(article));
  const leadAt = (span: number): Block | undefined => {
    const block = framed(lead, { column: 1, span, top, fit: true });
    const height = fit(lead, block);
    return height === undefined ? undefined : { ...block, height };
  };
  // A lead too long for a page of its own fills it; the rest of its text goes on to the next page
  // in a run of pages, and is reported as overset on a page on its own.
  const alone = (): Placement => ({ blocks: [sizedBlock(framed(lead, { column: 1, span: grid.columns, top, fit: true }), free)], left: [...rest], goesOn: options.jumps ? [lead.id] : [] });

  // The lead across as many columns as keep its columns deep enough to read: a short lead across
  // the whole page would be a few lines in every column. Its depth is that of its text alone: a
  // short text beside a photo frame would end high and leave a hole under it. It keeps all its
  // text, however deep. Narrower leads are tried too (beside them the other articles start at
  // the top): the fullest page wins, the widest lead among equals.
  const textDepth = (span: number): number => fit(lead, { article: lead.id, column: 1, span, top, fit: true }) ?? free;
  let widest = grid.columns;
  while (widest > Math.ceil(grid.columns / 2) && textDepth(widest) < MIN_LEAD_LINES) widest--;
  if (rest.length === 0) {
    const only = leadAt(widest);
    return only ? { blocks: [only], left: [], goesOn: [] } : alone();
  }

  const shapes = new Map<Article, Map<string, Shape | undefined>>();
  const shapeOf = (article: Article, span: number, size: number | undefined): Shape | undefined => {
    let known = shapes.get(article);
    if (!known) shapes.set(article, (known = new Map()));
    const key = `${span}:${size}`;
    if (!known.has(key)) {
      const block = framed(article, { column: 1, span, top: 1, fit: true, ...(size !== undefined ? { headlineSize: size } : {}) });
      const inner = fit(article, block);
      const [photo] = block.photos ?? [];
      const grows = block.photos?.length === 1 && photo?.span === span ? Math.floor(photo.height * PHOTO_GROWTH) : 0;
      let atTop: number | undefined;
      known.set(key, inner === undefined ? undefined : { block, inner, grows, atTop: () => (atTop ??= fit(article, { ...block, top: 0 }) ?? inner) });
    }
    return known.get(key);
  };
  // At least the lines an article's characters fill at one per em: articles plainly too long for a
  // hole are passed over unmeasured (a continued one, whose text is partly set already, is measured).
  const perLine = (span: number): number => Math.floor(grid.spanWidth(span) / grid.template.body.size);
  const least = (article: Article, span: number): number => (before(article).length > 0 ? 0 : Math.ceil(bodyChars(article) / perLine(span)));
  // The stories after the lead step down in headline size by their place in the list.
  const rank = new Map(rest.map((a, i) => [a, i + 1]));
  const sizes = grid.template.headlines.headline.sizeBySpan;
  const stepped = new Map<number, number | undefined>();
  const sizeAt = (leadSpan: number, span: number, rank: number): number | undefined => {
    const key = (leadSpan * 64 + span) * 1024 + rank;
    if (!stepped.has(key)) stepped.set(key, steppedSize(sizes, leadSpan, span, rank));
    return stepped.get(key);
  };

  let best: { lead: Block; filled: Filled; leadSpan: number } | undefined;
  for (let leadSpan = widest; leadSpan >= Math.ceil(grid.columns / 2); leadSpan--) {
    const leadBlock = leadAt(leadSpan);
    if (!leadBlock) continue;
    const shape = (article: Article, span: number): Shape | undefined => shapeOf(article, span, sizeAt(leadSpan, span, rank.get(article) ?? 1));
    const regions: Region[] = [
      { column: leadBlock.span + 1, columns: grid.columns - leadBlock.span, top },
      { column: 1, columns: leadBlock.span, top: top + leadBlock.height },
    ].filter((r) => r.columns > 0 && r.top < grid.lines);
    // Every way of cutting the regions into stacks is tried.
    eachStacking(regions, rest, { lines: grid.lines, shape, least, continued: (a) => before(a).length > 0 }, (trial) => {
      if (!best || better(trial, best.filled)) best = { lead: leadBlock, filled: trial, leadSpan };
    });
  }
  if (!best) return alone();
  const placement = { blocks: [best.lead, ...best.filled.blocks], left: best.filled.left, goesOn: [] };
  if (!options.jumps) return placement;
  const { leadSpan } = best;
  const sizeOf = (article: Article, span: number): number | undefined => sizeAt(leadSpan, span, rank.get(article) ?? 1);
  const jumpLeast = options.jumpLeast ?? JUMP_LEAST_CHARS;
  const rule: JumpRule = { least: jumpLeast, rejump: options.rejump === true };
  const jumped = (across: boolean): Placement =>
    withJumps(placement, best!.filled.feet, rest, across, (a) => before(a).length > 0, (article, foot) => jumpStart(article, foot, sizeOf(article, foot.span), shapeOf(article, foot.span, sizeOf(article, foot.span)), before(article), rule, grid, fonts));
  // A text started in one hole, or across holes side by side: the page with less empty space wins.
  const one = jumped(false);
  if (holeLines(one.blocks, grid) === 0) return one;
  const across = jumped(true);
  return holeLines(across.blocks, grid) < holeLines(one.blocks, grid) ? across : one;
}

/**
 * Holes still open while articles are left: the next articles that do not fit them start there
 * and go on to the next page (转版), the biggest hole first (`across`: holes side by side from the
 * same line, as deep, taken as one). A hole too shallow for a headline and a few lines takes in
 * the short story above it, which waits for the next page instead.
 */
function withJumps(placement: Placement, feet: readonly Foot[], order: readonly Article[], across: boolean, continued: (a: Article) => boolean, start: (article: Article, foot: Foot) => Block | undefined): Placement {
  const open = feet.filter((f) => f.lines > TOLERATED_LINES);
  const holes = (across ? sideBySide(open) : open).sort((a, b) => b.lines - a.lines).slice(0, MAX_JUMPS);
  let { blocks } = placement;
  const left = new Set(placement.left);
  const goesOn: string[] = [];
  // Texts the next page must take up: continued ones left here, and those jumping from here.
  const carried = (): number => order.filter((a) => left.has(a) && continued(a)).length + goesOn.length;
  const jump = (foot: Foot): boolean => {
    for (const article of order.filter((a) => left.has(a)).slice(0, LOOKAHEAD)) {
      // A continued text going on again adds nothing to what the next page takes up.
      if (carried() + (continued(article) ? 0 : 1) > MAX_CARRIED) continue;
      const block = start(article, foot);
      if (!block) continue;
      blocks = [...blocks, block];
      left.delete(article);
      goesOn.push(article.id);
      return true;
    }
    return false;
  };
  for (const foot of holes) {
    if (jump(foot)) continue;
    const above = blocks.find((b) => b.column === foot.column && b.span === foot.span && b.top + b.height === foot.top);
    const article = above && order.find((a) => a.id === above.article);
    if (!above || !article || continued(article) || goesOn.includes(article.id) || above === blocks[0]) continue;
    const without = blocks;
    blocks = blocks.filter((b) => b !== above);
    left.add(article);
    if (!jump({ ...foot, top: above.top, lines: foot.lines + above.height })) {
      blocks = without;
      left.delete(article);
    }
  }
  return { blocks, left: order.filter((a) => left.has(a)), goesOn };
}

/** Holes at stacks' feet, those side by side from the same line and as deep made one: a text started there may run across them all. */
function sideBySide(feet: readonly Foot[]): Foot[] {
  const out: Foot[] = [];
  for (const foot of [...feet].sort((a, b) => a.top - b.top || a.column - b.column)) {
    const last = out[out.length - 1];
    if (last && last.top === foot.top && last.lines === foot.lines && last.column + last.span === foot.column) out[out.length - 1] = { ...last, span: last.span + foot.span };
    else out.push(foot);
  }
  return out;
}

/** Which articles may start in a hole and go on: the fewest characters, and whether a continued text may go on again. */
interface JumpRule {
  least: number;
  rejump: boolean;
}

/**
 * The first block of `article` in a hole, its text going on to the next page: only for an article
 * not yet started (or, by the rule, one continued here), of some length and longer than the hole
 * by a few lines, whose block holds its headline and a few lines a column. Its frames go with the
 * text continued on the next page.
 */
function jumpStart(article: Article, foot: Foot, headlineSize: number | undefined, shape: Shape | undefined, before: readonly PlacedBlock[], rule: JumpRule, grid: PageGrid, fonts: FontLibrary): Block | undefined {
  const continued = before.length > 0;
  if (continued ? !rule.rejump || foot.lines < REJUMP_LEAST_LINES : bodyChars(article) < rule.least) return undefined;
  if (shape && shape.inner < foot.lines + JUMP_REST_LINES) return undefined;
  const block: Block = { article: article.id, column: foot.column, span: foot.span, top: foot.top, height: foot.lines, fit: true, ...(headlineSize !== undefined ? { headlineSize } : {}) };
  const page = (before[before.length - 1]?.page ?? 0) + 1;
  const part = articleParts(article, [...before, { page, block, grid }], fonts, NO_IMAGES, true).parts.at(-1);
  if (!part) return undefined;
  const perColumn = [...new Set(part.slots.map((s) => s.x))].map((x) => part.slots.filter((s) => s.x === x).length);
  // The 下转 line takes one more slot.
  return perColumn.length === foot.span && Math.min(...perColumn) >= JUMP_START_LINES && part.slots.length > JUMP_START_LINES * foot.span ? block : undefined;
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

/** The empty lines at a stack's foot. */
interface Foot {
  column: number;
  span: number;
  top: number;
  lines: number;
}

interface Filled {
  blocks: Block[];
  left: Article[];
  feet: Foot[];
  /** Empty lines past the tolerated ones, over all stacks. */
  holes: number;
  /** Continued articles left for a later page: a reader sent here by a 下转 line would not find them. */
  stranded: number;
  /** Stacks one column wide (their headlines are the hardest to set). */
  narrow: number;
}

/** Lines of holes on a page: its empty areas deeper than a column foot may keep, times their span. */
export function holeLines(blocks: readonly Block[], grid: PageGrid): number {
  return PageCells.of(blocks, grid.columns, grid.lines).freeAreas().reduce((n, a) => n + (a.lines > TOLERATED_LINES ? a.lines * a.span : 0), 0);
}

/** Every page is full but the last: a page that places all the articles left may keep some air; one that does not must leave no hole. */
function better(a: Filled, b: Filled): boolean {
  if (a.stranded !== b.stranded) return a.stranded < b.stranded;
  const allA = a.left.length === 0;
  const allB = b.left.length === 0;
  if (allA !== allB) return allA;
  if (a.holes !== b.holes) return a.holes < b.holes;
  if (a.narrow !== b.narrow) return a.narrow < b.narrow;
  return a.left.length < b.left.length;
}

/** What filling a stack needs to know of the page and its articles. */
interface StackContext {
  lines: number;
  shape: (a: Article, span: number) => Shape | undefined;
  least: (a: Article, span: number) => number;
  continued: (a: Article) => boolean;
}

/** The stacks filled so far, in reading order, and the articles still to place. */
interface Filling {
  blocks: Block[];
  feet: Foot[];
  queue: Article[];
  holes: number;
  narrow: number;
}

/**
 * Every way of cutting each region into stacks of at most MAX_STACK columns, left to right, each
 * filled in reading order and handed to `visit`, the widest first stack first. The cuts are
 * walked depth first, so the stacks a way of cutting shares with the one before are filled once.
 */
function eachStacking(regions: readonly Region[], articles: readonly Article[], ctx: StackContext, visit: (filled: Filled) => void): void {
  const walk = (r: number, column: number, state: Filling): void => {
    const region = regions[r];
    if (!region) {
      visit({ blocks: state.blocks, left: state.queue, feet: state.feet, holes: state.holes, stranded: state.queue.filter(ctx.continued).length, narrow: state.narrow });
      return;
    }
    const end = region.column + region.columns;
    if (column === end) {
      walk(r + 1, regions[r + 1]?.column ?? 0, state);
      return;
    }
    for (let span = Math.min(end - column, MAX_STACK); span >= 1; span--) {
      walk(r, column + span, fillStack(state, { column, span, top: region.top }, ctx));
    }
  };
  walk(0, regions[0]?.column ?? 0, { blocks: [], feet: [], queue: [...articles], holes: 0, narrow: 0 });
}

/**
 * The next stack filled: from the next few articles in the list, the ones that fill it best (kept
 * in their order, the fewest passed over); spare lines go to its photo frames, then a line of air
 * to each headline zone, and what is left stays at its foot.
 */
function fillStack(state: Filling, stack: Stack, ctx: StackContext): Filling {
  const { lines, shape, least, continued } = ctx;
  const { queue } = state;
  const room = lines - stack.top;
  const window = queue.slice(0, LOOKAHEAD);
  const due = window.reduce((mask, a, k) => (continued(a) ? mask | (1 << k) : mask), 0);
  let pick = bestPick(window.map((a) => shape(a, stack.span)), room, stack.top === 0, due);
  let chosen = pick?.items.map((k) => window[k] as Article) ?? [];
  // A hole still at the foot: the article from further down the list that fills it best (补白).
  const hole = (p: Pick | undefined): number => (p ? Math.max(0, room - p.used - p.absorbs) : room);
  if (hole(pick) > TOLERATED_LINES) {
    const above = chosen;
    const spare = room - (pick?.used ?? 0);
    for (const extra of queue.slice(LOOKAHEAD, LOOKAHEAD + FILLER_HORIZON)) {
      if (least(extra, stack.span) > spare) continue;
      const fits = [...above, extra].map((a) => shape(a, stack.span));
      const trial = tryPick((1 << fits.length) - 1, fits, room, stack.top === 0, due);
      if (trial && hole(trial) < hole(pick)) {
        pick = trial;
        chosen = [...above, extra];
      }
    }
  }
  const placed = pick ? stackBlocks(chosen.map((a) => shape(a, stack.span) as Shape), stack, room - pick.used) : [];
  const foot = placed.reduce((line, b) => Math.max(line, b.top + b.height), stack.top);
  const taken = new Set(chosen);
  return {
    blocks: [...state.blocks, ...placed],
    feet: [...state.feet, { column: stack.column, span: stack.span, top: foot, lines: lines - foot }],
    queue: queue.filter((a) => !taken.has(a)),
    holes: state.holes + Math.max(0, hole(pick) - TOLERATED_LINES),
    narrow: state.narrow + (stack.span === 1 ? 1 : 0),
  };
}

/**
 * The best of the subsets of `fits` (in their order) for a stack of `room` lines: the lowest
 * score, and of equal scores the one whose bitmask is smallest. Subsets are walked depth first,
 * a branch given up once it overfills the stack.
 */
function bestPick(fits: ReadonlyArray<Shape | undefined>, room: number, atTop: boolean, due: number): Pick | undefined {
  let best: Pick | undefined;
  let bestMask = 0;
  const items: number[] = [];
  const visit = (from: number, used: number, grows: number, mask: number): void => {
    if (items.length > 0) {
      const s = score(items, used, grows, room, due, mask);
      if (!best || s.score < best.score || (s.score === best.score && mask < bestMask)) {
        best = { items: [...items], ...s };
        bestMask = mask;
      }
    }
    for (let k = from; k < fits.length; k++) {
      const fit = fits[k];
      if (!fit) continue;
      const lines = items.length === 0 && atTop ? fit.atTop() : fit.inner;
      if (used + lines > room) continue;
      items.push(k);
      visit(k + 1, used + lines, grows + fit.grows, mask | (1 << k));
      items.pop();
    }
  };
  visit(0, 0, 0, 0);
  return best;
}

interface Pick {
  /** Indices into the window, in order. */
  items: number[];
  used: number;
  /** Spare lines its frames and headline zones can take. */
  absorbs: number;
  score: number;
}

/** The articles of `mask` one under another in a stack of `room` lines, scored; undefined when they do not fit. */
function tryPick(mask: number, fits: ReadonlyArray<Shape | undefined>, room: number, atTop: boolean, due: number): Pick | undefined {
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
  return { items, ...score(items, used, grows, room, due, mask) };
}

/** Continued texts (`due`) left out first, then holes, then articles passed over, then spare lines. */
function score(items: readonly number[], used: number, grows: number, room: number, due: number, mask: number): Omit<Pick, 'items'> {
  const spare = room - used;
  const absorbs = grows + HEAD_AIR * items.length;
  const hole = Math.max(0, spare - absorbs);
  const passed = (items[items.length - 1] as number) + 1 - items.length;
  return { used, absorbs, score: bits(due & ~mask) * 1_000_000 + Math.max(0, hole - TOLERATED_LINES) * 10_000 + passed * 100 + hole };
}

function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
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
