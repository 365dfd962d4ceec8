/** 转版 over more than two pages: every jump line names the page the text really goes to or comes from. */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src-main/model/issue.js';
import type { Composition, TextRun } from '../../src-main/model/display-list.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { bodyRuns, compose, makeIssue, newsText } from '../helpers/issue.js';

const t = loadTemplate('broadsheet');
const paragraphs = [newsText(700, 1), newsText(700, 2)];
const baselineOf = (line: number): number => t.grid.top + line * t.body.pitch + (t.body.pitch - t.body.size) / 2 + 0.88 * t.body.size;

/** The article in a 20-line block on page 1, a `middle`-line block on page 2 and a roomy block on page 3. */
function threePages(middle: number, last: Block = { article: 'a', column: 3, span: 3, top: 10, height: 40 }): Composition {
  return compose(makeIssue([{ id: 'a', headline: '地铁开通', jump: { headline: '地铁开通（续）' }, paragraphs }], [
    [{ article: 'a', column: 1, span: 2, top: 0, height: 20 }],
    [{ article: 'a', column: 1, span: 2, top: 10, height: middle }],
    [last],
  ]));
}

const JUMP = /上接|下转/;
/** The article's text on a page: its own runs and its 转版 lines (furniture, with no source); not the running header. */
const texts = (comp: Composition, page: number): TextRun[] =>
  (comp.pages.find((p) => p.number === page)?.items ?? []).filter((i): i is TextRun => i.kind === 'text' && (i.source?.article === 'a' || JUMP.test(i.text)));
const jumpLines = (comp: Composition, page: number, word: '下转' | '上接'): TextRun[] => texts(comp, page).filter((r) => r.text.includes(word));
const body = (comp: Composition, page: number): string => bodyRuns(comp, page).map((r) => r.text).join('');
const allBody = (comp: Composition): string => [1, 2, 3].map((p) => body(comp, p)).join('').replace(/\s/g, '');

describe('an article on three pages', () => {
  test('a middle block with room for text takes it, and each page names its neighbours in the flow', () => {
    const comp = threePages(6);
    expect(body(comp, 2).length).toBeGreaterThan(0);
    expect(jumpLines(comp, 1, '下转').map((r) => r.text)).toEqual(['（下转第2版）']);
    expect(jumpLines(comp, 2, '上接').map((r) => r.text)).toEqual(['（上接第1版）']);
    expect(jumpLines(comp, 2, '下转').map((r) => r.text)).toEqual(['（下转第3版）']);
    expect(jumpLines(comp, 3, '上接').map((r) => r.text)).toEqual(['（上接第2版）']);
    expect(allBody(comp)).toBe(paragraphs.join(''));
    expect(comp.diagnostics.filter((d) => d.kind === 'overset' || d.severity === 'error')).toEqual([]);
  });

  // Old behaviour: page 2 stayed silently empty, page 1 lost a line under its 下转 line.
  test.each([3, 4])('a %i-line middle block with no room for a line under its repeated headline is reported, and page 1 jumps to page 3', (middle) => {
    const comp = threePages(middle);
    expect(texts(comp, 2)).toEqual([]);
    const to = jumpLines(comp, 1, '下转');
    expect(to.map((r) => r.text)).toEqual(['（下转第3版）']);
    // The 下转 line is the last line of the block, where the reader looks for it.
    expect(to[0]!.y).toBeCloseTo(baselineOf(19), 1);
    expect(jumpLines(comp, 3, '上接').map((r) => r.text)).toEqual(['（上接第1版）']);
    expect(allBody(comp)).toBe(paragraphs.join(''));
    const empty = comp.diagnostics.filter((d) => d.kind === 'underset' && d.page === 2);
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ severity: 'error', article: 'a', lines: middle });
    expect(empty[0]!.message).toContain('page 1 jumps to page 3');
  });

  test('a last block with no room for a line is reported, and the page before keeps all its lines and no 下转', () => {
    const comp = compose(makeIssue([{ id: 'a', headline: '地铁开通', paragraphs }], [
      [{ article: 'a', column: 1, span: 2, top: 0, height: 20 }],
      [{ article: 'a', column: 1, span: 2, top: 10, height: 3 }],
    ]));
    expect(jumpLines(comp, 1, '下转')).toEqual([]);
    expect(texts(comp, 2)).toEqual([]);
    const column2 = bodyRuns(comp, 1).filter((r) => r.x > t.grid.left + t.grid.columnWidth);
    expect(Math.max(...column2.map((r) => r.y))).toBeCloseTo(baselineOf(19), 1);
    expect(comp.diagnostics.find((d) => d.kind === 'underset' && d.page === 2)).toMatchObject({ severity: 'error' });
    const overset = comp.diagnostics.find((d) => d.kind === 'overset');
    expect(overset && overset.kind === 'overset' && (body(comp, 1) + overset.text).replace(/\s/g, '')).toBe(paragraphs.join(''));
  });

  test('text that ends on page 2 draws no 转版 lines to page 3', () => {
    const short = [newsText(330, 1)];
    const comp = compose(makeIssue([{ id: 'a', headline: '地铁开通', paragraphs: short }], [
      [{ article: 'a', column: 1, span: 2, top: 0, height: 8 }],
      [{ article: 'a', column: 1, span: 2, top: 10, height: 20 }],
      [{ article: 'a', column: 1, span: 2, top: 10, height: 20 }],
    ]));
    expect(body(comp, 2).length).toBeGreaterThan(0);
    expect(jumpLines(comp, 1, '下转').map((r) => r.text)).toEqual(['（下转第2版）']);
    expect(jumpLines(comp, 2, '下转')).toEqual([]);
    expect(texts(comp, 3)).toEqual([]);
    expect(allBody(comp)).toBe(short.join(''));
  });
});
