/**
 * How a display list is painted, the same in every output (the PDF writer, the screen): which
 * colour counts as black, what an unpainted frame is stroked with, and the order of the items.
 * Pure (no Node or library imports): the renderer imports it.
 */
import { BLACK, type BoxItem, type Cmyk, type DisplayItem, type TextRun } from './display-list.js';

/** 100 % K and nothing else: the colour that overprints in print. */
export const isBlack = (c: Cmyk): boolean => c[0] === 0 && c[1] === 0 && c[2] === 0 && c[3] === 100;

/** A box with neither fill nor stroke is an empty frame in black. */
export const boxStroke = (box: BoxItem): Cmyk | undefined => box.stroke ?? (box.fill ? undefined : BLACK);

/** What is painted before the text: rules, boxes and images. */
export type ShapeItem = Exclude<DisplayItem, TextRun>;

export interface PaintOrder {
  /** The shapes, in display-list order. */
  shapes: ShapeItem[];
  /** Then the text: coloured runs first, black ones last (they overprint everything below). */
  colouredText: TextRun[];
  blackText: TextRun[];
}

export function paintOrder(items: readonly DisplayItem[]): PaintOrder {
  const order: PaintOrder = { shapes: [], colouredText: [], blackText: [] };
  for (const item of items) {
    if (item.kind !== 'text') order.shapes.push(item);
    else (isBlack(item.fill) ? order.blackText : order.colouredText).push(item);
  }
  return order;
}
