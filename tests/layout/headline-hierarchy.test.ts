/** Auto-placement leads with the 头条: its headline the largest, the stories after it stepping down. */
import { expect, test } from 'vitest';
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { autoPlace, steppedSize } from '../../src-main/layout/auto-place.js';
import { PageGrid } from '../../src-main/layout/grid.js';
import { headlineSize } from '../../src-main/layout/headlines.js';
import type { Article } from '../../src-main/model/issue.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { newsText } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

const t = loadTemplate('broadsheet');
const fonts = testFonts();
const grid = new PageGrid(t, fonts.role(t.body.role));

test('under the lead and its own span’s size for the next two stories, a step smaller for the two after', () => {
  const sizes = [15, 16, 18, 22, 24, 26, 26, 36];
  expect([1, 2, 3, 4, 5].map((rank) => steppedSize(sizes, 8, 4, rank))).toEqual([undefined, undefined, 18, 18, 16]);
  // Equal sizes count once: under a 26 pt lead the next size is 24.
  expect(steppedSize(sizes, 6, 6, 1)).toBe(24);
  expect(steppedSize(sizes, 2, 2, 1)).toBe(15);
  expect(steppedSize(sizes, 1, 1, 9)).toBeUndefined();
});

test('on an auto-placed page the lead’s headline is the largest and the last stories’ the smallest', () => {
  const articles: Article[] = Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, headline: `第${i + 1}条新闻的标题`, paragraphs: [newsText(1200 - i * 150, i)], images: [] }));
  const { blocks, left } = autoPlace(articles, grid, 0, fonts, readImageSizes({ articles }, 'test.banmian.json'));
  expect(left).toEqual([]);
  const size = (id: string): number => {
    const b = blocks.find((x) => x.article === id);
    if (!b) throw new Error(`${id} has no block`);
    return headlineSize(b, b.span, grid);
  };
  const [lead, ...rest] = articles.map((a) => size(a.id));
  for (const s of rest) expect(s).toBeLessThan(lead as number);
  // Down the list they step down: the last stories' headlines are smaller than the 二条's.
  expect(rest[rest.length - 1]).toBeLessThan(rest[0] as number);
});
