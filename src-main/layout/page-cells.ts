/** Which block owns each grid cell (column × line) of a page: for overlap checks and rules. */
import type { Block } from '../model/issue.js';
import { blockColumns } from './block-area.js';

export const FREE = -1;
/** Cells taken by page furniture (the masthead). */
export const RESERVED = -2;

export class PageCells {
  private readonly owners: Int32Array;

  constructor(
    readonly columns: number,
    readonly lines: number,
  ) {
    this.owners = new Int32Array(columns * lines).fill(FREE);
  }

  /** Owner of column `c` (1-based), line `k`; FREE outside the page. */
  owner(c: number, k: number): number {
    if (c < 1 || c > this.columns || k < 0 || k >= this.lines) return FREE;
    return this.owners[(k * this.columns) + c - 1] ?? FREE;
  }

  /** Gives the cells to `owner`; returns the first cell already taken, if any. */
  claim(owner: number, c: number, from: number, to: number): { column: number; line: number; by: number } | undefined {
    for (let k = from; k < to; k++) {
      const i = k * this.columns + c - 1;
      const by = this.owners[i] ?? FREE;
      if (by !== FREE) return { column: c, line: k, by };
      this.owners[i] = owner;
    }
    return undefined;
  }

  /** The cells of a page's blocks (numbered by their index), with `reserved` lines at the top. */
  static of(blocks: readonly Block[], columns: number, lines: number, reserved = 0): PageCells {
    const cells = new PageCells(columns, lines);
    for (let c = 1; c <= columns; c++) cells.claim(RESERVED, c, 0, reserved);
    blocks.forEach((b, i) => {
      for (const r of blockColumns(b)) cells.claim(i, r.column, r.from, Math.min(r.to, lines));
    });
    return cells;
  }

  /**
   * The cells no block owns, as rectangles: runs of free lines in a column, joined with the same
   * run in the columns beside it.
   */
  freeAreas(): FreeArea[] {
    const areas: FreeArea[] = [];
    for (let c = 1; c <= this.columns; c++) {
      let k = 0;
      while (k < this.lines) {
        if (this.owner(c, k) !== FREE) {
          k++;
          continue;
        }
        const top = k;
        while (k < this.lines && this.owner(c, k) === FREE) k++;
        const joined = areas.find((a) => a.column + a.span === c && a.top === top && a.lines === k - top);
        if (joined) joined.span++;
        else areas.push({ column: c, span: 1, top, lines: k - top });
      }
    }
    return areas;
  }
}

/** Columns [column, column + span) and grid lines [top, top + lines) of a page. */
export interface FreeArea {
  column: number;
  span: number;
  top: number;
  lines: number;
}
