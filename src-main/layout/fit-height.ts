/** The height (in grid lines) a block needs so that its article sets without overset, its photo frames and captions inside it. */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Article, Block } from '../model/issue.js';
import { flowArticle } from './article-flow.js';
import type { PageGrid } from './grid.js';

/**
 * Least heights found, per article, by the block's shape. The grid's lines are all alike, so a
 * block needs the same height wherever it stands, but for one thing: at the top of the type area
 * its headline has half a line less air above it. Auto-placement asks for many tops and spans.
 */
const known = new WeakMap<FontLibrary, WeakMap<Article, Map<string, number | undefined>>>();

/** The least height for `article` in a block of `span` columns at line `top`, or undefined if even the full page is too short. */
export function fitHeight(article: Article, block: Omit<Block, 'height'>, grid: PageGrid, fonts: FontLibrary): number | undefined {
  const { article: _id, column: _column, top, ...shape } = block;
  const atTop = top === 0;
  const key = `${grid.template.id}:${grid.lines}:${atTop}:${JSON.stringify(shape)}`;
  let byArticle = known.get(fonts);
  if (!byArticle) known.set(fonts, (byArticle = new WeakMap()));
  let heights = byArticle.get(article);
  if (!heights) byArticle.set(article, (heights = new Map()));
  if (!heights.has(key)) heights.set(key, leastHeight(article, { ...block, column: 1, top: atTop ? 0 : 1 }, grid, fonts));
  const least = heights.get(key);
  return least !== undefined && least <= grid.lines - top ? least : undefined;
}

function leastHeight(article: Article, block: Omit<Block, 'height'>, grid: PageGrid, fonts: FontLibrary): number | undefined {
  const fits = (height: number): boolean =>
    !flowArticle(article, [{ page: 1, block: { ...block, height }, grid }], fonts).diagnostics.some((d) => d.kind === 'overset' || d.kind === 'photo-past-block');
  let hi = grid.lines - block.top;
  if (!fits(hi)) return undefined;
  let lo = 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
