/**
 * Rules between articles (隔线 / 栏线): a hairline above a block that does not start at the top
 * of the type area, and one in the gutter left of a block that does not start at column 1.
 */
import { BLACK, type RuleItem } from '../model/display-list.js';
import type { Block } from '../model/issue.js';
import type { PageGrid } from './grid.js';

const HAIRLINE = 0.5;

export function blockRules(blocks: readonly Block[], grid: PageGrid): RuleItem[] {
  const rules: RuleItem[] = [];
  for (const b of blocks) {
    const left = grid.columnLeft(b.column);
    const right = left + grid.spanWidth(b.span);
    const top = grid.lineTop(b.top);
    const bottom = grid.lineTop(b.top + b.height);
    const gutter = grid.template.grid.gutter;
    if (b.top > 0) {
      // In the air line above the headline, a little above its middle.
      const y = top + grid.pitch * 0.4;
      const x1 = b.column > 1 ? left - gutter / 2 : left;
      const x2 = b.column + b.span - 1 < grid.columns ? right + gutter / 2 : right;
      rules.push({ kind: 'rule', x1, y1: y, x2, y2: y, width: HAIRLINE, stroke: BLACK });
    }
    if (b.column > 1) {
      const x = left - gutter / 2;
      const y1 = b.top > 0 ? top + grid.pitch * 0.4 : top;
      rules.push({ kind: 'rule', x1: x, y1, x2: x, y2: bottom, width: HAIRLINE, stroke: BLACK });
    }
  }
  return rules;
}
