/** Article files laid out on pages: paginate decides every page's blocks once, and composing keeps them. */
import { describe, expect, test } from 'vitest';
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { PageGrid } from '../../src-main/layout/grid.js';
import { paginate } from '../../src-main/layout/paginate.js';
import type { Composition, TextRun } from '../../src-main/model/display-list.js';
import type { Article, Block, Issue, Page } from '../../src-main/model/issue.js';
import { parseIssue } from '../../src-main/model/load-issue.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { compose, newsText } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

const t = loadTemplate('broadsheet');
const grid = new PageGrid(t, testFonts().role(t.body.role));

/** Fourteen articles of 250 to 1,500 characters, every fourth with a picture still to come. */
const articles: Article[] = Array.from({ length: 14 }, (_, i) => ({
  id: `a${i}`,
  headline: `测试标题第${i}篇稿件`,
  paragraphs: [newsText(250 + ((i * 137) % 1300), i)],
  images: i % 4 === 1 ? [{ src: `missing:a${i}-photo-1`, caption: '图为江城市民在新建的社区公园里晨练。', credit: '本报记者 周文静 摄' }] : [],
}));
const images = readImageSizes({ articles }, 'test.banmian.json');

const issueOf = (pages: Page[]): Issue =>
  parseIssue({ format: 'banmian-issue', version: 1, paper: { name: '江城日报' }, date: '2026-11-26', pages, articles }, 'test.banmian.json');

const runs = (comp: Composition, page: number, article: string, part: string): TextRun[] =>
  (comp.pages.find((p) => p.number === page)?.items ?? []).filter((i): i is TextRun => i.kind === 'text' && i.source?.article === article && i.source.part === part);

/** Whether a run starts inside the block's rectangle on the grid. */
const inside = (r: TextRun, b: Block): boolean =>
  r.x >= grid.columnLeft(b.column) - 0.01 && r.x < grid.columnLeft(b.column) + grid.spanWidth(b.span) && r.y > grid.lineTop(b.top) && r.y <= grid.lineTop(b.top + b.height);

describe('paginate', () => {
  const pages = paginate(articles, t, testFonts(), images);
  const comp = compose(issueOf(pages));

  test('gives every page its blocks, every article one', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.blocks.length > 0 && p.articles === undefined)).toBe(true);
    expect(pages.flatMap((p) => p.blocks.map((b) => b.article)).sort()).toEqual(articles.map((a) => a.id).sort());
  });

  test('composing sets every article where paginate put it, and places, frames and sets all of them', () => {
    expect(comp.diagnostics.filter((d) => d.kind === 'unplaced' || d.kind === 'image-unplaced' || d.kind === 'overset' || d.kind === 'photo-past-block')).toEqual([]);
    for (const page of pages) {
      for (const block of page.blocks) {
        const head = runs(comp, page.number, block.article, 'headline');
        const body = runs(comp, page.number, block.article, 'body');
        expect(head.length, block.article).toBeGreaterThan(0);
        expect(body.length, block.article).toBeGreaterThan(0);
        expect([...head, ...body].every((r) => inside(r, block)), block.article).toBe(true);
      }
    }
  });

  test('a page that lists only its articles is auto-placed once, in composing, as paginate would place them', () => {
    const few = articles.slice(0, 4);
    const [page] = paginate(few, t, testFonts(), images);
    const listed = compose(issueOf([{ number: 1, template: 'broadsheet', section: '第1版', editor: '—', blocks: [], articles: few.map((a) => a.id) }]));
    const explicit = compose(issueOf([page as Page]));
    expect(page?.blocks.map((b) => b.article)).toEqual(few.map((a) => a.id));
    expect(listed.pages[0]?.items).toEqual(explicit.pages[0]?.items);
  });
});
