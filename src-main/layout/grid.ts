/** The page grid of a template: column edges and baseline positions, in page points. */
import type { FontFace } from '../fonts/font-face.js';
import type { Template } from '../model/template.js';

export class PageGrid {
  /** From the top of a grid line's cell to its baseline: the body em box centred in the cell. */
  private readonly baselineInCell: number;

  constructor(
    readonly template: Template,
    bodyFace: FontFace,
  ) {
    const { size, pitch } = template.body;
    this.baselineInCell = (pitch - size) / 2 + bodyFace.emTop * size;
  }

  get columns(): number {
    return this.template.grid.columns;
  }

  get lines(): number {
    return this.template.grid.lines;
  }

  get pitch(): number {
    return this.template.body.pitch;
  }

  get areaWidth(): number {
    return this.spanWidth(this.columns);
  }

  /** Left edge of column `col` (1 = leftmost). */
  columnLeft(col: number): number {
    const g = this.template.grid;
    return g.left + (col - 1) * (g.columnWidth + g.gutter);
  }

  /** Width of `span` columns and the gutters between them. */
  spanWidth(span: number): number {
    const g = this.template.grid;
    return span * g.columnWidth + (span - 1) * g.gutter;
  }

  /** Top of grid line `k`'s cell (0 = first line of the type area). */
  lineTop(k: number): number {
    return this.template.grid.top + k * this.pitch;
  }

  /** Baseline of grid line `k`. */
  baseline(k: number): number {
    return this.lineTop(k) + this.baselineInCell;
  }

  /** The first grid line whose cell starts at or below `y`. */
  lineAtOrBelow(y: number): number {
    return Math.max(0, Math.ceil((y - this.template.grid.top) / this.pitch - 1e-6));
  }
}
