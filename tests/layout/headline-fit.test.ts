/** A headline too long for its lines is condensed (长体) first, then shrunk, and reported. */
import { expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { compose, makeIssue, newsText, runRight } from '../helpers/issue.js';

const headlineRuns = (comp: ReturnType<typeof compose>): TextRun[] =>
  comp.pages[0]!.items.filter((i): i is TextRun => i.kind === 'text' && i.source?.part === 'headline');

function setHeadline(headline: string, span: number) {
  const comp = compose(makeIssue([{ id: 'a', headline, paragraphs: [newsText(300)] }], [[{ article: 'a', column: 1, span, top: 0, height: 40 }]]));
  const runs = headlineRuns(comp);
  return { comp, runs, lines: new Set(runs.map((r) => r.y)).size };
}

test('a headline that fits is neither condensed nor shrunk', () => {
  const { runs, comp } = setHeadline('地铁5号线今晨开通', 4);
  expect(runs.every((r) => r.scaleX === undefined)).toBe(true);
  expect(comp.diagnostics.filter((d) => d.kind === 'headline-shrunk')).toEqual([]);
});

test('a slightly long headline is condensed to keep its size and two lines', () => {
  const t = loadTemplate('broadsheet');
  const size = t.headlines.headline.sizeBySpan[1]!;
  // Find a headline that needs three lines at full width but two when condensed.
  let found: ReturnType<typeof setHeadline> | undefined;
  for (let n = 10; n < 40 && !found; n++) {
    const trial = setHeadline(newsText(n, 7).replace(/[，。]/g, '城'), 2);
    if (trial.runs.some((r) => r.scaleX !== undefined && r.scaleX < 1) && trial.runs.every((r) => r.size === size)) found = trial;
  }
  expect(found, 'no length needed condensing alone').toBeDefined();
  const { runs, lines, comp } = found!;
  expect(lines).toBeLessThanOrEqual(t.headlines.headline.maxLines);
  for (const r of runs) {
    expect(r.scaleX).toBeGreaterThanOrEqual(t.headlines.headline.minCondense);
    expect(runRight(r)).toBeLessThanOrEqual(t.grid.left + 2 * t.grid.columnWidth + t.grid.gutter + 1e-6);
  }
  const d = comp.diagnostics.find((x) => x.kind === 'headline-shrunk');
  expect(d?.message).toMatch(/condensed to \d+ %/);
});
