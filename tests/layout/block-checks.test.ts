/** The block rules as data: each problem found where it is, none where the page is sound. */
import { describe, expect, test } from 'vitest';
import { blockProblems } from '../../src-main/layout/block-checks.js';
import type { Block } from '../../src-main/model/issue.js';

const frame = { columns: 8, lines: 100, reserved: 10 };
const noImages = (): number => 0;
const block = (b: Partial<Block> & Pick<Block, 'column' | 'span' | 'top' | 'height'>): Block => ({ article: 'a', ...b });

describe('block checks', () => {
  test('a sound page has no problem: blocks side by side and one under the masthead', () => {
    const blocks = [block({ column: 1, span: 4, top: 10, height: 40 }), block({ column: 5, span: 4, top: 10, height: 40 }), block({ column: 1, span: 8, top: 50, height: 50 })];
    expect(blockProblems(blocks, frame, noImages)).toEqual([]);
  });

  test('past the grid, in the masthead, overlapping: each named on its block, the overlap on the later one', () => {
    const blocks = [
      block({ column: 7, span: 3, top: 20, height: 10 }),
      block({ column: 1, span: 2, top: 95, height: 10 }),
      block({ column: 1, span: 2, top: 5, height: 10 }),
      block({ column: 2, span: 2, top: 12, height: 10 }),
    ];
    expect(blockProblems(blocks, frame, noImages)).toEqual([
      { kind: 'past-columns', block: 0, columns: 8 },
      { kind: 'past-lines', block: 1, lines: 100 },
      { kind: 'in-masthead', block: 2, column: 1, line: 5, reserved: 10 },
      { kind: 'overlap', block: 3, other: 2, column: 2, line: 12 },
    ]);
  });

  test('an L-shaped block lets another into its notch, and not one line further', () => {
    const l = block({ column: 1, span: 4, top: 10, height: 30, notch: { corner: 'bottom-right', columns: 2, lines: 10 } });
    const inNotch = block({ column: 3, span: 2, top: 30, height: 10 });
    expect(blockProblems([l, inNotch], frame, noImages)).toEqual([]);
    const tooHigh = block({ column: 3, span: 2, top: 29, height: 10 });
    expect(blockProblems([l, tooHigh], frame, noImages)).toEqual([{ kind: 'overlap', block: 1, other: 0, column: 3, line: 29 }]);
  });

  test('notches and photos must fit their block', () => {
    const blocks = [
      block({ column: 1, span: 2, top: 10, height: 20, notch: { corner: 'top-left', columns: 2, lines: 5 } }),
      block({ column: 3, span: 2, top: 10, height: 20, notch: { corner: 'top-left', columns: 1, lines: 5 }, box: 'line' }),
      block({ column: 5, span: 2, top: 10, height: 20, photos: [{ image: 1, column: 2, span: 2, top: 0, height: 21, fit: 'fill', focus: { x: 0.5, y: 0.5 } }] }),
    ];
    const kinds = blockProblems(blocks, frame, (id) => (id === 'a' ? 1 : 0)).map((p) => `${p.kind}@${p.block}`);
    expect(kinds).toEqual(['notch-too-big@0', 'notch-on-box@1', 'no-such-image@2', 'photo-past-columns@2', 'photo-past-lines@2']);
  });
});
