/**
 * The torture corpus (tests/fixtures/torture.banmian.json: runs of punctuation, quotes in
 * brackets, ——/……, numbers and units, Latin words, URLs, an over-wide word, full-width spaces,
 * middle dots …) composed on a broadsheet and a tabloid page, every body line held to the rules.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Composition, TextRun } from '../../src-main/model/display-list.js';
import { loadIssue } from '../../src-main/model/load-issue.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { isLetterLike, isNoEnd, isNoStart } from '../../src-main/model/char-class.js';
import { gridLineOf } from '../helpers/baseline-grid.js';
import { bodyLines, bodyRuns, compose, runRight } from '../helpers/issue.js';

const issue = loadIssue(join(projectRoot(), 'tests', 'fixtures', 'torture.banmian.json'));
const comp: Composition = compose(issue);

interface Line {
  runs: TextRun[];
  text: string;
  key: string;
}

function linesOf(page: number): Line[] {
  return bodyLines(bodyRuns(comp, page)).map((runs) => ({
    runs,
    text: runs.map((r) => r.text).join(''),
    key: `${runs[0]?.source?.article}/${runs[0]?.source?.paragraph}`,
  }));
}

describe.each(comp.pages.map((p) => [p.template, p.number] as const))('torture corpus on the %s page', (templateId, page) => {
  const t = loadTemplate(templateId);
  const lines = linesOf(page);
  const isLast = (i: number): boolean => lines[i + 1]?.key !== lines[i]?.key || (lines[i + 1]?.runs[0]?.source?.offset ?? 1) === 0;
  const colRight = (x: number): number => {
    const c = Math.floor((x - t.grid.left + 0.01) / (t.grid.columnWidth + t.grid.gutter));
    return t.grid.left + c * (t.grid.columnWidth + t.grid.gutter) + t.grid.columnWidth;
  };

  test('has the whole corpus on it, nothing overset', () => {
    expect(lines.length).toBeGreaterThan(100);
    expect(comp.diagnostics.filter((d) => d.kind === 'overset')).toEqual([]);
  });

  test('no line starts with a no-start mark, none ends with a no-end mark', () => {
    lines.forEach((line, i) => {
      const text = line.text.trim();
      if (!isLast(i)) expect(isNoEnd([...text].pop() ?? ''), text).toBe(false);
      if (i > 0 && !isLast(i - 1)) expect(isNoStart(text[0] ?? ''), text).toBe(false);
    });
  });

  test('—— and …… are never split', () => {
    lines.forEach((line, i) => {
      const next = lines[i + 1];
      if (!next || isLast(i)) return;
      const joint = `${line.text.trim().at(-1)}${next.text.trim()[0]}`;
      const before = line.text.trim().match(/(—+|…+)$/)?.[0].length ?? 0;
      if (joint === '——' || joint === '……') expect(before % 2, `${line.text}|${next.text}`).toBe(0);
    });
  });

  test('justified lines end on the column edge within 0.05 pt', () => {
    lines.forEach((line, i) => {
      if (isLast(i)) return;
      const last = line.runs[line.runs.length - 1] as TextRun;
      expect(Math.abs(runRight(last) - colRight(line.runs[0]!.x)), line.text).toBeLessThan(0.05);
    });
  });

  test('every baseline is on a line of the template’s grid', () => {
    for (const line of lines) expect(gridLineOf(t, line.runs[0]!.y), line.text).toBeDefined();
  });

  test('no paragraph ends with a lone character', () => {
    lines.forEach((line, i) => {
      if (!isLast(i) || i === 0 || lines[i - 1]?.key !== line.key) return;
      expect([...line.text].filter(isLetterLike).length, line.text).toBeGreaterThanOrEqual(2);
    });
  });
});
