/**
 * Probes pour counting lines only (fit-height.ts): where the slots are all as wide, a paragraph's
 * line count is taken from a cache instead of setting it again. The count must agree with a full
 * pour, keeping widows and orphans out of column ends included.
 */
import { describe, expect, test } from 'vitest';
import { pourContext } from '../../src-main/layout/article-flow.js';
import type { Slot } from '../../src-main/layout/block-area.js';
import { PageGrid } from '../../src-main/layout/grid.js';
import { pour } from '../../src-main/layout/pour.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { makeIssue, newsText } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

const t = loadTemplate('broadsheet');
const grid = new PageGrid(t, testFonts().role(t.body.role));

/** Slots of `columns` columns `lines` deep, the first `narrow` of them a line set narrower (beside a headline, say). */
function slots(columns: number, lines: number, width: number, narrow = 0): Slot[] {
  const out: Slot[] = [];
  for (let c = 0; c < columns; c++) for (let k = 0; k < lines; k++) out.push({ page: 1, column: c + 1, x: c * 200, width: out.length < narrow ? width - 30 : width, baseline: 20 + k * 12, line: k });
  return out;
}

describe('pour, counting lines only', () => {
  const article = makeIssue([{ id: 'a', headline: '标题', paragraphs: [newsText(90, 1), newsText(40, 2), newsText(230, 3), newsText(12, 4), newsText(160, 5), newsText(75, 6)] }], [[]]).articles[0]!;
  const width = grid.spanWidth(1);

  test.each([
    ['uniform slots', 0],
    ['the first slots narrower', 7],
  ])('agrees with a full pour at every depth: %s', (_name, narrow) => {
    for (const keepLines of [true, false]) {
      for (let lines = 4; lines <= 40; lines++) {
        const run = slots(3, lines, width, narrow);
        const ctx = { ...pourContext(article, [{ page: 1, block: { article: 'a', column: 1, span: 3, top: 0, height: lines, fit: true }, grid }], width, testFonts()), keepLines };
        const full = pour(run, ctx);
        const probe = pour(run, { ...ctx, measureOnly: true });
        const where = `${lines} lines, keepLines ${keepLines}`;
        expect(probe.overset !== undefined, where).toBe(full.overset !== undefined);
        if (!full.overset) {
          expect(probe.lines, where).toBe(full.lines);
          expect(probe.lastSlot, where).toBe(full.lastSlot);
        }
      }
    }
  });
});
