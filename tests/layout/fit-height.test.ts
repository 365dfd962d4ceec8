/**
 * fitHeight remembers a block's least height by its shape: the answer must be the one a fresh
 * search over complete flows gives, at every top and span, up to the foot of the type area.
 */
import { expect, test } from 'vitest';
import { flowArticle } from '../../src-main/layout/article-flow.js';
import { fitHeight } from '../../src-main/layout/fit-height.js';
import { PageGrid } from '../../src-main/layout/grid.js';
import type { Article, Block } from '../../src-main/model/issue.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { makeIssue, newsText } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

const fonts = testFonts();
const template = loadTemplate('broadsheet');
const grid = new PageGrid(template, fonts.role(template.body.role));

/** The least height by trying every height from 1 up: slow, and obviously right. */
function leastByTrial(article: Article, block: Omit<Block, 'height'>): number | undefined {
  for (let height = 1; height <= grid.lines - block.top; height++) {
    const flow = flowArticle(article, [{ page: 1, block: { ...block, height }, grid }], fonts);
    if (!flow.diagnostics.some((d) => d.kind === 'overset' || d.kind === 'photo-past-block')) return height;
  }
  return undefined;
}

test('the remembered least height is the tried one at every top and span, and none below the foot', () => {
  const [article] = makeIssue([{ id: 'a', kicker: '春耕时节', subhead: '——记合作社的一天', byline: '本报讯（记者 周文静）', paragraphs: [newsText(900), newsText(600, 3)] }], [[]]).articles as [Article];
  let undefinedSeen = false;
  for (const span of [2, 3, 5]) {
    for (const top of [0, 1, 7, 40, grid.lines - 12]) {
      const block = { article: 'a', column: 1, span, top, fit: true };
      const want = leastByTrial(article, block);
      if (want === undefined) undefinedSeen = true;
      expect(fitHeight(article, block, grid, fonts), `span ${span}, top ${top}`).toBe(want);
    }
  }
  expect(undefinedSeen).toBe(true);
});
