/**
 * Whether a block may go where the user dragged it: inside the type area, clear of the masthead
 * and of the other blocks, with its notch and photos still inside it. The answer is a sentence
 * for the layout editor (Chinese), or undefined when the place is fine.
 */
import { blockColumns } from '../layout/block-area.js';
import type { PageGrid } from '../layout/grid.js';
import { FREE, PageCells, RESERVED } from '../layout/page-cells.js';
import type { GridPlace } from '../model/geometry.js';
import type { Block, Issue, Page } from '../model/issue.js';


export function placementProblem(issue: Issue, page: Page, index: number, place: GridPlace, grid: PageGrid, reserved: number): string | undefined {
  const block = page.blocks[index];
  if (!block) return `第${page.number}版没有第${index + 1}块稿件`;
  const last = place.column + place.span - 1;
  if (last > grid.columns) return `超出版心：第${place.column}–${last}栏，本版只有${grid.columns}栏`;
  if (place.top + place.height > grid.lines) return `超出版心：排到第${place.top + place.height}行，本版只有${grid.lines}行`;
  if (place.top < reserved) return `压住报头：报头占版心前${reserved}行`;
  const moved: Block = { ...block, ...place };
  const n = moved.notch;
  if (n && (n.columns >= moved.span || n.lines >= moved.height)) return `稿件区太小：缺角就有${n.columns}栏×${n.lines}行`;
  const photo = moved.photos?.find((p) => p.column + p.span - 1 > moved.span || p.top + p.height > moved.height);
  if (photo) return `稿件区太小：图片占${photo.span}栏×${photo.top + photo.height}行`;
  const others = new PageCells(grid.columns, grid.lines);
  page.blocks.forEach((b, i) => {
    if (i !== index) for (const r of blockColumns(b)) others.claim(i, r.column, r.from, r.to);
  });
  for (const r of blockColumns(moved)) {
    for (let k = r.from; k < r.to; k++) {
      const by = others.owner(r.column, k);
      if (by === FREE || by === RESERVED) continue;
      const other = page.blocks[by] as Block;
      const headline = issue.articles.find((a) => a.id === other.article)?.headline ?? other.article;
      return `与《${headline}》重叠（第${r.column}栏第${k + 1}行）`;
    }
  }
  return undefined;
}
