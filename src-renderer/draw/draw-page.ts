/**
 * Draws a page's display list on a canvas exactly as the PDF writer does (src-main/pdf/write-pdf.ts),
 * in the paint order both take from src-main/model/paint.ts, each glyph's outline at the
 * position composition gave it. Nothing is measured here. Like PDF viewers, lines thinner than
 * a device pixel are drawn one pixel wide (a faint grey hairline misleads).
 */
import type { Cmyk, DisplayItem, ImageItem, TextRun } from '../../src-main/model/display-list.js';
import type { Rect } from '../../src-main/model/geometry.js';
import { boxStroke, paintOrder, type ShapeItem } from '../../src-main/model/paint.js';
import type { PageView } from '../../src-main/api/api-types.js';
import type { DrawResources } from './resources.js';
import { meets, reach } from './changed-areas.js';

export interface DrawOptions {
  /** Device pixels per point. */
  scale: number;
  /** Only these areas (page points) are drawn again, the rest of the canvas kept (changed-areas.ts). */
  only?: readonly Rect[];
}

export function drawPage(ctx: CanvasRenderingContext2D, view: PageView, res: DrawResources, opts: DrawOptions): void {
  const s = opts.scale;
  const colour = (c: Cmyk): string => view.colours[c.join(',')] ?? '#000';
  const order = paintOrder(view.layout.items);
  const draw = (within?: Rect): void => {
    const wanted = (item: DisplayItem): boolean => !within || meets(reach(item), within);
    ctx.setTransform(s, 0, 0, s, 0, 0);
    for (const item of order.shapes) if (wanted(item)) drawShape(ctx, item, colour, res, 1 / s);
    for (const run of [...order.colouredText, ...order.blackText]) if (wanted(run)) glyphRun(ctx, run, colour(run.fill), res, s);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  };
  if (!opts.only) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    return draw();
  }
  for (const area of opts.only) {
    // Whole device pixels, so that the edge of an area is no seam.
    const x0 = Math.max(0, Math.floor(area.x * s));
    const y0 = Math.max(0, Math.floor(area.y * s));
    const px = { x: x0, y: y0, w: Math.ceil((area.x + area.w) * s) - x0, h: Math.ceil((area.y + area.h) * s) - y0 };
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.beginPath();
    ctx.rect(px.x, px.y, px.w, px.h);
    ctx.clip();
    ctx.fillStyle = '#fff';
    ctx.fillRect(px.x, px.y, px.w, px.h);
    draw({ x: px.x / s, y: px.y / s, w: px.w / s, h: px.h / s });
    ctx.restore();
  }
}

function drawShape(ctx: CanvasRenderingContext2D, item: ShapeItem, colour: (c: Cmyk) => string, res: DrawResources, pixel: number): void {
  ctx.save();
  if (item.kind === 'rule') {
    ctx.lineWidth = Math.max(item.width, pixel);
    ctx.strokeStyle = colour(item.stroke);
    if (item.dash) ctx.setLineDash([...item.dash]);
    ctx.beginPath();
    ctx.moveTo(item.x1, item.y1);
    ctx.lineTo(item.x2, item.y2);
    ctx.stroke();
  } else if (item.kind === 'box') {
    ctx.lineWidth = Math.max(item.lineWidth, pixel);
    ctx.beginPath();
    ctx.rect(item.x, item.y, item.w, item.h);
    if (item.fill) {
      ctx.fillStyle = colour(item.fill);
      ctx.fill();
    }
    const stroke = boxStroke(item);
    if (stroke) {
      ctx.strokeStyle = colour(stroke);
      ctx.stroke();
    }
  } else {
    drawImage(ctx, item, res);
  }
  ctx.restore();
}

function drawImage(ctx: CanvasRenderingContext2D, item: ImageItem, res: DrawResources): void {
  const img = res.image(item);
  ctx.beginPath();
  ctx.rect(item.x, item.y, item.w, item.h);
  if (!img) {
    ctx.fillStyle = '#e4e4e4';
    ctx.fill();
    return;
  }
  ctx.clip();
  const at = item.placed ?? item;
  ctx.drawImage(img, at.x, at.y, at.w, at.h);
}

function glyphRun(ctx: CanvasRenderingContext2D, run: TextRun, fill: string, res: DrawResources, s: number): void {
  ctx.fillStyle = fill;
  const sx = run.scaleX ?? 1;
  let pen = run.x;
  for (const g of run.glyphs) {
    const outline = res.glyph(run.font, g.id);
    if (outline) {
      const k = (run.size / outline.unitsPerEm) * s;
      ctx.setTransform(k * sx, 0, 0, -k, (pen + g.dx) * s, (run.y + g.dy) * s);
      ctx.fill(outline.path);
    }
    pen += g.advance;
  }
  ctx.setTransform(s, 0, 0, s, 0, 0);
}
