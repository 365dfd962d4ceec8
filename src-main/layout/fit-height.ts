/**
 * The height (in grid lines) a block needs so that its article sets without overset, its photo
 * frames and captions inside it: the article's only block, or the block its text is continued
 * into from blocks on earlier pages (转版), which take their share first.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Article, Block } from '../model/issue.js';
import { NO_IMAGES, pourContext } from './article-flow.js';
import { articleParts, type PlacedBlock } from './article-parts.js';
import { blockColumns, type Slot } from './block-area.js';
import type { PageGrid } from './grid.js';
import { pour } from './pour.js';


/**
 * Least heights found, per article, by the block's shape. The grid's lines are all alike, so a
 * block needs the same height wherever it stands, but for one thing: at the top of the type area
 * its headline has half a line less air above it. Auto-placement asks for many tops and spans.
 */
const known = new WeakMap<FontLibrary, WeakMap<Article, Map<string, number | undefined>>>();

/**
 * The least height for `article` in a block of `span` columns at line `top`, after its blocks on
 * earlier pages (`before`), or undefined if even the full page is too short.
 */
export function fitHeight(article: Article, block: Omit<Block, 'height'>, grid: PageGrid, fonts: FontLibrary, before: readonly PlacedBlock[] = []): number | undefined {
  const { article: _id, column: _column, top, ...shape } = block;
  const atTop = top === 0;
  const earlier = before.map((b) => ({ page: b.page, block: b.block }));
  const key = `${grid.template.id}:${grid.lines}:${atTop}:${JSON.stringify(shape)}:${JSON.stringify(earlier)}`;
  let byArticle = known.get(fonts);
  if (!byArticle) known.set(fonts, (byArticle = new WeakMap()));
  let heights = byArticle.get(article);
  if (!heights) byArticle.set(article, (heights = new Map()));
  if (!heights.has(key)) heights.set(key, leastHeight(article, { ...block, column: 1, top: atTop ? 0 : 1 }, before, grid, fonts));
  const least = heights.get(key);
  return least !== undefined && least <= grid.lines - top ? least : undefined;
}

/**
 * The block laid out once at the full depth below its top; each trial height then keeps the slots
 * above its foot and pours the body into them counting lines only (no display runs, no column
 * balancing, which never changes whether the text fits). The search starts from the fewest
 * slots the text could take.
 */
function leastHeight(article: Article, block: Omit<Block, 'height'>, before: readonly PlacedBlock[], grid: PageGrid, fonts: FontLibrary): number | undefined {
  const page = (before[before.length - 1]?.page ?? 0) + 1;
  const deepest: PlacedBlock = { page, block: { ...block, height: grid.lines - block.top }, grid };
  const { parts, diagnostics } = articleParts(article, [...before, deepest], fonts, NO_IMAGES, true);
  const part = parts[parts.length - 1];
  if (!part || diagnostics.some((d) => d.kind === 'photo-past-block')) return undefined;
  // The earlier blocks' slots are filled first, whatever this block's height.
  const earlier = parts.slice(0, -1).flatMap((p) => p.slots);
  const context = { ...pourContext(article, [...before, deepest], part.slots[part.slots.length - 1]?.width ?? grid.spanWidth(1), fonts), measureOnly: true };
  // A box keeps its foot line for itself.
  const inset = block.box ? 1 : 0;
  const pourInto = (height: number) => {
    const bottom = block.top + height - inset;
    const slots = part.slots.filter((s) => s.line < bottom);
    return pour([...earlier, ...(block.notch ? withinNotch(slots, { ...block, height }) : slots)], context);
  };
  const fits = (height: number): boolean => part.photoFoot <= block.top + height - inset && !pourInto(height).overset;
  let hi = deepest.block.height;
  const full = pourInto(hi);
  if (full.overset || part.photoFoot > block.top + hi - inset) return undefined;
  // No block shorter than its photos holds it; where every slot is as wide, the text has as many
  // lines at every height, and no block with fewer slots than that (less the earlier blocks' slots,
  // which take no more lines than they have) holds it either.
  let lo = Math.max(1, part.photoFoot - block.top + inset);
  if (part.slots.every((s) => s.width === part.slots[0]?.width)) {
    const lines = part.slots.map((s) => s.line).sort((a, b) => a - b);
    lo = Math.max(lo, (lines[full.lines - earlier.length - 1] ?? 0) - block.top + inset + 1);
  }
  // The least height is nearly always that bound or a line or two more: gallop up from it, then halve.
  for (let step = 1; lo < hi; step *= 2) {
    const probe = Math.min(hi, lo + step - 1);
    if (fits(probe)) {
      hi = probe;
      break;
    }
    lo = probe + 1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The slots a notched block of this height still holds: a notch at a foot corner rises with the foot. */
function withinNotch(slots: readonly Slot[], block: Block): Slot[] {
  const columns = blockColumns(block);
  return slots.filter((s) => columns.some((c) => s.column === c.column && s.line >= c.from && s.line < c.to));
}
