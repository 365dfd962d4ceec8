/** The grid arithmetic the engine and the screen share: edges, cells, and the engine's PageGrid built on it. */
import { describe, expect, test } from 'vitest';
import { PageGrid } from '../../src-main/layout/grid.js';
import { baseline, cellAt, columnLeft, columnPitch, lineAtOrBelow, lineTop, placeRect, spanWidth, type GridGeometry } from '../../src-main/model/grid-geometry.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { testFonts } from '../helpers/typeset.js';

/** Round numbers, so each expectation can be worked out by hand: columns at 20, 130, 240, 350, each 100 wide. */
const g: GridGeometry = { left: 20, top: 50, columns: 4, columnWidth: 100, gutter: 10, lines: 10, pitch: 15, baselineInCell: 12 };

describe('edges', () => {
  test('columns start every column width plus gutter from the left edge', () => {
    expect(columnPitch(g)).toBe(110);
    expect([1, 2, 3, 4].map((c) => columnLeft(g, c))).toEqual([20, 130, 240, 350]);
  });

  test('a span covers its columns and the gutters between them, not the one after', () => {
    expect(spanWidth(g, 1)).toBe(100);
    expect(spanWidth(g, 3)).toBe(320);
    expect(columnLeft(g, 1) + spanWidth(g, g.columns)).toBe(450);
  });

  test('lines start every pitch from the top; baselines sit baselineInCell below', () => {
    expect(lineTop(g, 0)).toBe(50);
    expect(lineTop(g, 4)).toBe(110);
    expect(baseline(g, 4)).toBe(122);
  });

  test('a place is the rectangle of its columns and lines', () => {
    expect(placeRect(g, { column: 2, span: 2, top: 3, height: 4 })).toEqual({ x: 130, y: 95, w: 210, h: 60 });
  });

  test('the line at or below a y: exact cell tops are their own line, and nothing is above line 0', () => {
    expect(lineAtOrBelow(g, 110)).toBe(4);
    expect(lineAtOrBelow(g, 110.5)).toBe(5);
    expect(lineAtOrBelow(g, 109.5)).toBe(4);
    expect(lineAtOrBelow(g, 0)).toBe(0);
  });
});

describe('the cell under a point', () => {
  test('a column runs from its left edge up to the next column: its own width and the gutter after it', () => {
    expect(cellAt(g, 130, 50).column).toBe(2);
    expect(cellAt(g, 129.99, 50).column).toBe(1);
    // In the gutter between columns 2 and 3 (230–240): still column 2.
    expect(cellAt(g, 230, 50).column).toBe(2);
    expect(cellAt(g, 239.99, 50).column).toBe(2);
    expect(cellAt(g, 240, 50).column).toBe(3);
  });

  test('a line runs from its cell top to the next one', () => {
    expect(cellAt(g, 20, 65).top).toBe(1);
    expect(cellAt(g, 20, 64.99).top).toBe(0);
  });

  test('points beyond the type area are kept on the grid', () => {
    expect(cellAt(g, 0, 0)).toEqual({ column: 1, top: 0 });
    expect(cellAt(g, 10_000, 10_000)).toEqual({ column: 4, top: 9 });
    // Right of the last column (in the would-be gutter and beyond): the last column.
    expect(cellAt(g, 455, 50).column).toBe(4);
  });
});

describe("the engine's PageGrid", () => {
  const t = loadTemplate('broadsheet');
  const grid = new PageGrid(t, testFonts().role(t.body.role));

  test("is the template's grid with the body pitch", () => {
    expect(grid.geometry).toMatchObject({ ...t.grid, pitch: t.body.pitch });
  });

  test('answers with the shared functions, so screen and engine agree', () => {
    for (const c of [1, 4, t.grid.columns]) {
      expect(grid.columnLeft(c)).toBe(columnLeft(grid.geometry, c));
      expect(grid.spanWidth(c)).toBe(spanWidth(grid.geometry, c));
    }
    for (const k of [0, 17, t.grid.lines - 1]) {
      expect(grid.lineTop(k)).toBe(lineTop(grid.geometry, k));
      expect(grid.baseline(k)).toBe(baseline(grid.geometry, k));
    }
  });

  test("puts the columns and lines where the template's numbers say", () => {
    expect(grid.columnLeft(3)).toBeCloseTo(t.grid.left + 2 * (t.grid.columnWidth + t.grid.gutter), 9);
    expect(grid.areaWidth).toBeCloseTo(8 * t.grid.columnWidth + 7 * t.grid.gutter, 9);
    expect(grid.lineTop(10)).toBeCloseTo(t.grid.top + 10 * t.body.pitch, 9);
    // The body em box centred in the cell, the baseline at the face's em top below the box's top.
    const face = testFonts().role(t.body.role);
    expect(grid.baseline(0) - grid.lineTop(0)).toBeCloseTo((t.body.pitch - t.body.size) / 2 + face.emTop * t.body.size, 9);
  });
});
