/**
 * Borders of boxed articles (边框/花边). The border runs through the middle of the block's first
 * and last grid line and along its outer column edges; the text inside keeps to the grid, padded
 * by the template's box padding at the sides and by those two lines at the top and bottom.
 */
import { BLACK, type BoxItem, type DisplayItem, type RuleItem } from '../model/display-list.js';
import type { Block } from '../model/issue.js';
import type { PageGrid } from './grid.js';

type Style = NonNullable<Block['box']>;

/** Gap between the two lines of a double border or an ornamented one, pt. */
const INNER_GAP = 2;
/** Side of the square ornaments at the corners of a 花边 border, pt. */
const ORNAMENT = 5;

export function boxBorder(block: Block, style: Style, grid: PageGrid, weight: number): DisplayItem[] {
  const x = grid.columnLeft(block.column);
  const w = grid.spanWidth(block.span);
  const y = grid.lineTop(block.top) + grid.pitch / 2;
  const h = grid.lineTop(block.top + block.height) - grid.pitch / 2 - y;
  const frame = (inset: number, lineWidth: number): BoxItem => ({ kind: 'box', x: x + inset, y: y + inset, w: w - 2 * inset, h: h - 2 * inset, lineWidth, stroke: BLACK });
  switch (style) {
    case 'line':
      return [frame(0, weight)];
    case 'double':
      // A heavy outer line and a hairline inside it (文武线).
      return [frame(0, weight * 2), frame(INNER_GAP + weight, weight / 2)];
    case 'dotted':
      return dottedSides(x, y, w, h, weight);
    case 'ornament': {
      const corners: BoxItem[] = [
        [x, y], [x + w, y], [x, y + h], [x + w, y + h],
      ].map(([cx = 0, cy = 0]) => ({ kind: 'box', x: cx - ORNAMENT / 2, y: cy - ORNAMENT / 2, w: ORNAMENT, h: ORNAMENT, lineWidth: 0, fill: BLACK }));
      return [frame(0, weight), frame(INNER_GAP + weight, weight / 2), ...corners];
    }
  }
}

/** Four sides dashed so that round dots fall one weight apart (the writer draws `dash`). */
function dottedSides(x: number, y: number, w: number, h: number, weight: number): RuleItem[] {
  const dash: [number, number] = [weight, weight * 2];
  const side = (x1: number, y1: number, x2: number, y2: number): RuleItem => ({ kind: 'rule', x1, y1, x2, y2, width: weight, stroke: BLACK, dash });
  return [side(x, y, x + w, y), side(x + w, y, x + w, y + h), side(x + w, y + h, x, y + h), side(x, y + h, x, y)];
}
