/** The elements of a newspaper page: masthead, headlines, vertical headlines, photos, boxes, L-shaped blocks, 转版, auto-placement. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { autoPlace } from '../../src-main/layout/auto-place.js';
import { fitHeight } from '../../src-main/layout/fit-height.js';
import { PageGrid } from '../../src-main/layout/grid.js';
import { PageCells } from '../../src-main/layout/page-cells.js';
import { cropImage } from '../../src-main/layout/photo.js';
import type { Composition, DisplayItem, ImageItem, TextRun } from '../../src-main/model/display-list.js';
import type { z } from 'zod';
import { BlockSchema, type Article, type Page } from '../../src-main/model/issue.js';
import { parseIssue } from '../../src-main/model/load-issue.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { gridLineOf, templateBaseline } from '../helpers/baseline-grid.js';
import { bodyLines, bodyRuns, compose, newsText } from '../helpers/issue.js';
import { sample } from '../helpers/sample.js';
import { testFonts } from '../helpers/typeset.js';

const t = loadTemplate('broadsheet');
const colLeft = (c: number): number => t.grid.left + (c - 1) * (t.grid.columnWidth + t.grid.gutter);
const lineTop = (k: number): number => t.grid.top + k * t.body.pitch;
const PHOTO = join(projectRoot(), 'templates', 'sample-issue', 'metro-line5.png');

/** A page as the issue file writes it (defaults not yet filled in). */
type PageInput = Omit<Partial<Page>, 'blocks'> & { number: number; blocks?: Array<z.input<typeof BlockSchema>> };

function issueOf(articles: Array<Partial<Article> & { id: string; paragraphs: string[] }>, pages: PageInput[]) {
  return parseIssue(
    {
      format: 'banmian-issue', version: 1, date: '2026-11-26',
      paper: { name: '江城日报', issueNumber: 12345, cn: 'CN 42-0000', weather: '晴 3～14℃', price: '1.50元' },
      pages: pages.map((p) => ({ template: 'broadsheet', section: '测试', editor: '编辑', designer: '林晓', proofreader: '周明', ...p })),
      articles: articles.map((a) => ({ headline: '测试标题', ...a })),
    },
    'test.banmian.json',
  );
}

const texts = (comp: Composition, page = 1): TextRun[] => (comp.pages.find((p) => p.number === page)?.items ?? []).filter((i): i is TextRun => i.kind === 'text');
const pageText = (comp: Composition, page = 1): string => texts(comp, page).map((r) => r.text).join('');
const onGrid = (y: number): boolean => gridLineOf(t, y) !== undefined;
/** Every run at body size, body text or not, on the template's grid. */
const bodySizeOnGrid = (comp: Composition, page = 1): void => {
  for (const r of texts(comp, page).filter((x) => x.size === t.body.size)) expect(gridLineOf(t, r.y), `${r.role} ${r.text}`).toBeDefined();
};

describe('masthead and running header', () => {
  const comp = compose(issueOf([{ id: 'a', paragraphs: [newsText(200)] }], [
    { number: 1, masthead: true, blocks: [{ article: 'a', column: 1, span: 4, top: 10, height: 20 }] },
    { number: 2, blocks: [] },
  ]));

  test('page 1 carries the paper name, Gregorian and lunar dates, issue number, CN number, weather and price', () => {
    const text = pageText(comp, 1);
    for (const s of ['江城日报', '2026年11月26日', '星期四', '农历丙午年十月十八', '第12345期', 'CN42-0000', '晴3～14℃', '零售价1.50元']) expect(text.replace(/\s/g, '')).toContain(s.replace(/\s/g, ''));
    expect(text).not.toContain('责任编辑');
    const name = texts(comp, 1).find((r) => r.text.includes('江城'));
    expect(name!.size).toBeGreaterThanOrEqual(60);
    expect(name!.y).toBeLessThan(lineTop(10));
  });

  test('other pages carry the running header with 版次, 责任编辑, 美编 and 校对', () => {
    expect(pageText(comp, 2).replace(/\s/g, '')).toContain('第2版责任编辑编辑美编林晓校对周明');
  });

  test('a block in the masthead lines is refused with the field named', () => {
    expect(() => compose(issueOf([{ id: 'a', paragraphs: ['文'] }], [{ number: 1, masthead: true, blocks: [{ article: 'a', column: 1, span: 2, top: 5, height: 10 }] }]))).toThrow(
      /pages\[0\]\.blocks\[0\]: line 5 of column 1 is in the masthead/,
    );
  });
});

describe('headlines across a block', () => {
  test('tiers are centred over the block, the body starts on the grid below them', () => {
    const comp = compose(issueOf([{ id: 'a', kicker: '引题在上', headline: '主题居中横跨四栏', subhead: '副题在下', paragraphs: [newsText(600)] }], [{ number: 1, blocks: [{ article: 'a', column: 3, span: 4, top: 20, height: 30 }] }]));
    const display = texts(comp).filter((r) => r.role === 'display');
    const centre = colLeft(3) + (4 * t.grid.columnWidth + 3 * t.grid.gutter) / 2;
    const [kicker, head, sub] = (['kicker', 'headline', 'subhead'] as const).map((part) => display.filter((r) => r.source?.part === part));
    for (const runs of [kicker!, head!, sub!]) {
      const left = runs[0]!.x;
      const right = Math.max(...runs.map((r) => r.x + r.glyphs.reduce((w, g) => w + g.advance, 0)));
      expect((left + right) / 2).toBeCloseTo(centre, 0);
    }
    expect(kicker![0]!.y).toBeLessThan(head![0]!.y);
    expect(head![0]!.y).toBeLessThan(sub![0]!.y);
    const body = bodyRuns(comp);
    expect(body[0]!.y).toBeGreaterThan(sub![0]!.y);
    for (const r of body) expect(onGrid(r.y)).toBe(true);
  });

  test('a headline too long for two lines is shrunk, and says so', () => {
    const headline = '一条非常非常长的新闻标题在两栏之内无论如何也排不进两行所以要缩小字号';
    const comp = compose(issueOf([{ id: 'a', headline, paragraphs: [newsText(100)] }], [{ number: 1, blocks: [{ article: 'a', column: 1, span: 2, top: 0, height: 30 }] }]));
    const d = comp.diagnostics.find((x) => x.kind === 'headline-shrunk');
    expect(d && d.kind === 'headline-shrunk' && d.size).toBeLessThan(t.headlines.headline.sizeBySpan[1]!);
    const head = texts(comp).filter((r) => r.source?.part === 'headline');
    expect(head.map((r) => r.text).join('')).toBe(headline);
  });

  test('a two-line headline has no one-character last line', () => {
    const comp = compose(issueOf([{ id: 'a', headline: '江城市老旧小区改造全部完工惠及居民万户', paragraphs: [newsText(100)] }], [{ number: 1, blocks: [{ article: 'a', column: 1, span: 2, top: 0, height: 30 }] }]));
    const lines = new Map<number, string>();
    for (const r of texts(comp).filter((x) => x.source?.part === 'headline')) lines.set(r.y, (lines.get(r.y) ?? '') + r.text);
    expect(lines.size).toBe(2);
    const [first, last] = [...lines.values()];
    expect(Math.abs([...first!].length - [...last!].length)).toBeLessThanOrEqual(2);
  });
});

describe('vertical headline', () => {
  const comp = compose(issueOf([{ id: 'a', kicker: '老戏新苗', headline: '剧团，迎来32名学员', paragraphs: [newsText(1800)] }], [{ number: 1, blocks: [{ article: 'a', column: 1, span: 4, top: 0, height: 40, headline: 'vertical', headlineSize: '一号' }] }]));
  const head = texts(comp).filter((r) => r.source?.part === 'headline');

  test('runs top to bottom, one em per cell, in the right-hand column of the block', () => {
    expect(head.map((r) => r.text).join('')).toBe('剧团，迎来32名学员');
    // 剧团，迎来: full-size cells one after another (the 32 after them is set smaller, centred in its cell).
    for (let i = 1; i < 5; i++) expect(head[i]!.y - head[i - 1]!.y).toBeCloseTo(26 * (1 + t.headlines.headline.letterSpacing), 6);
    for (const r of head) expect(r.x).toBeGreaterThan(colLeft(4));
    const kicker = texts(comp).filter((r) => r.source?.part === 'kicker');
    expect(kicker[0]!.x).toBeGreaterThan(head[0]!.x); // 引题 to the right: vertical lines read right to left
  });

  test('punctuation takes its vertical form; a two-digit number is set side by side in one cell', () => {
    const comma = head.find((r) => r.text === '，')!;
    expect(comma.glyphs[0]!.id).not.toBe(texts(comp).find((r) => r.role === 'body' && r.text.includes('，'))?.glyphs.find((g) => g.chars === '，')?.id);
    const tcy = head.find((r) => r.text === '32')!;
    expect(tcy.glyphs).toHaveLength(2);
    expect(tcy.glyphs.reduce((w, g) => w + g.advance, 0)).toBeLessThanOrEqual(26);
  });

  test('the body runs beside it in the other columns, and below it in its column, on the grid', () => {
    const body = bodyRuns(comp);
    const bottom = Math.max(...head.map((r) => r.y));
    for (const r of body) {
      expect(onGrid(r.y)).toBe(true);
      if (r.x >= colLeft(4) - 1) expect(r.y).toBeGreaterThan(bottom);
    }
    expect(body.some((r) => r.x >= colLeft(4) - 1)).toBe(true);
  });
});

describe('photos', () => {
  const articles = [{ id: 'a', paragraphs: [newsText(900)], images: [{ src: PHOTO, caption: '地铁5号线首班列车驶过大桥。', credit: '本报记者 王磊 摄' }] }];
  const comp = compose(issueOf(articles, [{ number: 1, blocks: [{ article: 'a', column: 1, span: 4, top: 0, height: 40, photos: [{ column: 2, span: 3, height: 12 }] }] }]));
  const image = comp.pages[0]!.items.find((i): i is ImageItem => i.kind === 'image')!;

  test('the frame spans its columns and grid lines, with the em boxes of its first and last line', () => {
    expect(image.x).toBeCloseTo(colLeft(2), 6);
    expect(image.w).toBeCloseTo(3 * t.grid.columnWidth + 2 * t.grid.gutter, 6);
    const body = bodyRuns(comp).filter((r) => r.source?.part !== 'caption');
    const headBottom = Math.min(...body.map((r) => r.y));
    expect(image.y).toBeGreaterThan(headBottom - t.body.size);
    expect((image.h + (t.body.pitch - t.body.size)) / t.body.pitch).toBeCloseTo(12, 6);
  });

  test('caption and credit sit on the grid under the frame; body text never enters the frame', () => {
    const caption = bodyRuns(comp).filter((r) => r.source?.part === 'caption');
    expect(caption.map((r) => r.text).join('')).toBe('地铁5号线首班列车驶过大桥。　本报记者 王磊 摄');
    expect(caption[0]!.y).toBeGreaterThan(image.y + image.h);
    for (const r of bodyRuns(comp)) {
      expect(onGrid(r.y)).toBe(true);
      const inside = r.x >= image.x - 0.01 && r.x < image.x + image.w && r.y > image.y && r.y < image.y + image.h;
      expect(inside, r.text).toBe(false);
    }
  });

  test('fill crops around the focus point, fit shows the whole image; ppi comes from the placed size', () => {
    const frame = { x: 0, y: 0, w: 360, h: 180 };
    const fill = cropImage(frame, { width: 1200, height: 800 }, { fit: 'fill', focus: { x: 0, y: 0.5 } });
    expect(fill.placed).toEqual({ x: 0, y: -30, w: 360, h: 240 });
    expect(fill.ppi).toBeCloseTo(240, 6);
    const fit = cropImage(frame, { width: 1200, height: 800 }, { fit: 'fit', focus: { x: 0.5, y: 0.5 } });
    expect(fit.placed).toEqual({ x: 45, y: 0, w: 270, h: 180 });
  });

  test('an image below the template minimum is reported with its resolution', () => {
    const big = compose(issueOf(articles, [{ number: 1, blocks: [{ article: 'a', column: 1, span: 8, top: 0, height: 60, photos: [{ span: 8, height: 40 }] }] }]));
    const d = big.diagnostics.find((x) => x.kind === 'low-resolution');
    // Filling a 40-line frame 8 columns wide, the height decides the scale.
    const frameH = 40 * t.body.pitch - (t.body.pitch - t.body.size);
    expect(d && d.kind === 'low-resolution' && d.ppi).toBe(Math.round(680 / (frameH / 72)));
    expect(png(PHOTO)).toEqual({ width: 1200, height: 680 });
  });

  test('a photo outside its block is refused with the field named', () => {
    expect(() => compose(issueOf(articles, [{ number: 1, blocks: [{ article: 'a', column: 1, span: 2, top: 0, height: 20, photos: [{ span: 3, height: 5 }] }] }]))).toThrow(/pages\[0\]\.blocks\[0\]\.photos\[0\]: columns 1–3 go past the block's 2 columns/);
  });
});

describe('L-shaped and boxed blocks', () => {
  test('an L-shaped block flows through all its columns; the notched column starts below the notch', () => {
    const comp = compose(issueOf([{ id: 'a', paragraphs: [newsText(1150)] }, { id: 'b', paragraphs: [newsText(150)] }], [{ number: 1, blocks: [
      { article: 'a', column: 1, span: 3, top: 0, height: 40, notch: { corner: 'top-right', columns: 1, lines: 15 } },
      { article: 'b', column: 3, span: 1, top: 0, height: 15 },
    ] }]));
    const body = bodyRuns(comp).filter((r) => r.source?.article === 'a');
    const col3 = body.filter((r) => r.x >= colLeft(3) - 0.01);
    expect(col3.length).toBeGreaterThan(10);
    for (const r of col3) expect(r.y).toBeGreaterThan(lineTop(15));
    expect(comp.diagnostics.filter((d) => d.kind === 'overset')).toEqual([]);
    // The rule between them steps around the notch: along the top of column 3 at line 15, and in the gutter beside b.
    const rules = comp.pages[0]!.items.filter((i) => i.kind === 'rule');
    expect(rules.some((r) => r.kind === 'rule' && r.y1 === r.y2 && Math.abs(r.y1 - (lineTop(15) + 0.4 * t.body.pitch)) < 1e-6)).toBe(true);
  });

  test('a boxed block has its border on the block edges and its text padded inside', () => {
    for (const box of ['line', 'double', 'dotted', 'ornament'] as const) {
      const comp = compose(issueOf([{ id: 'a', paragraphs: [newsText(500)] }], [{ number: 1, blocks: [{ article: 'a', column: 2, span: 3, top: 10, height: 30, box }] }]));
      const border: DisplayItem[] = comp.pages[0]!.items.filter((i) => i.kind === 'box' || (i.kind === 'rule' && i.dash));
      expect(border.length, box).toBeGreaterThan(0);
      const body = bodyRuns(comp);
      const right = colLeft(2) + 3 * t.grid.columnWidth + 2 * t.grid.gutter;
      for (const r of body) {
        expect(r.x).toBeGreaterThanOrEqual(colLeft(2) + t.box.padding - 1e-6);
        expect(r.x + r.glyphs.reduce((w, g) => w + g.advance, 0)).toBeLessThanOrEqual(right - t.box.padding + 0.5);
        expect(r.y).toBeGreaterThan(lineTop(11));
        expect(onGrid(r.y)).toBe(true);
      }
    }
  });

  test('a box divides its width into equal columns of whole characters inside its page columns, the rest in its gutters, a photo inside them', () => {
    const em = t.body.size;
    for (const span of [2, 3, 4, 5]) {
      const images = [{ src: PHOTO, caption: '图片说明。' }];
      const comp = compose(issueOf([{ id: 'a', paragraphs: [newsText(260 * span)], images }], [{ number: 1, blocks: [{ article: 'a', column: 2, span, top: 10, height: 40, box: 'line', photos: [{ span: 1, height: 6 }] }] }]));
      const boxLeft = colLeft(2);
      const boxRight = colLeft(2 + span) - t.grid.gutter;
      const lines = bodyLines(bodyRuns(comp).filter((r) => r.source?.part === 'body'));
      const edges = lines.map((l) => ({ x0: l[0]!.x, x1: l[l.length - 1]!.x + l[l.length - 1]!.glyphs.reduce((w, g) => w + g.advance, 0) }));
      const columns: Array<{ left: number; right: number }> = [];
      for (const e of [...edges].sort((a, b) => a.x0 - b.x0)) {
        const c = columns.find((k) => e.x0 < k.left + 4 * em);
        if (c) c.right = Math.max(c.right, e.x1);
        else columns.push({ left: e.x0, right: e.x1 });
      }
      expect(columns, `span ${span}`).toHaveLength(span);
      const widths = columns.map((c) => c.right - c.left);
      for (const w of widths) {
        expect(w, `span ${span}`).toBeCloseTo(widths[0]!, 1);
        expect(Math.abs(w / em - Math.round(w / em)), `span ${span}: ${w / em} 字`).toBeLessThan(0.02);
      }
      const padLeft = columns[0]!.left - boxLeft;
      const padRight = boxRight - columns[span - 1]!.right;
      expect(padLeft).toBeCloseTo(t.box.padding, 1);
      expect(padRight).toBeCloseTo(padLeft, 1);
      columns.forEach((c, k) => {
        expect(c.left, `span ${span}, column ${k + 1}`).toBeGreaterThanOrEqual(colLeft(2 + k) - 1e-6);
        expect(c.right, `span ${span}, column ${k + 1}`).toBeLessThanOrEqual(colLeft(2 + k) + t.grid.columnWidth + 1e-6);
      });
      const gutters = columns.slice(1).map((c, i) => c.left - columns[i]!.right);
      for (const g of gutters) expect(g).toBeCloseTo(gutters[0]!, 1);
      const photo = comp.pages[0]!.items.find((i): i is ImageItem => i.kind === 'image');
      expect(photo?.x).toBeCloseTo(columns[0]!.left, 1);
      expect((photo?.x ?? 0) + (photo?.w ?? 0)).toBeCloseTo(columns[0]!.right, 1);
    }
  });
});

describe('continuations (转版)', () => {
  const paragraphs = [newsText(700, 1), newsText(700, 2)];
  const make = (first: number, second: number) => compose(issueOf([{ id: 'a', headline: '地铁开通', jump: { headline: '地铁开通（续）' }, paragraphs }], [
    { number: first, blocks: [{ article: 'a', column: 1, span: 2, top: 0, height: 20 }] },
    { number: second, blocks: [{ article: 'a', column: 3, span: 3, top: 10, height: 40 }] },
  ]));

  test('the first part ends with 下转第X版, the second starts under a repeated headline with 上接第X版', () => {
    const comp = make(1, 2);
    const p1 = texts(comp, 1);
    const to = p1.find((r) => r.text.includes('下转'))!;
    expect(to.text).toBe('（下转第2版）');
    expect(to.y).toBeCloseTo(templateBaseline(t, 19), 6);
    const from = texts(comp, 2).find((r) => r.text.includes('上接'))!;
    expect(from.text).toBe('（上接第1版）');
    expect(texts(comp, 2).filter((r) => r.source?.part === 'jump').map((r) => r.text).join('')).toBe('地铁开通（续）');
    const body = [...bodyRuns(comp, 1), ...bodyRuns(comp, 2)].map((r) => r.text).join('');
    expect(body.replace(/\s/g, '')).toBe(paragraphs.join(''));
  });

  test('the page numbers follow the pages when they are renumbered', () => {
    const comp = make(6, 3);
    // Page 3 now comes first: the article starts there and jumps to page 6.
    expect(texts(comp, 3).find((r) => r.text.includes('下转'))?.text).toBe('（下转第6版）');
    expect(texts(comp, 6).find((r) => r.text.includes('上接'))?.text).toBe('（上接第3版）');
  });

  test('no 转版 lines when the text ends in the first block', () => {
    const comp = compose(issueOf([{ id: 'a', paragraphs: [newsText(100)] }], [
      { number: 1, blocks: [{ article: 'a', column: 1, span: 2, top: 0, height: 20 }] },
      { number: 2, blocks: [{ article: 'a', column: 1, span: 2, top: 0, height: 20 }] },
    ]));
    expect(pageText(comp, 1)).not.toContain('下转');
    expect(pageText(comp, 2)).not.toContain('上接');
  });
});

describe('overset with photos and boxes', () => {
  test('text that does not fit is reported with its exact characters, and none is lost', () => {
    const paragraphs = [newsText(500, 1), newsText(500, 4)];
    const comp = compose(issueOf([{ id: 'a', paragraphs, images: [{ src: PHOTO, caption: '图片说明。' }] }], [{ number: 1, blocks: [{ article: 'a', column: 1, span: 2, top: 0, height: 30, box: 'line', photos: [{ span: 2, height: 8 }] }] }]));
    const o = comp.diagnostics.find((d) => d.kind === 'overset');
    if (!o || o.kind !== 'overset') throw new Error('expected overset');
    const set = bodyRuns(comp).filter((r) => r.source?.part === 'body').map((r) => r.text).join('');
    expect((set + o.text).replace(/\s/g, '')).toBe(paragraphs.join(''));
    expect(o.chars).toBe([...o.text.replace(/\n/g, '')].length);
  });
});

describe('auto-placement', () => {
  const extra = JSON.parse(readFileSync(join(projectRoot(), 'tests', 'fixtures', 'extra-articles.json'), 'utf8')) as Article[];
  const more = JSON.parse(readFileSync(join(projectRoot(), 'tests', 'fixtures', 'layout', 'more-articles.json'), 'utf8')) as Article[];
  const issue = issueOf([...extra, ...more], [{ number: 1, articles: [...extra, ...more].map((a) => a.id) }]);
  const articles = issue.articles;
  const comp = compose(issue);

  test('every article is placed without overset, the lead at the top left with the largest headline', () => {
    expect(comp.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const heads = texts(comp).filter((r) => r.source?.part === 'headline');
    const lead = heads.filter((r) => r.source?.article === articles[0]!.id);
    expect(Math.min(...lead.map((r) => r.y - r.size))).toBeLessThanOrEqual(Math.min(...heads.map((r) => r.y - r.size)) + 1);
    expect(lead[0]!.size).toBe(Math.max(...heads.map((r) => r.size)));
    bodySizeOnGrid(comp);
  });

  test('the blocks are fitted to their text and stacked without gaps; what is left lies at the foot, reported', () => {
    const grid = new PageGrid(t, testFonts().role(t.body.role));
    const placement = autoPlace(articles, grid, 0, testFonts(), readImageSizes(issue, 'test.banmian.json'));
    expect(placement.left).toEqual([]);
    expect(new Set(placement.blocks.map((b) => b.article))).toEqual(new Set(articles.map((a) => a.id)));
    const cells = new PageCells(t.grid.columns, t.grid.lines);
    placement.blocks.forEach((b, i) => {
      for (let c = b.column; c < b.column + b.span; c++) expect(cells.claim(i, c, b.top, b.top + b.height)).toBeUndefined();
      // Fitted: the text fills the block, whatever air its headline zone was given.
      expect(fitHeight(articles.find((a) => a.id === b.article)!, b, grid, testFonts()), b.article).toBe(b.height);
      expect(b.headSpace ?? 0).toBeLessThanOrEqual(3);
    });
    // In every column the blocks follow one another from the top; free lines only at the foot.
    for (let c = 1; c <= t.grid.columns; c++) {
      let k = 0;
      while (k < t.grid.lines && cells.owner(c, k) >= 0) k++;
      for (; k < t.grid.lines; k++) expect(cells.owner(c, k), `column ${c} line ${k}`).toBeLessThan(0);
    }
    // These articles are too short for a broadsheet page: the space left is reported, and no
    // article leaves a hole inside its own block.
    const reported = comp.diagnostics.filter((d) => d.kind === 'free-space');
    expect(reported.length).toBeGreaterThan(0);
    const freeCells = cells.freeAreas().filter((a) => a.lines >= 2);
    expect(reported.map((d) => d.kind === 'free-space' && [d.column, d.span, d.top, d.lines])).toEqual(freeCells.map((a) => [a.column, a.span, a.top, a.lines]));
    expect(comp.diagnostics.filter((d) => d.kind === 'underset')).toEqual([]);
    expect(placement.blocks[0]).toMatchObject({ column: 1, top: 0 });
    // The lead is the widest block, at least half the page across.
    expect(placement.blocks[0]!.span).toBeGreaterThanOrEqual(t.grid.columns / 2);
    // A short lead is narrowed (down to half the page) rather than spread over every column.
    expect(placement.blocks[0]!.height >= 20 || placement.blocks[0]!.span === Math.ceil(t.grid.columns / 2)).toBe(true);
    for (const b of placement.blocks.slice(1)) expect(b.span).toBeLessThanOrEqual(Math.min(4, placement.blocks[0]!.span));
  });

  test('with copy enough for the page, the stacks reach the foot of the type area but for a few lines', () => {
    const plenty = [...sample().issue.articles.filter((a) => (a.images ?? []).length === 0), ...articles];
    const full = compose(issueOf(plenty, [{ number: 1, articles: plenty.map((a) => a.id) }]));
    const free = full.diagnostics.filter((d) => d.kind === 'free-space');
    const freeCells = free.reduce((n, d) => n + (d.kind === 'free-space' ? d.span * d.lines : 0), 0);
    expect(freeCells / (t.grid.columns * t.grid.lines)).toBeLessThan(0.05);
    expect(full.diagnostics.filter((d) => d.kind === 'overset')).toEqual([]);
  });

  test('explicit blocks win over the list of articles', () => {
    const explicit = compose(issueOf(articles, [{ number: 1, articles: articles.map((a) => a.id), blocks: [{ article: articles[1]!.id, column: 1, span: 8, top: 0, height: 40 }] }]));
    expect(explicit.diagnostics.filter((d) => d.kind === 'unplaced')).toHaveLength(articles.length - 1);
  });
});

/** Width and height from a PNG's IHDR. */
function png(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
