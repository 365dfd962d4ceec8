/** Shapes every stage speaks of: rectangles in page points and places on the column and line grid. */

/** A rectangle in page points, origin at the trim box's top-left, y down. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A place on a page's grid: the first column (1 = leftmost) and line (0 = first of the type area), and the size in columns and lines. */
export interface GridPlace {
  column: number;
  span: number;
  top: number;
  height: number;
}
