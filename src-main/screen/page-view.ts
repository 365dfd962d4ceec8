/** What the page view draws besides the display list: the grid, the blocks' outlines, screen colours. */
import type { PageGrid } from '../layout/grid.js';
import { mastheadLines } from '../layout/masthead.js';
import type { PageLayout } from '../model/display-list.js';
import type { Block, Issue, Page } from '../model/issue.js';
import type { BlockView, GridView, HeadlineView, PageView } from '../api/api-types.js';
import { mainHeadline } from '../layout/headlines.js';
import { boxStroke } from '../model/paint.js';
import { cssColour } from './screen-colour.js';

export function gridView(grid: PageGrid, reserved: number): GridView {
  const { left, top, columns, columnWidth, gutter, lines, pitch, baselineInCell } = grid.geometry;
  return { left, top, columns, columnWidth, gutter, lines, pitch, baselineInCell, reservedLines: reserved };
}

/**
 * A block's outline: its rectangle with the notch, if any, cut from a corner. The notch edge runs
 * down the middle of the gutter, where the rule between the two articles is drawn.
 */
export function blockOutline(b: Block, grid: PageGrid): Array<[number, number]> {
  const x0 = grid.columnLeft(b.column);
  const x1 = x0 + grid.spanWidth(b.span);
  const y0 = grid.lineTop(b.top);
  const y1 = grid.lineTop(b.top + b.height);
  const n = b.notch;
  if (!n) return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
  const gutter = grid.template.grid.gutter;
  const left = n.corner.endsWith('left');
  const xn = left ? grid.columnLeft(b.column + n.columns) - gutter / 2 : grid.columnLeft(b.column + b.span - n.columns) - gutter / 2;
  const top = n.corner.startsWith('top');
  const yn = top ? grid.lineTop(b.top + n.lines) : grid.lineTop(b.top + b.height - n.lines);
  if (top && left) return [[xn, y0], [x1, y0], [x1, y1], [x0, y1], [x0, yn], [xn, yn]];
  if (top) return [[x0, y0], [xn, y0], [xn, yn], [x1, yn], [x1, y1], [x0, y1]];
  if (left) return [[x0, y0], [x1, y0], [x1, y1], [xn, y1], [xn, yn], [x0, yn]];
  return [[x0, y0], [x1, y0], [x1, yn], [xn, yn], [xn, y1], [x0, y1]];
}

function headlineView(b: Block, grid: PageGrid): HeadlineView {
  const main = mainHeadline(b, b.span, grid);
  const own = { size: b.headlineSize, role: b.headlineRole, align: b.headlineAlign, lines: b.headlineLines, setting: b.headline };
  return {
    size: main.size, role: main.role, align: main.align, lines: main.maxLines, setting: b.headline ?? 'across',
    own: Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)),
  };
}

/** The page as the app shows it; `blocks` are those it is composed with (its own or auto-placement's). */
export function makePageView(issue: Issue, page: Page, placed: readonly Block[], layout: PageLayout, grid: PageGrid, revision: number): PageView {
  const headlines = new Map(issue.articles.map((a) => [a.id, a.headline]));
  const blocks: BlockView[] = placed.map((b, index) => ({
    index, article: b.article, headline: headlines.get(b.article) ?? b.article,
    column: b.column, span: b.span, top: b.top, height: b.height, ...(b.notch ? { notch: b.notch } : {}),
    outline: blockOutline(b, grid),
    title: headlineView(b, grid),
    photos: (b.photos ?? []).map((p) => ({ image: p.image, fit: p.fit, scale: p.scale ?? 1, focus: p.focus })),
  }));
  const colours: Record<string, string> = {};
  for (const item of layout.items) {
    const inks = item.kind === 'text' ? [item.fill] : item.kind === 'rule' ? [item.stroke] : item.kind === 'box' ? [item.fill, boxStroke(item)] : [];
    for (const cmyk of inks) if (cmyk) colours[cmyk.join(',')] ??= cssColour(cmyk);
  }
  const auto = placed !== page.blocks;
  return { number: page.number, section: page.section, revision, layout, grid: gridView(grid, mastheadLines(page, grid.template)), blocks, auto, colours };
}
