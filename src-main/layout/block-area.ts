/**
 * The area of a block on the grid: which lines each of its columns holds (a rectangle, an L or
 * an inverted L), where its columns of text stand (a box divides its inner width anew), and the
 * body slots left once headlines and photos have taken their share (exclusions).
 */
import type { Block } from '../model/issue.js';
import type { PageGrid } from './grid.js';

/** Lines [from, to) that a block holds in one grid column. */
export interface ColumnRange {
  column: number;
  from: number;
  to: number;
}

/** A rectangle no body text may enter: x from x0 to x1, grid lines [from, to). */
export interface Exclusion {
  x0: number;
  x1: number;
  from: number;
  to: number;
}

/** One body line's place: left edge, width and baseline, in grid column `column`. */
export interface Slot {
  page: number;
  column: number;
  x: number;
  width: number;
  baseline: number;
  line: number;
}

/** The lines each column of the block holds: the notch, if any, cut from a corner. */
export function blockColumns(block: Block): ColumnRange[] {
  const out: ColumnRange[] = [];
  const notch = block.notch;
  for (let c = block.column; c < block.column + block.span; c++) {
    let from = block.top;
    let to = block.top + block.height;
    if (notch) {
      const inNotch = notch.corner.endsWith('left') ? c < block.column + notch.columns : c >= block.column + block.span - notch.columns;
      if (inNotch && notch.corner.startsWith('top')) from += notch.lines;
      else if (inNotch) to -= notch.lines;
    }
    out.push({ column: c, from, to });
  }
  return out;
}

export interface BlockArea {
  columns: ColumnRange[];
  /** Left and right edges of the block's text, inside the box padding when boxed. */
  left: number;
  right: number;
  /** First and one past the last line text may use (a box keeps its top and bottom line for itself). */
  top: number;
  bottom: number;
  /** The grid column of the block's first column of text, the width of each and the distance from one to the next. */
  first: number;
  columnWidth: number;
  columnPitch: number;
}

/**
 * A box divides the width inside its padding into equal columns of whole characters, so no
 * column is the narrower one; what is left over widens the gutters evenly (a box of one column
 * is centred). Each column then stays inside its page column, and the box's gutters line up
 * with no other story's text.
 */
export function blockArea(block: Block, grid: PageGrid, boxPadding: number): BlockArea {
  const outer = grid.columnLeft(block.column);
  const width = grid.spanWidth(1);
  const gutter = grid.spanWidth(2) - 2 * width;
  const area = { columns: blockColumns(block), first: block.column, top: block.top, bottom: block.top + block.height };
  if (!block.box) return { ...area, left: outer, right: outer + grid.spanWidth(block.span), columnWidth: width, columnPitch: width + gutter };
  const n = block.span;
  const inner = grid.spanWidth(n) - 2 * boxPadding;
  const em = grid.template.body.size;
  const even = (inner - (n - 1) * gutter) / n;
  const whole = Math.floor(even / em + 1e-6) * em;
  const columnWidth = whole > 0 ? whole : even;
  const rest = inner - n * columnWidth - (n - 1) * gutter;
  const left = outer + boxPadding + (n === 1 ? rest / 2 : 0);
  const columnPitch = columnWidth + gutter + (n === 1 ? 0 : rest / (n - 1));
  return { ...area, left, right: left + (n - 1) * columnPitch + columnWidth, top: block.top + 1, bottom: block.top + block.height - 1, columnWidth, columnPitch };
}

/** Left and right edge of the text of `span` columns from grid column `column` of the block. */
export function areaColumns(area: BlockArea, column: number, span = 1): { x0: number; x1: number } {
  const x0 = area.left + (column - area.first) * area.columnPitch;
  return { x0, x1: x0 + (span - 1) * area.columnPitch + area.columnWidth };
}

/** Narrower than this share of a column and a slot is left empty rather than set. */
const MIN_SLOT = 0.4;

/**
 * Body slots of a block, column by column, top to bottom. `start(column)` is the first line a
 * column's body may use (below the headline); exclusions narrow a slot from one side or drop it.
 */
export function blockSlots(page: number, area: BlockArea, grid: PageGrid, start: (column: number) => number, exclusions: readonly Exclusion[]): Slot[] {
  const slots: Slot[] = [];
  for (const { column, from, to } of area.columns) {
    const edges = areaColumns(area, column);
    for (let k = Math.max(from, area.top, start(column)); k < Math.min(to, area.bottom); k++) {
      let x0 = edges.x0;
      let x1 = edges.x1;
      for (const ex of exclusions) {
        if (k < ex.from || k >= ex.to || ex.x1 <= x0 || ex.x0 >= x1) continue;
        if (ex.x0 <= x0 && ex.x1 >= x1) x1 = x0;
        else if (ex.x0 <= x0) x0 = ex.x1;
        else if (ex.x1 >= x1) x1 = ex.x0;
        else x1 = x0; // an exclusion in the middle of a column leaves no usable line
      }
      if (x1 - x0 >= MIN_SLOT * area.columnWidth) slots.push({ page, column, x: x0, width: x1 - x0, baseline: grid.baseline(k), line: k });
    }
  }
  return slots;
}
