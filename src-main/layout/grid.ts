/** The page grid of a template: column edges and baseline positions, in page points. */
import type { FontFace } from '../fonts/font-face.js';
import * as grid from '../model/grid-geometry.js';
import type { Template } from '../model/template.js';

export class PageGrid {
  /** The template's grid with its pitch and baseline; the screen draws and drags with the same arithmetic. */
  readonly geometry: grid.GridGeometry;

  constructor(
    readonly template: Template,
    bodyFace: FontFace,
  ) {
    const { size, pitch } = template.body;
    // The body em box centred in the cell.
    const baselineInCell = (pitch - size) / 2 + bodyFace.emTop * size;
    this.geometry = { ...template.grid, pitch, baselineInCell };
  }

  get columns(): number {
    return this.geometry.columns;
  }

  get lines(): number {
    return this.geometry.lines;
  }

  get pitch(): number {
    return this.geometry.pitch;
  }

  get areaWidth(): number {
    return this.spanWidth(this.columns);
  }

  /** Left edge of column `col` (1 = leftmost). */
  columnLeft(col: number): number {
    return grid.columnLeft(this.geometry, col);
  }

  /** Width of `span` columns and the gutters between them. */
  spanWidth(span: number): number {
    return grid.spanWidth(this.geometry, span);
  }

  /** Top of grid line `k`'s cell (0 = first line of the type area). */
  lineTop(k: number): number {
    return grid.lineTop(this.geometry, k);
  }

  /** Baseline of grid line `k`. */
  baseline(k: number): number {
    return grid.baseline(this.geometry, k);
  }

  /** The first grid line whose cell starts at or below `y`. */
  lineAtOrBelow(y: number): number {
    return grid.lineAtOrBelow(this.geometry, y);
  }
}
