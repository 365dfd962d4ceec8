/**
 * fitHeight lays a block out once and probes heights by counting lines; it remembers the least
 * height by the block's shape. The answer must be the one complete flows give when every height is
 * tried, at every top and span, up to the foot of the type area, with photo frames, boxes and notches.
 */
import { expect, test } from 'vitest';
import { flowArticle } from '../../src-main/layout/article-flow.js';
import { fitHeight } from '../../src-main/layout/fit-height.js';
import { PageGrid } from '../../src-main/layout/grid.js';
import { framedBlock } from '../../src-main/layout/photo-frames.js';
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

test('with a photo frame, in a box and with a notch at a foot corner, the counted height is the tried one', () => {
  const images = [{ src: 'missing:late-photo', caption: '图为新建成的社区食堂。', credit: '本报记者 韩晓雪 摄' }];
  const { articles } = makeIssue(
    [
      { id: 'b', byline: '本报记者 韩晓雪', paragraphs: [newsText(700, 2), newsText(500, 5), newsText(300, 7)], images },
      // Text shorter than its photo: the frame and caption set the height.
      { id: 'c', paragraphs: [newsText(60, 4)], images },
    ],
    [[]],
  );
  const none = { of: (src: string) => ({ path: src }) };
  for (const [article, span] of articles.flatMap((a) => [2, 4, 6].map((span) => [a, span] as const))) {
    const framed = framedBlock(article, { column: 1, span, top: 3, fit: true }, grid, none, fonts);
    expect(framed.photos?.length, 'the missing picture gets a frame').toBe(1);
    for (const block of [framed, { ...framed, box: 'line' as const }, { ...framed, photos: [], notch: { corner: 'bottom-right' as const, columns: 1, lines: 6 } }]) {
      expect(fitHeight(article, block, grid, fonts), `${article.id}, span ${span} ${JSON.stringify({ box: block.box, notch: block.notch })}`).toBe(leastByTrial(article, block));
    }
  }
});
