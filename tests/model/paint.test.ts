/** The paint order and colour facts the PDF writer and the screen both draw by. */
import { expect, test } from 'vitest';
import type { BoxItem, DisplayItem, TextRun } from '../../src-main/model/display-list.js';
import { boxStroke, isBlack, paintOrder } from '../../src-main/model/paint.js';

const run = (text: string, fill: TextRun['fill']): TextRun => ({ kind: 'text', font: 'f', size: 9, fill, x: 0, y: 0, glyphs: [], text, role: 'body' });
const box = (fill?: BoxItem['fill'], stroke?: BoxItem['stroke']): BoxItem => ({ kind: 'box', x: 0, y: 0, w: 10, h: 10, lineWidth: 1, ...(fill ? { fill } : {}), ...(stroke ? { stroke } : {}) });

test('only 100 % K with no other ink is black', () => {
  expect(isBlack([0, 0, 0, 100])).toBe(true);
  for (const c of [[0, 0, 0, 99], [1, 0, 0, 100], [0, 1, 0, 100], [0, 0, 1, 100], [40, 30, 30, 100]] as const) expect(isBlack(c), c.join(',')).toBe(false);
});

test('shapes keep list order; coloured text comes before black text, each in list order', () => {
  const red = [0, 100, 100, 0] as const;
  const black = [0, 0, 0, 100] as const;
  const rule: DisplayItem = { kind: 'rule', x1: 0, y1: 0, x2: 1, y2: 0, width: 1, stroke: black };
  const frame = box();
  const items: DisplayItem[] = [run('a', black), rule, run('b', red), frame, run('c', black), run('d', red)];
  const order = paintOrder(items);
  expect(order.shapes).toEqual([rule, frame]);
  expect(order.colouredText.map((r) => r.text)).toEqual(['b', 'd']);
  expect(order.blackText.map((r) => r.text)).toEqual(['a', 'c']);
});

test('a box is stroked with its stroke, an empty frame in black, a filled box without stroke not at all', () => {
  const blue = [100, 0, 0, 0] as const;
  expect(boxStroke(box(undefined, blue))).toEqual(blue);
  expect(boxStroke(box(blue, blue))).toEqual(blue);
  expect(boxStroke(box())).toEqual([0, 0, 0, 100]);
  expect(boxStroke(box(blue))).toBeUndefined();
});
