/**
 * The area of a block on the grid: which lines each of its columns holds (a rectangle, an L or
 * an inverted L), the inner edges of a boxed block, and the body slots left once headlines and
 * photos have taken their share (exclusions).
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

/** One body line's place: left edge, width and baseline. */
export interface Slot {
  page: number;
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
}

export function blockArea(block: Block, grid: PageGrid, boxPadding: number): BlockArea {
  const left = grid.columnLeft(block.column);
  const right = left + grid.spanWidth(block.span);
  const pad = block.box ? boxPadding : 0;
  const lines = block.box ? 1 : 0;
  return { columns: blockColumns(block), left: left + pad, right: right - pad, top: block.top + lines, bottom: block.top + block.height - lines };
}

/** Narrower than this share of a column and a slot is left empty rather than set. */
const MIN_SLOT = 0.4;

/**
 * Body slots of a block, column by column, top to bottom. `start(column)` is the first line a
 * column's body may use (below the headline); exclusions narrow a slot from one side or drop it.
 */
export function blockSlots(page: number, area: BlockArea, grid: PageGrid, start: (column: number) => number, exclusions: readonly Exclusion[]): Slot[] {
  const slots: Slot[] = [];
  const columnWidth = grid.spanWidth(1);
  for (const { column, from, to } of area.columns) {
    const colLeft = grid.columnLeft(column);
    for (let k = Math.max(from, area.top, start(column)); k < Math.min(to, area.bottom); k++) {
      let x0 = Math.max(colLeft, area.left);
      let x1 = Math.min(colLeft + columnWidth, area.right);
      for (const ex of exclusions) {
        if (k < ex.from || k >= ex.to || ex.x1 <= x0 || ex.x0 >= x1) continue;
        if (ex.x0 <= x0 && ex.x1 >= x1) x1 = x0;
        else if (ex.x0 <= x0) x0 = ex.x1;
        else if (ex.x1 >= x1) x1 = ex.x0;
        else x1 = x0; // an exclusion in the middle of a column leaves no usable line
      }
      if (x1 - x0 >= MIN_SLOT * columnWidth) slots.push({ page, x: x0, width: x1 - x0, baseline: grid.baseline(k), line: k });
    }
  }
  return slots;
}
