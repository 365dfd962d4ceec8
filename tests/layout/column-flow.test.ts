import { describe, expect, test } from 'vitest';
import { loadTemplate } from '../../src-main/model/template.js';
import { gridLineOf } from '../helpers/baseline-grid.js';
import { bodyLines, bodyRuns, compose, makeIssue, newsText, runRight } from '../helpers/issue.js';

const t = loadTemplate('broadsheet');
const colLeft = (c: number): number => t.grid.left + (c - 1) * (t.grid.columnWidth + t.grid.gutter);
const block = (height: number, span = 2, column = 1, top = 0) => ({ article: 'a', column, span, top, height });

describe('column flow', () => {
  const paragraphs = [newsText(200, 0), newsText(300, 7), newsText(150, 3)];
  const comp = compose(makeIssue([{ id: 'a', paragraphs }], [[block(30)]]));
  const lines = bodyLines(bodyRuns(comp));

  test("every body baseline sits on the template's grid", () => {
    for (const line of lines) expect(gridLineOf(t, line[0]!.y), line[0]!.text).toBeDefined();
  });

  test('a paragraph split at a column foot carries on at the next column head, without indent', () => {
    const col2 = lines.filter((l) => Math.abs(l[0]!.x - colLeft(2)) < 0.01 || l[0]!.x > colLeft(2) - 1);
    const head = col2[0]![0]!;
    const col1Last = lines[lines.indexOf(col2[0]!) - 1]![0]!;
    expect(head.x).toBeCloseTo(colLeft(2), 6);
    expect(head.source?.paragraph).toBe(col1Last.source?.paragraph);
    expect(head.source!.offset).toBeGreaterThan(0);
    expect(head.y).toBeLessThan(col1Last.y);
  });

  test('paragraph starts are indented 2 字, and justified lines fill the column exactly', () => {
    const starts = lines.filter((l) => l[0]!.source?.offset === 0);
    expect(starts).toHaveLength(paragraphs.length);
    for (const l of starts) expect(l[0]!.x - colLeft(l[0]!.x > colLeft(2) - 1 ? 2 : 1)).toBeCloseTo(2 * t.body.size, 6);
    const ends = new Set(lines.map((l, i) => (lines[i + 1]?.[0]?.source?.offset === 0 || i === lines.length - 1 ? i : -1)));
    lines.forEach((l, i) => {
      if (ends.has(i)) return;
      const col = l[0]!.x > colLeft(2) - 1 ? 2 : 1;
      expect(runRight(l[l.length - 1]!)).toBeCloseTo(colLeft(col) + t.grid.columnWidth, 2);
    });
  });

  test('the text on the page is the article text, in order', () => {
    const onPage = lines.flatMap((l) => l.map((r) => r.text)).join('').replace(/\s/g, '');
    expect(onPage).toBe(paragraphs.join(''));
    expect(comp.diagnostics.filter((d) => d.kind === 'overset')).toHaveLength(0);
  });
});

describe('overset', () => {
  test('text that does not fit is reported with its exact characters, and none is lost', () => {
    const paragraphs = [newsText(300, 1), newsText(300, 2), newsText(120, 5)];
    const comp = compose(makeIssue([{ id: 'a', paragraphs, byline: '本报讯（记者 孙艳）' }], [[block(12)]]));
    const overset = comp.diagnostics.filter((d) => d.kind === 'overset');
    expect(overset).toHaveLength(1);
    const o = overset[0]!;
    if (o.kind !== 'overset') throw new Error('unreachable');
    const onPage = bodyRuns(comp).map((r) => r.text).join('');
    const all = `本报讯（记者 孙艳）${paragraphs.join('')}`;
    expect((onPage + o.text).replace(/\s/g, '')).toBe(all.replace(/\s/g, ''));
    expect(o.chars).toBe([...o.text.replace(/\n/g, '')].length);
    expect(o.chars).toBeGreaterThan(100);
  });

  test('an article on no page is reported whole', () => {
    const comp = compose(makeIssue([{ id: 'a', paragraphs: ['有。'] }, { id: 'b', paragraphs: ['未排入版面的稿件。'] }], [[block(10)]]));
    const d = comp.diagnostics.find((x) => x.kind === 'unplaced');
    expect(d && d.kind === 'unplaced' && d.text).toContain('未排入版面的稿件。');
  });
});

describe('continuation across pages', () => {
  test('an article in blocks on two pages flows from the first into the second', () => {
    const paragraphs = [newsText(400, 1), newsText(400, 2)];
    const comp = compose(makeIssue([{ id: 'a', paragraphs }], [[block(14)], [block(40, 2, 3, 10)]]));
    const p1 = bodyRuns(comp, 1).map((r) => r.text).join('');
    const p2 = bodyRuns(comp, 2).map((r) => r.text).join('');
    expect(p1.length).toBeGreaterThan(100);
    expect(p2.length).toBeGreaterThan(100);
    expect((p1 + p2).replace(/\s/g, '')).toBe(paragraphs.join(''));
    expect(bodyRuns(comp, 2)[0]!.x).toBeCloseTo(colLeft(3), 6);
  });
});

describe('block placement errors', () => {
  test('a block past the last column names the field', () => {
    expect(() => compose(makeIssue([{ id: 'a', paragraphs: ['文'] }], [[block(10, 3, 7)]]))).toThrow(/test\.banmian\.json: pages\[0\]\.blocks\[0\]: columns 7–9 go past the 8 columns/);
  });
});

describe('balanced columns (平栏)', () => {
  const paragraphs = [newsText(380, 0), newsText(340, 4), newsText(380, 9)];
  const lastBaselines = (comp: ReturnType<typeof compose>): number[] => {
    const byColumn = new Map<number, number>();
    for (const run of bodyRuns(comp)) {
      const col = Math.round((run.x - t.grid.left) / (t.grid.columnWidth + t.grid.gutter));
      byColumn.set(col, Math.max(byColumn.get(col) ?? 0, run.y));
    }
    return [...byColumn.entries()].sort((a, b) => a[0] - b[0]).map(([, y]) => y);
  };

  test('an article shorter than its block ends all its columns on the same line, or one line apart', () => {
    const comp = compose(makeIssue([{ id: 'a', paragraphs }], [[block(40, 3)]]));
    const ends = lastBaselines(comp);
    expect(ends).toHaveLength(3);
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThanOrEqual(t.body.pitch + 1e-6);
    const onPage = bodyRuns(comp).map((r) => r.text).join('').replace(/\s/g, '');
    expect(onPage).toBe(paragraphs.join(''));
  });

  test('with balance off the columns fill one after the other and the last one ends short', () => {
    const comp = compose(makeIssue([{ id: 'a', paragraphs }], [[{ ...block(40, 3), balance: false }]]));
    const ends = lastBaselines(comp);
    expect(ends[0]).toBeCloseTo(ends[1]!, 6);
    expect(ends[1]! - ends[2]!).toBeGreaterThan(3 * t.body.pitch);
  });

  test('the empty lines left at the foot of the block are reported as underset', () => {
    const comp = compose(makeIssue([{ id: 'a', paragraphs }], [[block(40, 3)]]));
    const underset = comp.diagnostics.filter((d) => d.kind === 'underset');
    expect(underset).toHaveLength(1);
    // The foot of the block: the lowest baseline of the same block filled to the brim.
    const full = compose(makeIssue([{ id: 'a', paragraphs: [newsText(2000, 1)] }], [[block(40, 3)]]));
    const free = (Math.max(...lastBaselines(full)) - Math.max(...lastBaselines(comp))) / t.body.pitch;
    expect(free).toBeGreaterThanOrEqual(2);
    expect(underset[0]).toMatchObject({ article: 'a', lines: Math.round(free), severity: 'warning' });
  });

  test('a block the text fills has nothing to report', () => {
    const comp = compose(makeIssue([{ id: 'a', paragraphs: [newsText(2000, 1)] }], [[block(40, 3)]]));
    expect(comp.diagnostics.filter((d) => d.kind === 'underset')).toHaveLength(0);
  });
});
