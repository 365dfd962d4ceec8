/**
 * The arithmetic of a page's column and line grid, one set of functions for the engine
 * (layout/grid.ts's PageGrid) and the screen (the editor's grid overlay and drags), so that what
 * the editor shows cannot drift from where composition sets. Pure (no Node or library imports):
 * the renderer imports it.
 */
import type { GridPlace, Rect } from './geometry.js';

/** A grid in page points (the API's GridView is one). */
export interface GridGeometry {
  /** Left edge of column 1 and top of line 0's cell. */
  left: number;
  top: number;
  columns: number;
  columnWidth: number;
  gutter: number;
  lines: number;
  /** Height of a line's cell. */
  pitch: number;
  /** From the top of a line's cell to its baseline. */
  baselineInCell: number;
}

/** From one column's left edge to the next one's. */
export const columnPitch = (g: GridGeometry): number => g.columnWidth + g.gutter;

/** Left edge of column `col` (1 = leftmost). */
export const columnLeft = (g: GridGeometry, col: number): number => g.left + (col - 1) * columnPitch(g);

/** Width of `span` columns and the gutters between them. */
export const spanWidth = (g: GridGeometry, span: number): number => span * g.columnWidth + (span - 1) * g.gutter;

/** Top of line `k`'s cell (0 = first line of the type area). */
export const lineTop = (g: GridGeometry, k: number): number => g.top + k * g.pitch;

/** Baseline of line `k`. */
export const baseline = (g: GridGeometry, k: number): number => lineTop(g, k) + g.baselineInCell;

/** The first line whose cell starts at or below `y` (never above line 0). */
export const lineAtOrBelow = (g: GridGeometry, y: number): number => Math.max(0, Math.ceil((y - g.top) / g.pitch - 1e-6));

/** The rectangle of a place: from its first column's left edge, over its span, and down its lines' cells. */
export const placeRect = (g: GridGeometry, p: GridPlace): Rect => ({ x: columnLeft(g, p.column), y: lineTop(g, p.top), w: spanWidth(g, p.span), h: p.height * g.pitch });

/**
 * The cell under a point, kept on the grid: a point in a gutter belongs to the column on its
 * left, one left of the type area to column 1, one above or below it to the first or last line.
 */
export function cellAt(g: GridGeometry, x: number, y: number): { column: number; top: number } {
  const column = Math.floor((x - g.left) / columnPitch(g)) + 1;
  const top = Math.floor((y - g.top) / g.pitch);
  return { column: clamp(column, 1, g.columns), top: clamp(top, 0, g.lines - 1) };
}

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n));
