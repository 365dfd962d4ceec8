/**
 * Where two drawings of one page differ: the areas of the display items only one of them has. A
 * keystroke changes one story's block (and a jump line or two), so the page need be drawn again
 * only there: each area cleared and every item reaching into it drawn again in paint order,
 * clipped to it, which gives the pixels a whole new drawing gives, in a fraction of the time.
 */
import type { DisplayItem, PageLayout } from '../../src-main/model/display-list.js';
import type { Rect } from '../../src-main/model/geometry.js';

/** More areas than this, or areas covering more of the page than this share, and the page is drawn whole. */
const MAX_AREAS = 24;
const MAX_SHARE = 0.5;
/** Areas this close (in points) are drawn as one. */
const NEAR = 12;

/** The changed areas (page points), or undefined when drawing the whole page is as quick. */
export function changedAreas(before: PageLayout, after: PageLayout): Rect[] | undefined {
  if (before.width !== after.width || before.height !== after.height) return undefined;
  const was = itemsByKey(before);
  const now = itemsByKey(after);
  const changed = [...[...was].filter(([k]) => !now.has(k)), ...[...now].filter(([k]) => !was.has(k))].map(([, item]) => reach(item));
  const areas = merged(changed);
  const covered = areas.reduce((n, r) => n + r.w * r.h, 0);
  return areas.length > MAX_AREAS || covered > MAX_SHARE * after.width * after.height ? undefined : areas;
}

/** Each layout's items by what they are, made once: the layout drawn now is the one compared with next time. */
const keyed = new WeakMap<PageLayout, Map<string, DisplayItem>>();
function itemsByKey(layout: PageLayout): Map<string, DisplayItem> {
  let map = keyed.get(layout);
  if (!map) keyed.set(layout, (map = new Map(layout.items.map((i) => [JSON.stringify(i), i]))));
  return map;
}

/** All an item can paint, generously: a glyph may reach past its em box. */
export function reach(item: DisplayItem): Rect {
  switch (item.kind) {
    case 'text': {
      const width = item.glyphs.reduce((w, g) => w + g.advance, 0);
      const shift = item.glyphs.reduce((m, g) => Math.max(m, Math.abs(g.dx), Math.abs(g.dy)), 0);
      const pad = item.size + shift;
      return { x: item.x - pad, y: item.y - item.size - pad, w: width + 2 * pad, h: 2 * item.size + 2 * pad };
    }
    case 'rule': {
      const pad = item.width + 1;
      return { x: Math.min(item.x1, item.x2) - pad, y: Math.min(item.y1, item.y2) - pad, w: Math.abs(item.x2 - item.x1) + 2 * pad, h: Math.abs(item.y2 - item.y1) + 2 * pad };
    }
    case 'box': {
      const pad = item.lineWidth + 1;
      return { x: item.x - pad, y: item.y - pad, w: item.w + 2 * pad, h: item.h + 2 * pad };
    }
    case 'image':
      return { x: item.x - 1, y: item.y - 1, w: item.w + 2, h: item.h + 2 };
  }
}

export const meets = (a: Rect, b: Rect, near = 0): boolean => a.x - near < b.x + b.w && b.x - near < a.x + a.w && a.y - near < b.y + b.h && b.y - near < a.y + a.h;

const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};

function merged(rects: readonly Rect[]): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    let cur = r;
    for (let i = out.length - 1; i >= 0; i--) {
      if (meets(out[i] as Rect, cur, NEAR)) {
        cur = union(out[i] as Rect, cur);
        out.splice(i, 1);
      }
    }
    out.push(cur);
  }
  // A union may now meet an area it did not before.
  return out.length === rects.length ? out : merged(out);
}
