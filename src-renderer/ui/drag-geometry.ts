/**
 * The arithmetic of dragging on the page (PageCanvas.tsx), apart from React and the DOM: the
 * place a block dragged by the pointer, or by one of its handles, takes in whole columns and
 * lines, and the cell an unplaced article dropped on the page lands on. Points are page points.
 */
import type { GridPlace } from '../../src-main/model/geometry.js';
import { cellAt, columnPitch, type GridGeometry } from '../../src-main/model/grid-geometry.js';

/** Which edges a drag moves: a move takes all four, a handle one or two. */
export interface Edges {
  left: boolean;
  right: boolean;
  top: boolean;
  bottom: boolean;
}

export const MOVE: Edges = { left: true, right: true, top: true, bottom: true };

/** The eight handles of a selected block, by compass point. */
export const HANDLES: ReadonlyArray<[string, Edges]> = [
  ['nw', { left: true, right: false, top: true, bottom: false }],
  ['n', { left: false, right: false, top: true, bottom: false }],
  ['ne', { left: false, right: true, top: true, bottom: false }],
  ['e', { left: false, right: true, top: false, bottom: false }],
  ['se', { left: false, right: true, top: false, bottom: true }],
  ['s', { left: false, right: false, top: false, bottom: true }],
  ['sw', { left: true, right: false, top: false, bottom: true }],
  ['w', { left: true, right: false, top: false, bottom: false }],
];

/** Just the place of anything placed on the grid (a block view carries more). */
export const placeOf = ({ column, span, top, height }: GridPlace): GridPlace => ({ column, span, top, height });

export const samePlace = (a: GridPlace, b: GridPlace): boolean => a.column === b.column && a.span === b.span && a.top === b.top && a.height === b.height;

/**
 * The place a drag by (dx, dy) points gives `from`: the moved edges go by the nearest whole
 * number of columns and lines, and a handle keeps at least one column and one line.
 */
export function dragged(g: GridGeometry, from: GridPlace, edges: Edges, dx: number, dy: number): GridPlace {
  const [left, right] = moveEdges(from.column, from.column + from.span, edges.left, edges.right, Math.round(dx / columnPitch(g)));
  const [top, bottom] = moveEdges(from.top, from.top + from.height, edges.top, edges.bottom, Math.round(dy / g.pitch));
  return { column: left, span: right - left, top, height: bottom - top };
}

/** Two opposite edges after a drag by `d` cells: both move together, or one stops a cell short of the other. */
function moveEdges(low: number, high: number, moveLow: boolean, moveHigh: boolean, d: number): [number, number] {
  if (moveLow && moveHigh) return [low + d, high + d];
  if (moveLow) return [Math.min(low + d, high - 1), high];
  if (moveHigh) return [low, Math.max(high + d, low + 1)];
  return [low, high];
}

/** Where an article dropped at a point lands its top-left corner: the grid cell under it, or nowhere off the page. */
export function dropCell(g: GridGeometry, page: { width: number; height: number }, x: number, y: number): { column: number; top: number } | undefined {
  if (x < 0 || y < 0 || x > page.width || y > page.height) return undefined;
  return cellAt(g, x, y);
}
