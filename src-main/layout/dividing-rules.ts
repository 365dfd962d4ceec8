/**
 * Rules between articles (隔线 / 栏线), drawn wherever two blocks meet: a hairline across the top
 * of a block under another (in the air line above its headline), and one in the gutter between
 * side-by-side blocks. Following the cells rather than the rectangles gives L-shaped blocks their
 * stepped outline. A boxed block has its own border, so no rule runs beside it.
 */
import { BLACK, type RuleItem } from '../model/display-list.js';
import type { Block } from '../model/issue.js';
import type { PageGrid } from './grid.js';
import type { PageCells } from './page-cells.js';

const HAIRLINE = 0.5;
/** How far into the top line of a block its top rule lies, in line pitches. */
const RULE_DROP = 0.4;

export function dividingRules(blocks: readonly Block[], cells: PageCells, grid: PageGrid): RuleItem[] {
  const ruled = (i: number): boolean => i >= 0 && !blocks[i]?.box;
  const gutter = grid.template.grid.gutter;
  const rules: RuleItem[] = [];
  const lineY = (k: number): number => grid.lineTop(k) + (k > 0 ? grid.pitch * RULE_DROP : 0);

  // Horizontal: between line k-1 and line k of a column, extended over the gutters it meets.
  for (let k = 1; k < grid.lines; k++) {
    let open: RuleItem | undefined;
    for (let c = 1; c <= grid.columns; c++) {
      const below = cells.owner(c, k);
      const above = cells.owner(c, k - 1);
      if (below !== above && ruled(below) && ruled(above)) {
        const x1 = c > 1 ? grid.columnLeft(c) - gutter / 2 : grid.columnLeft(c);
        const x2 = c < grid.columns ? grid.columnLeft(c) + grid.spanWidth(1) + gutter / 2 : grid.columnLeft(c) + grid.spanWidth(1);
        if (open && Math.abs(open.x2 - x1) < 0.01) open.x2 = x2;
        else rules.push((open = { kind: 'rule', x1, y1: lineY(k), x2, y2: lineY(k), width: HAIRLINE, stroke: BLACK }));
      } else {
        open = undefined;
      }
    }
  }
  // Vertical: in the gutter left of column c, over the lines where the owners differ.
  for (let c = 2; c <= grid.columns; c++) {
    const x = grid.columnLeft(c) - gutter / 2;
    let start: number | undefined;
    for (let k = 0; k <= grid.lines; k++) {
      const left = cells.owner(c - 1, k);
      const right = cells.owner(c, k);
      const differ = k < grid.lines && left !== right && ruled(left) && ruled(right);
      if (differ && start === undefined) start = k;
      if (!differ && start !== undefined) {
        rules.push({ kind: 'rule', x1: x, y1: lineY(start), x2: x, y2: k < grid.lines ? lineY(k) : grid.lineTop(k), width: HAIRLINE, stroke: BLACK });
        start = undefined;
      }
    }
  }
  return rules;
}
