/** The editor's drag arithmetic: moves and handles in whole columns and lines, and where a dropped article lands. */
import { describe, expect, test } from 'vitest';
import type { GridPlace } from '../../src-main/model/geometry.js';
import type { GridGeometry } from '../../src-main/model/grid-geometry.js';
import { dragged, dropCell, HANDLES, MOVE, placeOf, samePlace, type Edges } from '../../src-renderer/ui/drag-geometry.js';

/** Columns 100 wide with 10 pt gutters (a column step of 110), lines 15 pt. */
const g: GridGeometry = { left: 20, top: 50, columns: 4, columnWidth: 100, gutter: 10, lines: 10, pitch: 15, baselineInCell: 12 };
const from: GridPlace = { column: 2, span: 2, top: 3, height: 4 };
const handle = (name: string): Edges => {
  const found = HANDLES.find(([n]) => n === name);
  if (!found) throw new Error(`no handle ${name}`);
  return found[1];
};

describe('moving a block', () => {
  test('keeps its size and goes by the nearest whole column and line', () => {
    expect(dragged(g, from, MOVE, 110, 30)).toEqual({ column: 3, span: 2, top: 5, height: 4 });
    expect(dragged(g, from, MOVE, -110, -15)).toEqual({ column: 1, span: 2, top: 2, height: 4 });
  });

  test('less than half a step is no move; more than half is a whole one', () => {
    expect(dragged(g, from, MOVE, 54, 7)).toEqual(from);
    expect(dragged(g, from, MOVE, 56, 8)).toEqual({ column: 3, span: 2, top: 4, height: 4 });
  });

  test('is not held on the page (the session refuses a place off it)', () => {
    expect(dragged(g, from, MOVE, -330, -90)).toEqual({ column: -1, span: 2, top: -3, height: 4 });
  });
});

describe('each handle moves its own edges', () => {
  // Grow by one column and one line outwards at every handle: each edge it holds moves, the others stay.
  const grown: Record<string, GridPlace> = {
    nw: { column: 1, span: 3, top: 2, height: 5 },
    n: { column: 2, span: 2, top: 2, height: 5 },
    ne: { column: 2, span: 3, top: 2, height: 5 },
    e: { column: 2, span: 3, top: 3, height: 4 },
    se: { column: 2, span: 3, top: 3, height: 5 },
    s: { column: 2, span: 2, top: 3, height: 5 },
    sw: { column: 1, span: 3, top: 3, height: 5 },
    w: { column: 1, span: 3, top: 3, height: 4 },
  };
  test('there are the eight compass handles', () => {
    expect(HANDLES.map(([n]) => n).sort()).toEqual(Object.keys(grown).sort());
  });
  for (const [name, edges] of HANDLES) {
    test(`${name}`, () => {
      const dx = edges.left ? -110 : 110;
      const dy = edges.top ? -15 : 15;
      expect(dragged(g, from, edges, dx, dy)).toEqual(grown[name]);
    });
  }
});

describe('a handle keeps at least one column and one line', () => {
  test('pushed past the opposite edge, an edge stops one cell short of it', () => {
    expect(dragged(g, from, handle('w'), 1000, 0)).toEqual({ column: 3, span: 1, top: 3, height: 4 });
    expect(dragged(g, from, handle('e'), -1000, 0)).toEqual({ column: 2, span: 1, top: 3, height: 4 });
    expect(dragged(g, from, handle('n'), 0, 1000)).toEqual({ column: 2, span: 2, top: 6, height: 1 });
    expect(dragged(g, from, handle('s'), 0, -1000)).toEqual({ column: 2, span: 2, top: 3, height: 1 });
    expect(dragged(g, from, handle('nw'), 1000, 1000)).toEqual({ column: 3, span: 1, top: 6, height: 1 });
    expect(dragged(g, from, handle('se'), -1000, -1000)).toEqual({ column: 2, span: 1, top: 3, height: 1 });
  });

  test('shrinking to exactly one cell is allowed, not clamped further', () => {
    expect(dragged(g, from, handle('e'), -110, 0).span).toBe(1);
    expect(dragged(g, from, handle('s'), 0, -45).height).toBe(1);
  });
});

describe('dropping an article', () => {
  const page = { width: 500, height: 250 };

  test('lands on the cell under the pointer, a gutter counting to the column on its left', () => {
    expect(dropCell(g, page, 130, 95)).toEqual({ column: 2, top: 3 });
    expect(dropCell(g, page, 129.9, 94.9)).toEqual({ column: 1, top: 2 });
    expect(dropCell(g, page, 235, 50)).toEqual({ column: 2, top: 0 });
    expect(dropCell(g, page, 240, 50)).toEqual({ column: 3, top: 0 });
  });

  test('on the page but outside the type area, it lands on the nearest column and line', () => {
    expect(dropCell(g, page, 5, 5)).toEqual({ column: 1, top: 0 });
    expect(dropCell(g, page, 499, 249)).toEqual({ column: 4, top: 9 });
  });

  test('off the page, it lands nowhere; the page edge itself is on it', () => {
    expect(dropCell(g, page, -0.1, 100)).toBeUndefined();
    expect(dropCell(g, page, 100, 250.1)).toBeUndefined();
    expect(dropCell(g, page, 500.1, 100)).toBeUndefined();
    expect(dropCell(g, page, 0, 0)).toEqual({ column: 1, top: 0 });
    expect(dropCell(g, page, 500, 250)).toEqual({ column: 4, top: 9 });
  });
});

test('a block view is compared by its place alone', () => {
  const view = { ...from, index: 3, article: 'a', headline: 'h' };
  expect(placeOf(view)).toEqual(from);
  expect(samePlace(view, from)).toBe(true);
  expect(samePlace(view, { ...from, height: 5 })).toBe(false);
  expect(samePlace(view, { ...from, column: 1 })).toBe(false);
});
