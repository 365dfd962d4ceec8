/** Invariants of the composed sample issue: grid, justification, rules, no lost text. */
import { expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { isNoEnd, isNoStart } from '../../src-main/model/char-class.js';
import { PageGrid } from '../../src-main/layout/grid.js';
import { gridLineOf, templateBaseline } from '../helpers/baseline-grid.js';
import { bodyLines, bodyRuns } from '../helpers/issue.js';
import { sample } from '../helpers/sample.js';
import { testFonts } from '../helpers/typeset.js';

test('the sample issue has at least two pages, 8 articles and 6,000 characters, and no errors', () => {
  const { issue, comp } = sample();
  expect(comp.pages.length).toBeGreaterThanOrEqual(2);
  expect(issue.articles.length).toBeGreaterThanOrEqual(8);
  expect(issue.articles.reduce((n, a) => n + a.paragraphs.join('').length, 0)).toBeGreaterThan(6000);
  expect(comp.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

test('every body line of every page is on the baseline grid and obeys the line-start/end rules', () => {
  const { comp } = sample();
  for (const page of comp.pages) {
    const t = loadTemplate(page.template);
    const lines = bodyLines(bodyRuns(comp, page.number));
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      expect(gridLineOf(t, line[0]!.y), line[0]!.text).toBeDefined();
      const text = line.map((r: TextRun) => r.text).join('').trim();
      expect(isNoEnd([...text].pop() ?? '')).toBe(false);
    }
    lines.slice(1).forEach((line) => {
      const first = line[0]!;
      // A line that starts a paragraph may start with anything; a continuation line may not start with a no-start mark.
      if (first.source && first.source.offset > 0) expect(isNoStart(first.text[0] ?? ''), first.text).toBe(false);
    });
  }
});

test("control: body lines set 1 pt low keep one phase, but are off the template's grid", () => {
  const { comp } = sample();
  const page = comp.pages[0]!;
  const t = loadTemplate(page.template);
  const ys = bodyLines(bodyRuns(comp, page.number)).map((line) => line[0]!.y);
  const low = ys.map((y) => y + 1);
  // The check this file once made: whole pitches from the first line found.
  const onePhase = (values: number[]): boolean => values.every((y) => {
    const k = (y - values[0]!) / t.body.pitch;
    return Math.abs(k - Math.round(k)) < 1e-6;
  });
  expect(onePhase(low)).toBe(true);
  expect(ys.filter((y) => gridLineOf(t, y) === undefined)).toEqual([]);
  expect(low.filter((y) => gridLineOf(t, y) !== undefined)).toEqual([]);
  // The grid the helper computes from the template is the engine's.
  const grid = new PageGrid(t, testFonts().role(t.body.role));
  for (const k of [0, 1, 50, t.grid.lines - 1]) expect(templateBaseline(t, k)).toBeCloseTo(grid.baseline(k), 9);
});

test('every character of every article is on a page or reported as overset', () => {
  const { issue, comp } = sample();
  for (const article of issue.articles) {
    // The repeated headline over a continued part (part 'jump') is not the article's own text; captions are checked apart.
    const runs = comp.pages.flatMap((p) => p.items.filter((i): i is TextRun => i.kind === 'text' && i.source?.article === article.id && i.source.part !== 'jump'));
    const set = runs.filter((r) => r.source?.part !== 'caption').map((r) => r.text).join('');
    const captions = runs.filter((r) => r.source?.part === 'caption').map((r) => r.text).join('');
    expect(captions.replace(/\s/g, '')).toBe(article.images.map((im) => [im.caption, im.credit].filter(Boolean).join('')).join('').replace(/\s/g, ''));
    const overset = comp.diagnostics.filter((d) => d.kind === 'overset' && d.article === article.id).map((d) => ('text' in d ? d.text : '')).join('');
    const expected = [article.kicker, article.headline, article.subhead, article.byline, ...article.paragraphs, article.credit].filter(Boolean).join('');
    expect((set + overset).replace(/\s/g, '')).toBe(expected.replace(/\s/g, ''));
  }
});
