/** In blocks fitted to their text, no paragraph leaves a single line at a column's foot or head. */
import { expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { bodyLines, bodyRuns, compose, makeIssue, newsText } from '../helpers/issue.js';

const t = loadTemplate('broadsheet');
/** The column a line's start is in (an indented first line is still in its column). */
const columnOf = (x: number): number => Math.floor((x - t.grid.left + 0.01) / (t.grid.columnWidth + t.grid.gutter));

/** For every paragraph split by a column break: lines before and after the break. */
function splits(runs: readonly TextRun[]): Array<[number, number]> {
  const lines = bodyLines(runs).map((l) => ({ column: columnOf(l[0]!.x), paragraph: l[0]!.source?.paragraph ?? -1, offset: l[0]!.source?.offset ?? 0 }));
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.paragraph === lines[i]!.paragraph && lines[j + 1]!.offset > 0) j++;
    const para = lines.slice(i, j + 1);
    for (let k = 1; k < para.length; k++) {
      if (para[k]!.column !== para[k - 1]!.column) out.push([k, para.length - k]);
    }
    i = j + 1;
  }
  return out;
}

function compose3(fit: boolean, height: number) {
  const paragraphs = [31, 47, 22, 63, 29, 40, 55, 26].map((n, k) => newsText(n * 3, k));
  const comp = compose(makeIssue([{ id: 'a', paragraphs }], [[{ article: 'a', column: 1, span: 3, top: 0, height, ...(fit ? { fit } : {}) }]]));
  return { comp, splits: splits(bodyRuns(comp)) };
}

test('paragraphs split at a column end keep at least two lines on each side, in fitted blocks', () => {
  let checked = 0;
  let controlViolations = 0;
  for (let height = 24; height <= 40; height++) {
    const fitted = compose3(true, height);
    if (fitted.comp.diagnostics.some((d) => d.kind === 'overset')) continue;
    for (const [before, after] of fitted.splits) {
      expect(before, `height ${height}`).toBeGreaterThanOrEqual(2);
      expect(after, `height ${height}`).toBeGreaterThanOrEqual(2);
      checked++;
    }
    // The same block at a fixed height fits its text instead, and does leave single lines.
    controlViolations += compose3(false, height).splits.filter(([b, a]) => b < 2 || a < 2).length;
  }
  expect(checked).toBeGreaterThan(10);
  expect(controlViolations).toBeGreaterThan(0);
});
