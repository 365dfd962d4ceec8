/**
 * Changes to the blocks of a page, as pure functions of the issue: move or resize a block, put an
 * unplaced article on a page, continue a placed one onto a later page (下转), set its headline
 * otherwise, take a block off. Each gives the new issue and a label for the undo
 * list, or a sentence saying why not. A page laid out automatically (an `articles` list and no
 * blocks) is first turned into the blocks auto-placement gave it, in the same step, so the editor
 * adjusts from what was on screen; its list goes, so removing those blocks never brings it back.
 * Editing an article's text fixes its auto-placed pages the same way (`fixPagesOf`), and
 * `autoPlacePage` hands a page back to auto-placement.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import { pageBlocks } from '../layout/auto-place.js';
import type { PlacedBlock } from '../layout/article-parts.js';
import { fitHeight } from '../layout/fit-height.js';
import type { PageGrid } from '../layout/grid.js';
import { FREE, PageCells } from '../layout/page-cells.js';
import { framedBlock, sizedBlock } from '../layout/photo-frames.js';
import type { GridPlace } from '../model/geometry.js';
import type { ImageSizes } from '../model/image-files.js';
import type { Article, Block, BlockLook, Issue, Page, Photo } from '../model/issue.js';
import { mastheadLines } from '../layout/masthead.js';
import { parseFontSize } from '../model/units.js';
import type { IssueEdit } from './edit.js';
import { placementProblem } from './placement.js';

/** What block edits need to know about pages besides the issue. */
export interface LayoutContext {
  gridOf(page: Page): PageGrid;
  fonts: FontLibrary;
  /** The issue's image files as composing sees them: photo frames take their proportions. */
  images(issue: Issue): ImageSizes;
}

/** Where an unplaced article is dropped: its first column and line, and how many columns it spans. */
export interface ArticleDrop {
  article: string;
  page: number;
  column: number;
  span: number;
  top: number;
}

const autoBlocks = new WeakMap<Page, { articles: readonly Article[]; files: string; blocks: Block[] }>();

/**
 * The blocks a page is laid out with (its own, or auto-placement's), as the engine composes it.
 * Auto-placement is kept per page, its articles and their image files, so asking again costs nothing.
 */
export function blocksOf(issue: Issue, page: Page, ctx: LayoutContext): Block[] {
  if (page.blocks.length > 0 || !page.articles) return page.blocks;
  const articles = page.articles.map((id) => issue.articles.find((a) => a.id === id) as Article);
  const images = ctx.images(issue);
  // A picture replaced by one of other proportions changes its frame, as it does in composing.
  const files = JSON.stringify(articles.flatMap((a) => a.images.map((i) => images.of(i.src))));
  const kept = autoBlocks.get(page);
  if (kept && kept.files === files && kept.articles.every((a, i) => a === articles[i])) return kept.blocks;
  const grid = ctx.gridOf(page);
  const blocks = pageBlocks(page, new Map(articles.map((a) => [a.id, a])), grid, mastheadLines(page, grid.template), ctx.fonts, images);
  autoBlocks.set(page, { articles, files, blocks });
  return blocks;
}

/** Whether the page is laid out by auto-placement (no blocks of its own). */
export const isAutoPage = (page: Page): boolean => page.blocks.length === 0 && page.articles !== undefined;

/** The page with the blocks it is composed with as its own blocks, and no list to auto-place. */
export function explicitPage(issue: Issue, page: Page, ctx: LayoutContext): Page {
  if (!isAutoPage(page)) return page;
  const { articles: _list, ...rest } = page;
  return { ...rest, blocks: blocksOf(issue, page, ctx).map((b) => ({ ...b })) };
}

export const withPage = (issue: Issue, old: Page, page: Page): Issue => ({ ...issue, pages: issue.pages.map((p) => (p === old ? page : p)) });
export const headlineOf = (issue: Issue, id: string): string => issue.articles.find((a) => a.id === id)?.headline ?? id;

/**
 * The issue with every auto-placed page that holds the article fixed as the blocks it shows now:
 * typing into a story keeps its page as it is (InDesign and 飞腾 do not move frames as text
 * changes either), and each keystroke composes one page instead of placing it anew. Re-placing
 * is the editor's call (`autoPlacePage`).
 */
export function fixPagesOf(issue: Issue, article: string, ctx: LayoutContext): Issue {
  const pages = issue.pages.map((p) => (isAutoPage(p) && blocksOf(issue, p, ctx).some((b) => b.article === article) ? explicitPage(issue, p, ctx) : p));
  return pages.every((p, i) => p === issue.pages[i]) ? issue : { ...issue, pages };
}

/**
 * The page laid out anew by auto-placement from the articles of its blocks, in their order (an
 * auto-placed page keeps its lead first): after text edits or moves, the editor asks for it.
 */
export function autoPlacePage(issue: Issue, number: number): IssueEdit {
  const found = issue.pages.find((p) => p.number === number);
  if (!found) return { problem: `没有第${number}版` };
  if (isAutoPage(found)) return { issue, label: '' };
  const articles = [...new Set(found.blocks.map((b) => b.article))];
  if (articles.length === 0) return { problem: `第${number}版没有稿件可排` };
  const { blocks: _blocks, ...rest } = found;
  return { issue: withPage(issue, found, { ...rest, blocks: [], articles }), label: `第${number}版重新自动排版` };
}

/** The articles on no page of the issue (in the issue's order). */
export function unplacedArticles(issue: Issue, ctx: LayoutContext): string[] {
  const placed = new Set(issue.pages.flatMap((p) => blocksOf(issue, p, ctx).map((b) => b.article)));
  return issue.articles.filter((a) => !placed.has(a.id)).map((a) => a.id);
}

/** One block moved or resized on the grid; an unchanged place gives the issue itself. */
export function moveBlock(issue: Issue, req: GridPlace & { page: number; block: number }, ctx: LayoutContext): IssueEdit {
  const found = issue.pages.find((p) => p.number === req.page);
  if (!found) return { problem: `没有第${req.page}版` };
  const page = explicitPage(issue, found, ctx);
  const grid = ctx.gridOf(page);
  const problem = placementProblem(issue, page, req.block, req, grid, mastheadLines(page, grid.template));
  const block = page.blocks[req.block];
  if (problem || !block) return { problem: problem ?? `第${req.page}版没有这块稿件` };
  const { column, span, top, height } = req;
  if (block.column === column && block.span === span && block.top === top && block.height === height) return { issue, label: '' };
  const resized = block.span !== span || block.height !== height;
  // A block sized by hand no longer has its height fitted to its text.
  const { fit: _fit, ...rest } = block;
  const moved = resized ? { ...rest, column, span, top, height } : { ...block, column, top };
  const next = { ...page, blocks: page.blocks.map((b, i) => (i === req.block ? moved : b)) };
  return { issue: withPage(issue, found, next), label: `${resized ? '调整' : '移动'}《${headlineOf(issue, block.article)}》` };
}

/**
 * The block an unplaced article gets where it is dropped: as high as its text and its images'
 * default frames need in that many columns (fit-height), cut short where another block or the
 * foot of the type area comes first (then without the frames it has no room for).
 */
export function droppedBlock(issue: Issue, drop: ArticleDrop, ctx: LayoutContext): { block: Block; page: Page; found: Page } | { problem: string } {
  const article = issue.articles.find((a) => a.id === drop.article);
  if (!article) return { problem: `没有稿件“${drop.article}”` };
  const on = issue.pages.find((p) => blocksOf(issue, p, ctx).some((b) => b.article === article.id));
  if (on) return { problem: `《${article.headline}》已在第${on.number}版` };
  const site = dropSite(issue, drop, ctx);
  if ('problem' in site) return site;
  const { page, found, grid, free } = site;
  const { column, span, top } = drop;
  const framed = withLook(framedBlock(article, { column, span, top, fit: true }, grid, ctx.images(issue), ctx.fonts), article.lastBlock ?? { span });
  const fitted = fitHeight(article, framed, grid, ctx.fonts);
  // Fitted blocks keep widows and orphans out of column ends; one cut short simply holds what it can.
  const { fit: _fit, ...unfitted } = framed;
  const block: Block = fitted !== undefined && fitted <= free ? { ...framed, height: fitted } : sizedBlock(unfitted, free);
  return { block, page, found };
}

/** Where a block dropped at `drop` would stand: the page (made explicit), its grid, and the lines free below the drop. */
function dropSite(issue: Issue, drop: ArticleDrop, ctx: LayoutContext): { page: Page; found: Page; grid: PageGrid; free: number } | { problem: string } {
  const found = issue.pages.find((p) => p.number === drop.page);
  if (!found) return { problem: `没有第${drop.page}版` };
  const page = explicitPage(issue, found, ctx);
  const grid = ctx.gridOf(page);
  const reserved = mastheadLines(page, grid.template);
  const trial: Block = { article: drop.article, column: drop.column, span: drop.span, top: drop.top, height: 1 };
  const problem = placementProblem(issue, { ...page, blocks: [...page.blocks, trial] }, page.blocks.length, trial, grid, reserved);
  if (problem) return { problem };
  return { page, found, grid, free: freeLines(page.blocks, grid, reserved, trial) };
}

/**
 * The block a placed article's text is continued into (下转) where it is dropped on a later page:
 * as high as the rest of its text needs after its blocks so far (fit-height), cut short where
 * another block or the foot of the type area comes first. It takes no photo frames (they stay
 * where the story starts); the flow gives it the repeated headline and 上接 line, and the block
 * before it the 下转 line.
 */
export function jumpBlock(issue: Issue, drop: ArticleDrop, ctx: LayoutContext): { block: Block; page: Page; found: Page } | { problem: string } {
  const article = issue.articles.find((a) => a.id === drop.article);
  if (!article) return { problem: `没有稿件“${drop.article}”` };
  const before = articleBlocks(issue, article.id, ctx).map(({ page, index }): PlacedBlock => {
    const on = issue.pages.find((p) => p.number === page) as Page;
    return { page, block: blocksOf(issue, on, ctx)[index] as Block, grid: ctx.gridOf(on) };
  });
  const last = before[before.length - 1];
  if (!last) return { problem: `《${article.headline}》还没有上版：请从未上版拖到版面上` };
  if (drop.page <= last.page) return { problem: `《${article.headline}》排到了第${last.page}版，下转只能接到后面的版上` };
  const site = dropSite(issue, drop, ctx);
  if ('problem' in site) return site;
  const { page, found, grid, free } = site;
  const { column, span, top } = drop;
  const fitted = fitHeight(article, { article: article.id, column, span, top, fit: true }, grid, ctx.fonts, before);
  const block: Block = fitted !== undefined && fitted <= free ? { article: article.id, column, span, top, height: fitted, fit: true } : { article: article.id, column, span, top, height: free };
  return { block, page, found };
}

/** A placed article's text continued into a new block on a later page (下转/上接). */
export function continueArticle(issue: Issue, drop: ArticleDrop, ctx: LayoutContext): IssueEdit {
  const placed = jumpBlock(issue, drop, ctx);
  if ('problem' in placed) return placed;
  const next = { ...placed.page, blocks: [...placed.page.blocks, placed.block] };
  return { issue: withPage(issue, placed.found, next), label: `《${headlineOf(issue, drop.article)}》下转第${drop.page}版` };
}

export function placeArticle(issue: Issue, drop: ArticleDrop, ctx: LayoutContext): IssueEdit {
  const placed = droppedBlock(issue, drop, ctx);
  if ('problem' in placed) return placed;
  const next = { ...placed.page, blocks: [...placed.page.blocks, placed.block] };
  // The look now lives in the block.
  const articles = issue.articles.map((a) => {
    if (a.id !== drop.article || !a.lastBlock) return a;
    const { lastBlock: _look, ...rest } = a;
    return rest;
  });
  const placedIssue = withPage(issue, placed.found, next);
  return { issue: articles.some((a, i) => a !== issue.articles[i]) ? { ...placedIssue, articles } : placedIssue, label: `上版《${headlineOf(issue, drop.article)}》` };
}

/** What the headline controls set on a block; null gives a setting back to the template. */
export interface HeadlineLook {
  size?: string | number | null;
  role?: string | null;
  align?: 'left' | 'center' | 'right' | null;
  lines?: number | null;
  setting?: 'across' | 'vertical' | null;
}

const LOOK_FIELDS = { size: 'headlineSize', role: 'headlineRole', align: 'headlineAlign', lines: 'headlineLines', setting: 'headline' } as const;
const LOOK_NAMES: Record<keyof HeadlineLook, string> = { size: '字号', role: '字体', align: '对齐', lines: '行数', setting: '横竖排' };

/** The main headline of a block set otherwise: its size (号 or pt), font, alignment, most lines, across or vertical. */
export function styleHeadline(issue: Issue, req: { page: number; block: number; look: HeadlineLook }, ctx: LayoutContext): IssueEdit {
  const found = issue.pages.find((p) => p.number === req.page);
  if (!found) return { problem: `没有第${req.page}版` };
  const page = explicitPage(issue, found, ctx);
  const block = page.blocks[req.block];
  if (!block) return { problem: `第${req.page}版没有第${req.block + 1}块稿件` };
  const { size, role } = req.look;
  const points = size === undefined || size === null ? undefined : (parseFontSize(size) ?? 0);
  if (points !== undefined && !(points >= 6 && points <= 200)) return { problem: `字号“${size}”不对：写号数（如小初、一号）或 6–200 pt` };
  if (role !== undefined && role !== null && !ctx.fonts.hasRole(role)) return { problem: `没有字体“${role}”：fonts.json 里没有这个字体` };
  const next: Block = { ...block };
  const changed: string[] = [];
  for (const key of Object.keys(LOOK_FIELDS) as Array<keyof HeadlineLook>) {
    const value = req.look[key];
    const field = LOOK_FIELDS[key];
    if (value === undefined || value === (block[field] ?? null)) continue;
    changed.push(LOOK_NAMES[key]);
    if (value === null) delete next[field];
    else Object.assign(next, { [field]: value });
  }
  if (changed.length === 0) return { issue, label: '' };
  const blocks = page.blocks.map((b, i) => (i === req.block ? next : b));
  return { issue: withPage(issue, found, { ...page, blocks }), label: `修改《${headlineOf(issue, block.article)}》标题${changed.join('、')}` };
}

/**
 * A block taken off its page. The first block of an article takes the whole article off, its
 * continuations (转版) on other pages too, so it is whole in 未上版 and not stranded in a
 * continuation; the article keeps the block's look for when it is put back. A continuation alone
 * comes off by itself, its text flowing back into the blocks before it.
 */
export function removeBlock(issue: Issue, req: { page: number; block: number }, ctx: LayoutContext): IssueEdit {
  const found = issue.pages.find((p) => p.number === req.page);
  if (!found) return { problem: `没有第${req.page}版` };
  const page = explicitPage(issue, found, ctx);
  const block = page.blocks[req.block];
  if (!block) return { problem: `第${req.page}版没有第${req.block + 1}块稿件` };
  const headline = headlineOf(issue, block.article);
  const first = articleBlocks(issue, block.article, ctx)[0];
  if (first && (first.page !== req.page || first.index !== req.block)) {
    const next = { ...page, blocks: page.blocks.filter((_, i) => i !== req.block) };
    return { issue: withPage(issue, found, next), label: `撤下《${headline}》第${req.page}版的转版部分` };
  }
  const others: number[] = [];
  const pages = issue.pages.map((p) => {
    if (p === found) return { ...page, blocks: page.blocks.filter((b) => b.article !== block.article) };
    if (!blocksOf(issue, p, ctx).some((b) => b.article === block.article)) return p;
    others.push(p.number);
    const own = explicitPage(issue, p, ctx);
    return { ...own, blocks: own.blocks.filter((b) => b.article !== block.article) };
  });
  const articles = issue.articles.map((a) => (a.id === block.article ? { ...a, lastBlock: lookOf(block) } : a));
  const also = others.length > 0 ? `，连同第${others.sort((a, b) => a - b).join('、')}版的转版` : '';
  return { issue: { ...issue, pages, articles }, label: `撤下《${headline}》${also}` };
}

/** An article's blocks in the order its text flows through them: pages in number order, blocks in page order. */
function articleBlocks(issue: Issue, article: string, ctx: LayoutContext): Array<{ page: number; index: number }> {
  return [...issue.pages]
    .sort((a, b) => a.number - b.number)
    .flatMap((p) => blocksOf(issue, p, ctx).flatMap((b, index) => (b.article === article ? [{ page: p.number, index }] : [])));
}

/** What 撤下 keeps of a block: everything but its place. */
export function lookOf(block: Block): BlockLook {
  const { article: _a, column: _c, top: _t, height: _h, fit: _f, notch: _n, ...look } = block;
  return look;
}

/**
 * A dropped block given the look its article had when taken off: headline size and setting, box,
 * and its photo frames, moved in and scaled down where the new block is narrower.
 */
function withLook(block: Omit<Block, 'height'>, look: BlockLook): Omit<Block, 'height'> {
  const { span: _span, photos, ...rest } = look;
  const fitted = photos?.map((p): Photo => {
    const span = Math.min(p.span, block.span);
    const height = span < p.span ? Math.max(2, Math.round((p.height * span) / p.span)) : p.height;
    return { ...p, span, height, column: Math.max(1, Math.min(p.column, block.span - span + 1)) };
  });
  return { ...block, ...rest, ...(fitted ? { photos: fitted } : {}) };
}

/** Lines free below `block.top` in all of its columns, down to the first taken cell or the foot of the type area. */
function freeLines(blocks: readonly Block[], grid: PageGrid, reserved: number, block: Block): number {
  const cells = PageCells.of(blocks, grid.columns, grid.lines, reserved);
  let line = block.top;
  const clear = (k: number): boolean => Array.from({ length: block.span }, (_, i) => cells.owner(block.column + i, k)).every((o) => o === FREE);
  while (line < grid.lines && clear(line)) line++;
  return line - block.top;
}
