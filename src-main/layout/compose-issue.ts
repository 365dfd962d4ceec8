/**
 * Composition of a whole issue: a pure function of the issue, its templates, the fonts and the
 * sizes of its images, giving every page's display list and the diagnostics.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Composition, Diagnostic, DisplayItem, PageLayout } from '../model/display-list.js';
import { InputError } from '../model/errors.js';
import type { ImageSizes } from '../model/image-files.js';
import type { Article, Block, Image, Issue, Page } from '../model/issue.js';
import type { Masthead, Template } from '../model/template.js';
import { flowArticle } from './article-flow.js';
import type { PlacedBlock } from './article-parts.js';
import { pageBlocks, TOLERATED_LINES } from './auto-place.js';
import { blockProblems, type BlockProblem } from './block-checks.js';
import { dividingRules } from './dividing-rules.js';
import { PageGrid } from './grid.js';
import { masthead, mastheadLines, mastheadOf } from './masthead.js';
import { type FreeArea, PageCells } from './page-cells.js';
import { runningHeader } from './running-header.js';

export interface ComposeContext {
  /** The issue file, named in error messages. */
  file: string;
  fonts: FontLibrary;
  template: (id: string) => Template;
  /** The issue's image files, read by the caller (assets/image-sizes.ts). */
  images: ImageSizes;
  /** Compose only these page numbers (e.g. the page being edited); all pages when absent. */
  only?: readonly number[];
  /**
   * A page that goes to the plant with a hole is an error: free space of more than
   * TOLERATED_LINES lines is reported as one (`--strict`), not as a warning.
   */
  strict?: boolean;
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
  const gridOf = (page: number): PageGrid => grids.get(page) as PageGrid;
  const articles = new Map(issue.articles.map((a) => [a.id, a]));
  const mastheadOn = (page: Page): Masthead | undefined => mastheadOf(page, gridOf(page.number).template);

  // Explicit blocks win; a page with none is laid out from its list of articles.
  const blocksOn = new Map<number, Block[]>();
  const cells = new Map<number, PageCells>();
  for (const page of allPages) {
    const grid = gridOf(page.number);
    const reserved = mastheadLines(page, grid.template);
    checkPage(page, grid, issue, ctx.file, reserved);
    const blocks = pageBlocks(page, articles, grid, reserved, ctx.fonts, ctx.images);
    blocksOn.set(page.number, blocks);
    cells.set(page.number, PageCells.of(blocks, grid.columns, grid.lines, reserved));
  }

  // Reading order on a page: text continued from an earlier page, the page's furniture, the
  // articles that start here, and last those that go on to a later page (see ArticleOutput).
  const incoming = new Map<number, DisplayItem[]>();
  const own = new Map<number, DisplayItem[]>();
  const outgoing = new Map<number, DisplayItem[]>();
  const push = (map: Map<number, DisplayItem[]>, page: number, list: readonly DisplayItem[]): void => {
    if (wanted(page)) map.set(page, [...(map.get(page) ?? []), ...list]);
  };
  const diagnostics: Diagnostic[] = [];
  for (const article of issue.articles) {
    // Blocks on every page: an article continued onto a wanted page starts where the earlier page left it.
    const blocks: PlacedBlock[] = allPages.flatMap((page) =>
      (blocksOn.get(page.number) ?? []).filter((b) => b.article === article.id).map((block) => ({ page: page.number, block, grid: gridOf(page.number) })),
    );
    const first = blocks[0];
    if (!first) {
      // Reported whatever pages are composed: a caller composing one page learns of an article it took off.
      diagnostics.push(unplaced(article));
      continue;
    }
    if (wanted(first.page)) diagnostics.push(...unframedImages(article, blocks, first.page));
    if (!blocks.some((b) => wanted(b.page))) continue;
    const goesOn = blocks.some((b) => b.page !== first.page);
    const out = flowArticle(article, blocks, ctx.fonts, ctx.images);
    for (const [page, list] of out.items) push(page !== first.page ? incoming : goesOn ? outgoing : own, page, list);
    diagnostics.push(...out.diagnostics.filter((d) => !('page' in d) || wanted(d.page)));
  }

  for (const page of pages) {
    for (const area of (cells.get(page.number) as PageCells).freeAreas()) {
      if (area.lines >= FREE_SPACE_LINES) diagnostics.push(freeSpace(page.number, area, ctx.strict === true && area.lines > TOLERATED_LINES));
    }
  }

  const layouts: PageLayout[] = pages.map((page) => {
    const grid = gridOf(page.number);
    const spec = mastheadOn(page);
    const furniture = [
      ...(spec ? masthead(spec, issue, page, grid, ctx.fonts) : runningHeader(issue, page, grid, ctx.fonts)),
      ...dividingRules(blocksOn.get(page.number) ?? [], cells.get(page.number) as PageCells, grid),
    ];
    const items = [...(incoming.get(page.number) ?? []), ...furniture, ...(own.get(page.number) ?? []), ...(outgoing.get(page.number) ?? [])];
    const t = grid.template;
    return { number: page.number, template: t.id, width: t.width, height: t.height, bleed: t.bleed, items };
  });
  return { pages: layouts, fonts: ctx.fonts.usedBy(layouts), diagnostics };
}

/** Empty lines in a column from which an editor is told: less is air between articles. */
const FREE_SPACE_LINES = 2;

/** Part of the type area no block covers: room for a photo, an advertisement or another article. */
function freeSpace(page: number, a: FreeArea, error: boolean): Diagnostic {
  const columns = a.span > 1 ? `columns ${a.column}–${a.column + a.span - 1}` : `column ${a.column}`;
  return {
    kind: 'free-space', severity: error ? 'error' : 'warning', page, column: a.column, span: a.span, top: a.top, lines: a.lines,
    message: `${columns}, lines ${a.top + 1}–${a.top + a.lines} are empty (${a.lines} lines)`,
  };
}

/** An image's caption and credit, as its frame would print them. */
const imageText = (image: Image): string => [image.caption, image.credit].filter((t) => t).join('\n');

/** An article on no page: all its text (its photos' captions too) is reported, so none is lost without a word. */
function unplaced(article: Article): Diagnostic {
  const text = [article.banner, article.kicker, article.headline, article.subhead, article.byline, article.note, ...article.paragraphs, article.credit, ...article.images.map(imageText)].filter((t) => t).join('\n');
  return {
    kind: 'unplaced', severity: 'error', article: article.id, chars: [...text.replace(/\n/g, '')].length, text,
    message: `“${article.headline}” is not placed on any page`,
  };
}

/** The images of a placed article that none of its blocks frames, reported on its first page with their captions. */
function unframedImages(article: Article, blocks: readonly PlacedBlock[], page: number): Diagnostic[] {
  const framed = new Set(blocks.flatMap((b) => (b.block.photos ?? []).map((p) => p.image)));
  return article.images.flatMap((image, k): Diagnostic[] => {
    if (framed.has(k)) return [];
    const text = imageText(image);
    return [{
      kind: 'image-unplaced', severity: 'warning', page, article: article.id, image: k, src: image.src, chars: [...text.replace(/\n/g, '')].length, text,
      message: `image ${k + 1} of “${article.headline}” (${image.src}) has no frame in any of its blocks${text ? `: its caption is not printed: ${text.replace(/\n/g, ' ')}` : ''}`,
    }];
  });
}

/** Block geometry the schema cannot check, refused with the field it is in: see block-checks.ts. */
function checkPage(page: Page, grid: PageGrid, issue: Issue, file: string, reserved: number): void {
  const p = issue.pages.indexOf(page);
  const ids = new Set(issue.articles.map((a) => a.id));
  page.articles?.forEach((id, i) => {
    if (!ids.has(id)) throw new InputError(file, `pages[${p}].articles[${i}]: no article has the id "${id}"`);
  });
  const images = (id: string): number => issue.articles.find((a) => a.id === id)?.images.length ?? 0;
  const [problem] = blockProblems(page.blocks, { columns: grid.columns, lines: grid.lines, reserved }, images);
  if (problem) throw new InputError(file, `pages[${p}].${problemText(problem, page.blocks, grid, reserved)}`);
}

type BlockPhoto = NonNullable<Block['photos']>[number];

/** A block problem as `field: what is wrong`, in the terms of the issue file. */
function problemText(problem: BlockProblem, blocks: readonly Block[], grid: PageGrid, reserved: number): string {
  const where = `blocks[${problem.block}]`;
  const b = blocks[problem.block] as Block;
  const template = grid.template.id;
  const photo = (k: number): BlockPhoto => (b.photos ?? [])[k] as BlockPhoto;
  switch (problem.kind) {
    case 'past-columns':
      return `${where}: columns ${b.column}–${b.column + b.span - 1} go past the ${grid.columns} columns of template "${template}"`;
    case 'past-lines':
      return `${where}: lines ${b.top}–${b.top + b.height - 1} go past the ${grid.lines} lines of template "${template}"`;
    case 'notch-too-big':
      return `${where}.notch: a ${b.notch?.columns}×${b.notch?.lines} notch leaves nothing of a ${b.span}-column, ${b.height}-line block`;
    case 'notch-on-box':
      return `${where}.box: a boxed block must be a rectangle (no notch)`;
    case 'notch-under-vertical-headline':
      return `${where}.notch: a vertical headline needs the top right corner of its block`;
    case 'no-such-image':
      return `${where}.photos[${problem.photo}].image: article "${b.article}" has no image ${photo(problem.photo).image} (it has ${problem.images})`;
    case 'photo-past-columns': {
      const { column, span } = photo(problem.photo);
      return `${where}.photos[${problem.photo}]: columns ${column}–${column + span - 1} go past the block's ${b.span} columns`;
    }
    case 'photo-past-lines': {
      const { top, height } = photo(problem.photo);
      return `${where}.photos[${problem.photo}]: lines ${top}–${top + height - 1} go past the block's ${b.height} lines`;
    }
    case 'in-masthead':
      return `${where}: line ${problem.line} of column ${problem.column} is in the masthead (lines 0–${reserved - 1})`;
    case 'overlap':
      return `${where}: overlaps blocks[${problem.other}] at column ${problem.column}, line ${problem.line}`;
  }
}
