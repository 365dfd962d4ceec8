/**
 * Auto-placement of a page given only an ordered list of articles: the lead across the whole
 * type area at the top (the widest headline), its height fitted to its text; the others in
 * stacks of equal columns below it, each fitted to its text, every stack's spare lines shared
 * out among its blocks so that the blocks tile the type area without gaps. The fewest stacks
 * (of at most four columns) that take every article win: wider columns, bigger headlines. Editors adjust from there.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Article, Block } from '../model/issue.js';
import { fitHeight } from './fit-height.js';
import type { PageGrid } from './grid.js';

export interface Placement {
  blocks: Block[];
  /** Articles that found no room (reported as unplaced by the caller). */
  left: Article[];
}

/** The lead never takes more than this share of the lines below `top`. */
const LEAD_SHARE = 0.45;
const MAX_STACK = 4;

export function autoPlace(articles: readonly Article[], grid: PageGrid, top: number, fonts: FontLibrary): Placement {
  const [lead, ...rest] = articles;
  if (!lead) return { blocks: [], left: [] };
  const free = grid.lines - top;
  const leadBlock = { article: lead.id, column: 1, span: grid.columns, top, fit: true };
  const leadHeight = rest.length === 0 ? free : Math.min(fitHeight(lead, leadBlock, grid, fonts) ?? free, Math.floor(free * LEAD_SHARE));
  const blocks: Block[] = [{ ...leadBlock, height: leadHeight }];
  if (rest.length === 0) return { blocks, left: [] };

  let best: Placement | undefined;
  // Stacks no wider than MAX_STACK columns: a short article across a whole page reads badly.
  for (let stacks = Math.min(rest.length, Math.ceil(grid.columns / MAX_STACK)); stacks <= Math.min(rest.length, grid.columns); stacks++) {
    const trial = fillStacks(rest, stacks, top + leadHeight, grid, fonts);
    if (!best || trial.left.length < best.left.length) best = trial;
    if (trial.left.length === 0) break;
  }
  return { blocks: [...blocks, ...(best?.blocks ?? [])], left: best?.left ?? [] };
}

/** Columns split into `n` stacks as evenly as possible, wider ones first. */
function stackSpans(columns: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor(columns / n) + (i < columns % n ? 1 : 0));
}

function fillStacks(articles: readonly Article[], n: number, top: number, grid: PageGrid, fonts: FontLibrary): Placement {
  const blocks: Block[] = [];
  const left: Article[] = [];
  let queue = [...articles];
  let column = 1;
  for (const span of stackSpans(grid.columns, n)) {
    const stack: Block[] = [];
    let line = top;
    while (queue.length > 0) {
      const article = queue[0] as Article;
      const height = fitHeight(article, { article: article.id, column, span, top: line, fit: true }, grid, fonts);
      if (height === undefined || line + height > grid.lines) break;
      stack.push({ article: article.id, column, span, top: line, height, fit: true });
      line += height;
      queue = queue.slice(1);
    }
    shareSpareLines(stack, grid.lines - line);
    blocks.push(...stack);
    column += span;
  }
  left.push(...queue);
  return { blocks, left };
}

/** Lengthens a stack's blocks (and moves them down) so the stack ends at the foot of the type area. */
function shareSpareLines(stack: Block[], spare: number): void {
  let shift = 0;
  stack.forEach((b, i) => {
    const more = Math.floor(spare / stack.length) + (i < spare % stack.length ? 1 : 0);
    b.top += shift;
    b.height += more;
    shift += more;
  });
}
