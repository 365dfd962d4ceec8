/**
 * Composition of a whole issue: a pure function of the issue, its templates and the fonts,
 * giving every page's display list and the diagnostics.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Composition, Diagnostic, DisplayItem, FontRef, PageLayout } from '../model/display-list.js';
import { InputError } from '../model/errors.js';
import type { Article, Issue, Page } from '../model/issue.js';
import type { Template } from '../model/template.js';
import { flowArticle, type PlacedBlock } from './article-flow.js';
import { blockRules } from './block-rules.js';
import { PageGrid } from './grid.js';
import { runningHeader } from './running-header.js';

export interface ComposeContext {
  /** The issue file, named in error messages. */
  file: string;
  fonts: FontLibrary;
  template: (id: string) => Template;
  /** Compose only these page numbers (e.g. the page being edited); all pages when absent. */
  only?: readonly number[];
}

export function composeIssue(issue: Issue, ctx: ComposeContext): Composition {
  const allPages = [...issue.pages].sort((a, b) => a.number - b.number);
  const wanted = (n: number): boolean => !ctx.only || ctx.only.includes(n);
  const pages = allPages.filter((p) => wanted(p.number));
  const grids = new Map<number, PageGrid>();
  for (const page of allPages) {
    const template = ctx.template(page.template);
    grids.set(page.number, new PageGrid(template, ctx.fonts.role(template.body.role)));
  }
  const items = new Map<number, DisplayItem[]>(pages.map((p) => [p.number, []]));
  const diagnostics: Diagnostic[] = [];

  for (const page of pages) {
    const grid = grids.get(page.number) as PageGrid;
    checkBlocks(page, grid, issue, ctx.file);
    items.get(page.number)?.push(...runningHeader(issue, page, grid, ctx.fonts), ...blockRules(page.blocks, grid));
  }

  for (const article of issue.articles) {
    // Blocks on every page: an article continued onto a wanted page starts where the earlier page left it.
    const blocks: PlacedBlock[] = allPages.flatMap((page) =>
      page.blocks.filter((b) => b.article === article.id).map((block) => ({ page: page.number, block, grid: grids.get(page.number) as PageGrid })),
    );
    if (blocks.length === 0) {
      if (!ctx.only) diagnostics.push(unplaced(article));
      continue;
    }
    if (!blocks.some((b) => wanted(b.page))) continue;
    const out = flowArticle(article, blocks, ctx.fonts);
    for (const [page, list] of out.items) items.get(page)?.push(...list);
    diagnostics.push(...out.diagnostics);
  }

  const layouts: PageLayout[] = pages.map((page) => {
    const t = (grids.get(page.number) as PageGrid).template;
    return { number: page.number, template: t.id, width: t.width, height: t.height, bleed: t.bleed, items: items.get(page.number) ?? [] };
  });
  return { pages: layouts, fonts: usedFonts(layouts, ctx.fonts), diagnostics };
}

/** An article on no page: all its text is reported, so none is lost without a word. */
function unplaced(article: Article): Diagnostic {
  const text = [article.kicker, article.headline, article.subhead, article.byline, ...article.paragraphs, article.credit].filter((t) => t).join('\n');
  return {
    kind: 'unplaced', severity: 'error', article: article.id, chars: [...text.replace(/\n/g, '')].length, text,
    message: `“${article.headline}” is not placed on any page`,
  };
}

function checkBlocks(page: Page, grid: PageGrid, issue: Issue, file: string): void {
  const p = issue.pages.indexOf(page);
  page.blocks.forEach((b, i) => {
    const where = `pages[${p}].blocks[${i}]`;
    if (b.column + b.span - 1 > grid.columns) {
      throw new InputError(file, `${where}: columns ${b.column}–${b.column + b.span - 1} go past the ${grid.columns} columns of template "${grid.template.id}"`);
    }
    if (b.top + b.height > grid.lines) {
      throw new InputError(file, `${where}: lines ${b.top}–${b.top + b.height - 1} go past the ${grid.lines} lines of template "${grid.template.id}"`);
    }
  });
}

function usedFonts(pages: readonly PageLayout[], fonts: FontLibrary): Record<string, FontRef> {
  const keys = new Set<string>();
  for (const page of pages) for (const item of page.items) if (item.kind === 'text') keys.add(item.font);
  const out: Record<string, FontRef> = {};
  for (const face of fonts.openedFaces()) {
    if (keys.has(face.key)) out[face.key] = { path: face.path, postscriptName: face.postscriptName };
  }
  return out;
}
