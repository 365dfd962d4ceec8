/** The height (in grid lines) a block needs so that its article sets without overset, its photo frames and captions inside it. */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Article, Block } from '../model/issue.js';
import { flowArticle } from './article-flow.js';
import type { PageGrid } from './grid.js';

/** The least height for `article` in a block of `span` columns at line `top`, or undefined if even the full page is too short. */
export function fitHeight(article: Article, block: Omit<Block, 'height'>, grid: PageGrid, fonts: FontLibrary): number | undefined {
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
