/**
 * The place kept for a picture that has not come in (留图位): the frame as a thin black box, a
 * light diagonal cross so that nobody takes it for a finished photo, and 图片待补 in the middle,
 * set in the caption's credit face (黑体) like the rest of the page's type.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import { BLACK, type Cmyk, type DisplayItem, type RuleItem } from '../model/display-list.js';
import type { Rect } from '../model/geometry.js';
import type { MissingGlyph } from '../typeset/types.js';
import { DISPLAY_LEADING, setDisplayText } from './display-text.js';
import type { PageGrid } from './grid.js';

export const PLACEHOLDER_LABEL = '图片待补';

const FRAME_WEIGHT = 0.5;
const CROSS_WEIGHT = 0.3;
const CROSS_TINT: Cmyk = [0, 0, 0, 30];
/** The label at one and a half body sizes, smaller in a frame too narrow for it. */
const LABEL_EMS = 1.5;

export function photoPlaceholder(frame: Rect, grid: PageGrid, fonts: FontLibrary): { items: DisplayItem[]; missing: MissingGlyph[] } {
  const size = Math.min(grid.template.body.size * LABEL_EMS, frame.w / (PLACEHOLDER_LABEL.length + 1), frame.h / DISPLAY_LEADING);
  const height = size * DISPLAY_LEADING;
  const style = { role: grid.template.caption.creditRole, size };
  const label = setDisplayText(PLACEHOLDER_LABEL, style, 'center', frame.x, frame.w, frame.y + (frame.h - height) / 2, fonts);
  // The cross stops short of the label, half an em clear of it all round.
  const clear = { w: size * (PLACEHOLDER_LABEL.length + 1), h: height + size };
  const items: DisplayItem[] = [{ kind: 'box', ...frame, lineWidth: FRAME_WEIGHT, stroke: BLACK }, ...cross(frame, clear), ...label.runs];
  return { items, missing: label.missing };
}

/** The frame's two diagonals, each in two halves, from the corners to the edge of the clear middle. */
function cross(frame: Rect, clear: { w: number; h: number }): RuleItem[] {
  const cx = frame.x + frame.w / 2;
  const cy = frame.y + frame.h / 2;
  // Share of each half-diagonal inside the clear middle: where it leaves that rectangle.
  const inner = Math.min(clear.w / frame.w, clear.h / frame.h);
  // A frame hardly larger than its label has no room for a cross.
  if (inner >= 1) return [];
  return ([[-1, -1], [1, 1], [1, -1], [-1, 1]] as const).map(([dx, dy]) => {
    const hx = (dx * frame.w) / 2;
    const hy = (dy * frame.h) / 2;
    return { kind: 'rule', x1: cx + hx, y1: cy + hy, x2: cx + hx * inner, y2: cy + hy * inner, width: CROSS_WEIGHT, stroke: CROSS_TINT };
  });
}
