/**
 * Changes to several blocks of a page at once, as one undoable step: moved together by whole
 * columns and lines (the group keeps its shape; any block that would land badly refuses the
 * move), taken off together, and pasted (blocks cut from a page come back with their looks;
 * copied ones bring a copy of their story, 副本, so no story is printed twice by accident).
 */
import { mastheadLines } from '../layout/masthead.js';
import type { Article, Block, ClipBlock, Issue } from '../model/issue.js';
import { blocksOf, explicitPage, headlineOf, lookOf, removeBlock, withPage, type LayoutContext } from './block-edits.js';
import type { IssueEdit } from './edit.js';
import { placementProblem } from './placement.js';

const count = (n: number, what: string): string => `${n}块${what}`;

export function moveBlocks(issue: Issue, req: { page: number; blocks: readonly number[]; columns: number; lines: number }, ctx: LayoutContext): IssueEdit {
  const found = issue.pages.find((p) => p.number === req.page);
  if (!found) return { problem: `没有第${req.page}版` };
  const page = explicitPage(issue, found, ctx);
  const chosen = new Set(req.blocks);
  if ([...chosen].some((i) => !page.blocks[i])) return { problem: `第${req.page}版没有这些稿件` };
  if (req.columns === 0 && req.lines === 0) return { issue, label: '' };
  const moved = { ...page, blocks: page.blocks.map((b, i) => (chosen.has(i) ? { ...b, column: b.column + req.columns, top: b.top + req.lines } : b)) };
  const grid = ctx.gridOf(moved);
  const reserved = mastheadLines(moved, grid.template);
  for (const i of chosen) {
    const problem = placementProblem(issue, moved, i, moved.blocks[i] as Block, grid, reserved);
    if (problem) return { problem: `《${headlineOf(issue, (page.blocks[i] as Block).article)}》${problem}` };
  }
  return { issue: withPage(issue, found, moved), label: `移动${count(chosen.size, '稿件')}` };
}

/** The blocks taken off, as 撤下 takes each (a story's first block takes the whole story). */
export function removeBlocks(issue: Issue, req: { page: number; blocks: readonly number[] }, ctx: LayoutContext): IssueEdit {
  const found = issue.pages.find((p) => p.number === req.page);
  if (!found) return { problem: `没有第${req.page}版` };
  const wanted = req.blocks.map((i) => blocksOf(issue, found, ctx)[i]);
  if (wanted.some((b) => !b)) return { problem: `第${req.page}版没有这些稿件` };
  let next = issue;
  // Each block found again by what it is: taking one off may take others of its story with it.
  for (const b of wanted as Block[]) {
    const page = next.pages.find((p) => p.number === req.page);
    const index = page ? blocksOf(next, page, ctx).findIndex((x) => x.article === b.article && x.column === b.column && x.top === b.top) : -1;
    if (index < 0) continue;
    const edit = removeBlock(next, { page: req.page, block: index }, ctx);
    if ('problem' in edit) return edit;
    next = edit.issue;
  }
  return { issue: next, label: wanted.length === 1 ? `撤下《${headlineOf(issue, (wanted[0] as Block).article)}》` : `撤下${count(wanted.length, '稿件')}` };
}

/** The blocks of a page, by index, as the clipboard keeps them. */
export function clipOf(issue: Issue, page: number, blocks: readonly number[], ctx: LayoutContext): ClipBlock[] {
  const found = issue.pages.find((p) => p.number === page);
  const all = found ? blocksOf(issue, found, ctx) : [];
  return blocks.flatMap((i) => {
    const b = all[i];
    return b ? [{ article: b.article, column: b.column, span: b.span, top: b.top, height: b.height, look: lookOf(b) }] : [];
  });
}

/**
 * The clipboard's blocks on page `page`, at their places: a story on no page (cut) goes back on with
 * its look; a story still on a page (copied) is copied as a new story (副本) for the block.
 */
export function pasteBlocks(issue: Issue, req: { page: number; items: readonly ClipBlock[] }, ctx: LayoutContext): IssueEdit {
  const found = issue.pages.find((p) => p.number === req.page);
  if (!found) return { problem: `没有第${req.page}版` };
  let page = explicitPage(issue, found, ctx);
  const placed = new Set(issue.pages.flatMap((p) => blocksOf(issue, p, ctx).map((b) => b.article)));
  const articles: Article[] = [...issue.articles];
  let copies = 0;
  for (const item of req.items) {
    const source = articles.find((a) => a.id === item.article);
    if (!source) return { problem: `没有稿件“${item.article}”` };
    let id = item.article;
    if (placed.has(id)) {
      const copy = copyOf(source, articles);
      articles.push(copy);
      id = copy.id;
      copies++;
    } else {
      placed.add(id);
      const at = articles.indexOf(source);
      const { lastBlock: _look, ...rest } = source;
      articles[at] = rest;
    }
    const { column, span, top, height } = item;
    page = { ...page, blocks: [...page.blocks, { ...item.look, article: id, column, span, top, height }] };
  }
  const grid = ctx.gridOf(page);
  const reserved = mastheadLines(page, grid.template);
  const first = page.blocks.length - req.items.length;
  for (let i = first; i < page.blocks.length; i++) {
    const problem = placementProblem({ ...issue, articles }, page, i, page.blocks[i] as Block, grid, reserved);
    if (problem) return { problem: `粘贴不下：${problem}` };
  }
  const label = `粘贴${count(req.items.length, '稿件')}${copies ? `（${copies}篇为副本）` : ''}`;
  return { issue: { ...withPage(issue, found, page), articles }, label };
}

/** A copy of a story (副本) under a new id (the id with -copy, numbered when taken: ids are ASCII), unplaced. */
export function copyOf(article: Article, articles: readonly Article[]): Article {
  const taken = new Set(articles.map((a) => a.id));
  let id = `${article.id}-copy`;
  for (let n = 2; taken.has(id); n++) id = `${article.id}-copy${n}`;
  const { lastBlock: _look, ...rest } = article;
  return { ...rest, id };
}

/** Copies of the stories, unplaced (创建副本): the editor puts them where they go. */
export function duplicateArticles(issue: Issue, ids: readonly string[]): IssueEdit {
  const articles = [...issue.articles];
  for (const id of ids) {
    const source = articles.find((a) => a.id === id);
    if (!source) return { problem: `没有稿件“${id}”` };
    articles.push(copyOf(source, articles));
  }
  const label = ids.length === 1 ? `创建《${headlineOf(issue, ids[0] as string)}》的副本` : `创建${ids.length}篇稿件的副本`;
  return { issue: { ...issue, articles }, label };
}
