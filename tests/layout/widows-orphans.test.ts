/**
 * A paragraph's single line at a column's foot or head is reported, never avoided by leaving a
 * column a line short (a hole at its foot), in fitted and fixed blocks alike.
 */
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

test('no column of a block ends short of the next to keep a paragraph together: every lone line is reported instead', () => {
  let reported = 0;
  for (let height = 24; height <= 40; height++) {
    for (const fit of [true, false]) {
      const { comp, splits: split } = compose3(fit, height);
      if (comp.diagnostics.some((d) => d.kind === 'overset')) continue;
      const lines = bodyLines(bodyRuns(comp));
      const depth = new Map<number, number>();
      for (const l of lines) depth.set(columnOf(l[0]!.x), Math.max(depth.get(columnOf(l[0]!.x)) ?? 0, l[0]!.y));
      const columns = [...depth.keys()].sort((a, b) => a - b);
      // Every column but the last goes down as far as the deepest: no hole at a foot.
      const deepest = Math.max(...depth.values());
      for (const c of columns.slice(0, -1)) expect(depth.get(c), `height ${height}, fit ${fit}, column ${c}`).toBe(deepest);
      const lone = comp.diagnostics.filter((d) => d.kind === 'lone-line');
      const expected = split.reduce((n, [before, after]) => n + (before === 1 ? 1 : 0) + (after === 1 ? 1 : 0), 0);
      expect(lone, `height ${height}, fit ${fit}`).toHaveLength(expected);
      for (const d of lone) expect(d).toMatchObject({ severity: 'info', article: 'a', page: 1 });
      reported += lone.length;
    }
  }
  expect(reported).toBeGreaterThan(0);
});
