/**
 * 转版 in auto-placed runs of pages: a hole no story fits starts the next long one, and its text
 * goes on to the next page; a story too long for a page goes on likewise. Every jump has its
 * 下转 line on the page it leaves and its 上接 line where it is taken up, nothing is lost, and
 * short stories are never jumped; one of middling length (800 to 1,500 characters) only where the
 * page it would start on keeps a hole otherwise.
 */
import { expect, test } from 'vitest';
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { paginate } from '../../src-main/layout/paginate.js';
import type { Composition, TextRun } from '../../src-main/model/display-list.js';
import type { Article, Page } from '../../src-main/model/issue.js';
import { parseIssue } from '../../src-main/model/load-issue.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { compose, newsText } from '../helpers/issue.js';
import { prng } from '../helpers/prng.js';
import { testFonts } from '../helpers/typeset.js';

/** Long and medium stories, as a tabloid's day brings more copy than its pages hold. */
function longDay(n: number, seed: number): Article[] {
  const random = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const chars = random() < 0.4 ? 3_500 + Math.floor(random() * 3_000) : 600 + Math.floor(random() * 1_400);
    const count = Math.max(1, Math.round(chars / 240));
    return {
      id: `j${seed}-${i}`,
      headline: `长稿第${i + 1}篇的主题${'标题'.repeat(1 + (i % 3))}`,
      paragraphs: Array.from({ length: count }, (_, k) => newsText(Math.round(chars / count), i * 11 + k)),
      images: [],
    };
  });
}

const pageText = (comp: Composition, page: number): string =>
  (comp.pages.find((p) => p.number === page)?.items ?? []).filter((i): i is TextRun => i.kind === 'text').map((r) => r.glyphs.map((g) => g.chars).join('')).join('');

function composed(articles: Article[], pages: Page[]): Composition {
  return compose(parseIssue({ format: 'banmian-issue', version: 1, paper: { name: '江城日报' }, date: '2026-12-02', pages, articles }, 'test.banmian.json'));
}

for (const seed of [7, 8]) {
  test(`seed ${seed}: stories too long for their hole or their tabloid page go on, with 下转 and 上接 naming the pages, nothing lost`, () => {
    const articles = longDay(16, seed);
    const pages = paginate(articles, loadTemplate('tabloid'), testFonts(), readImageSizes({ articles }, 'test.banmian.json'));
    const comp = composed(articles, pages);
    expect(comp.diagnostics.filter((d) => d.kind === 'overset' || d.kind === 'unplaced' || d.severity === 'error').map((d) => d.message)).toEqual([]);

    const pagesOf = (id: string): number[] => [...new Set(pages.filter((p) => p.blocks.some((b) => b.article === id)).map((p) => p.number))];
    const jumped = articles.filter((a) => pagesOf(a.id).length > 1);
    expect(jumped.length).toBeGreaterThan(2);
    for (const article of jumped) {
      const on = pagesOf(article.id);
      on.slice(1).forEach((to, k) => {
        const from = on[k] as number;
        expect(pageText(comp, from), `“${article.headline}” leaves page ${from}`).toContain(`（下转第${to}版）`);
        expect(pageText(comp, to), `“${article.headline}” is taken up on page ${to}`).toContain(`（上接第${from}版）`);
      });
      // A text a page cannot take up waits one page at most: 下转第9版 from page 7, never from 7 to 13.
      on.slice(1).forEach((to, k) => expect(to - (on[k] as number), `“${article.headline}” on pages ${on.join(', ')}`).toBeLessThanOrEqual(2));
      // A short story is cut by its editor, not jumped (one of middling length only where a page would keep a hole).
      expect(article.paragraphs.join('').length, article.headline).toBeGreaterThanOrEqual(800);
    }
  });
}

test('a story of middling length starts in a hole that would otherwise stay on a page that is not the last, and goes on', () => {
  const story = (id: string, chars: number): Article => ({ id, headline: `第${id}篇稿件的主题标题`, paragraphs: Array.from({ length: Math.ceil(chars / 250) }, (_, k) => newsText(250, k)), images: [] });
  // 3,000 characters fill a tabloid page but for 13 lines; 1,000 more take 20 lines across it.
  const articles = [story('a', 3_000), story('b', 1_000)];
  const pages = paginate(articles, loadTemplate('tabloid'), testFonts(), readImageSizes({ articles }, 'test.banmian.json'));
  expect(pages.map((p) => p.blocks.map((b) => b.article))).toEqual([['a', 'b'], ['b']]);
  const first = pages[0]?.blocks.find((b) => b.article === 'b');
  expect((first?.top ?? 0) + (first?.height ?? 0)).toBe(64);
  const comp = composed(articles, pages);
  expect(pageText(comp, 1)).toContain('（下转第2版）');
  expect(pageText(comp, 2)).toContain('（上接第1版）');
  expect(comp.diagnostics.filter((d) => d.kind === 'overset' || d.kind === 'unplaced').map((d) => d.message)).toEqual([]);
  // A brief is still never jumped: 500 characters wait for the next page whole.
  const brief = [story('a', 3_000), story('c', 500)];
  const briefPages = paginate(brief, loadTemplate('tabloid'), testFonts(), readImageSizes({ articles: brief }, 'test.banmian.json'));
  expect(briefPages.flatMap((p) => p.blocks).filter((b) => b.article === 'c')).toHaveLength(1);
});
