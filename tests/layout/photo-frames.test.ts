/** Auto-placement gives every image of an article a frame, and fits the block to frames, captions and text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { autoPlace } from '../../src-main/layout/auto-place.js';
import { flowArticle } from '../../src-main/layout/article-flow.js';
import { fitHeight } from '../../src-main/layout/fit-height.js';
import { PageGrid } from '../../src-main/layout/grid.js';
import { defaultPhotos, framedBlock } from '../../src-main/layout/photo-frames.js';
import type { BoxItem, Composition, Diagnostic, ImageItem, TextRun } from '../../src-main/model/display-list.js';
import { ArticleSchema, type Article, type Image, type Issue } from '../../src-main/model/issue.js';
import { parseIssue } from '../../src-main/model/load-issue.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { compose, makeIssue, newsText } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

const t = loadTemplate('broadsheet');
const grid = new PageGrid(t, testFonts().role(t.body.role));
const PHOTO = join(projectRoot(), 'templates', 'sample-issue', 'metro-line5.png');
const others = ArticleSchema.array().parse(JSON.parse(readFileSync(join(projectRoot(), 'tests', 'fixtures', 'extra-articles.json'), 'utf8')));
const photo = (src: string): Image => ({ src, caption: '11月25日，江城市郊的稻田迎来收割季，农机手驾驶收割机在田间作业。', credit: '本报记者 周文静 摄' });

/** One auto-placed page: `first`, then the fixture's articles. */
function autoPage(first: Partial<Article> & { id: string; paragraphs: string[] }): { issue: Issue; comp: Composition } {
  const articles = [{ headline: '江城秋收进入高峰', ...first }, ...others];
  const issue = parseIssue(
    {
      format: 'banmian-issue', version: 1, date: '2026-11-26', paper: { name: '江城日报' },
      pages: [{ number: 1, template: 'broadsheet', section: '要闻', editor: '编辑', articles: articles.map((a) => a.id) }],
      articles,
    },
    'test.banmian.json',
  );
  return { issue, comp: compose(issue) };
}

const items = (comp: Composition) => comp.pages[0]?.items ?? [];
const boxes = (comp: Composition): BoxItem[] => items(comp).filter((i): i is BoxItem => i.kind === 'box');
const runsOf = (comp: Composition, article: string, part: string): string =>
  items(comp).filter((i): i is TextRun => i.kind === 'text' && i.source?.article === article && i.source.part === part).map((r) => r.text).join('').replace(/\s/g, '');
const lost = (comp: Composition): Diagnostic[] => comp.diagnostics.filter((d) => d.kind === 'overset' || d.kind === 'unplaced' || d.kind === 'image-unplaced' || d.kind === 'photo-past-block');
const captionText = (i: Image): string => `${i.caption ?? ''}${i.credit ?? ''}`.replace(/\s/g, '');

describe('auto-placed articles with images', () => {
  test('a missing picture gets a frame of a landscape news photo (2:3) at most four columns wide, with its caption, and nothing is overset', () => {
    const image = photo('missing:harvest-photo-1');
    const { comp } = autoPage({ id: 'harvest', paragraphs: [newsText(700)], images: [image] });
    expect(lost(comp)).toEqual([]);
    const [frame] = boxes(comp);
    if (!frame) throw new Error('no frame kept for the picture');
    expect(frame.w).toBeLessThanOrEqual(grid.spanWidth(4) + 0.01);
    expect(Math.abs(frame.h - (frame.w * 2) / 3)).toBeLessThanOrEqual(grid.pitch / 2);
    expect(runsOf(comp, 'harvest', 'caption')).toBe(captionText(image));
    expect(comp.diagnostics.filter((d) => d.kind === 'image-missing').map((d) => 'src' in d && d.src)).toEqual(['missing:harvest-photo-1']);
  });

  test('a real picture gets a frame of its own proportions (1200 × 680), the picture in it, and nothing is overset', () => {
    const { comp } = autoPage({ id: 'harvest', paragraphs: [newsText(700)], images: [photo(PHOTO)] });
    expect(lost(comp)).toEqual([]);
    const image = items(comp).find((i): i is ImageItem => i.kind === 'image');
    if (!image) throw new Error('no picture placed');
    expect(Math.abs(image.h - (image.w * 680) / 1200)).toBeLessThanOrEqual(grid.pitch / 2);
    expect(comp.diagnostics.filter((d) => d.kind === 'image-missing' || d.kind === 'image-unreadable')).toEqual([]);
  });

  test('a 图片新闻 (a picture, its caption and credit, a line of text) prints headline, frame, caption and credit', () => {
    const image = photo('missing:harvest-photo-1');
    const { comp } = autoPage({ id: 'harvest', headline: '金色稻浪', paragraphs: ['江城市郊的晚稻开镰收割。'], images: [image] });
    expect(lost(comp)).toEqual([]);
    expect(runsOf(comp, 'harvest', 'headline')).toBe('金色稻浪');
    expect(runsOf(comp, 'harvest', 'caption')).toBe(captionText(image));
    expect(runsOf(comp, 'harvest', 'body')).toBe('江城市郊的晚稻开镰收割。');
    expect(boxes(comp)).toHaveLength(1);
  });

  test('on a wide block the frame takes four columns at the right; further images go beside it, then below', () => {
    const images = [photo('missing:a-1'), photo('missing:a-2'), photo('missing:a-3')];
    const article = { id: 'a', headline: '江城秋收进入高峰', paragraphs: [newsText(3000)], images } as Article;
    const none = readImageSizes({ articles: [article] }, 'test.banmian.json');
    const photos = defaultPhotos(article, 8, grid, none, testFonts()) ?? [];
    expect(photos.map((p) => [p.image, p.column, p.span])).toEqual([[0, 5, 4], [1, 1, 4], [2, 5, 4]]);
    const [a, b, c] = photos as [typeof photos[number], typeof photos[number], typeof photos[number]];
    expect(b.top).toBe(a.top);
    // The third row starts under the first row's frames and captions, a line of air between.
    expect(c.top).toBeGreaterThan(a.top + a.height + 1);
    // In a block of four columns or fewer each frame takes all of them, one under the other.
    expect((defaultPhotos(article, 3, grid, none, testFonts()) ?? []).map((p) => [p.column, p.span])).toEqual([[1, 3], [1, 3], [1, 3]]);
    const lead = autoPlace([article, ...others], grid, 0, testFonts(), none).blocks[0];
    // However wide the page's fill makes the lead, its first frame is the four columns at its right.
    expect(lead?.span).toBeGreaterThan(4);
    expect(lead?.photos?.[0]).toMatchObject({ column: (lead?.span ?? 0) - 3, span: 4 });
  });

  test('a fitted block holds its frames and captions: one line less and something does not fit', () => {
    const article = { id: 'a', headline: '江城秋收进入高峰', paragraphs: [newsText(500)], images: [photo('missing:a-1')] } as Article;
    const none = readImageSizes({ articles: [article] }, 'test.banmian.json');
    const block = framedBlock(article, { column: 1, span: 3, top: 0, fit: true }, grid, none, testFonts());
    const height = fitHeight(article, block, grid, testFonts()) as number;
    expect(height).toBeGreaterThan(fitHeight(article, { article: 'a', column: 1, span: 3, top: 0, fit: true }, grid, testFonts()) as number);
    const problems = (h: number): string[] =>
      flowArticle(article, [{ page: 1, block: { ...block, height: h }, grid }], testFonts()).diagnostics.filter((d) => d.kind === 'overset' || d.kind === 'photo-past-block').map((d) => d.kind);
    expect(problems(height)).toEqual([]);
    expect(problems(height - 1).length).toBeGreaterThan(0);
  });

  test('a frame with no caption beside a short text still ends inside its fitted block', () => {
    const article = { id: 'a', headline: '江城秋收进入高峰', paragraphs: [newsText(200)], images: [{ src: 'missing:a-1' }] } as Article;
    const none = readImageSizes({ articles: [article] }, 'test.banmian.json');
    const block = framedBlock(article, { column: 1, span: 8, top: 0, fit: true }, grid, none, testFonts());
    const height = fitHeight(article, block, grid, testFonts()) as number;
    const out = flowArticle(article, [{ page: 1, block: { ...block, height }, grid }], testFonts());
    const frame = [...out.items.values()].flat().find((i): i is BoxItem => i.kind === 'box');
    expect(frame && frame.y + frame.h).toBeLessThanOrEqual(grid.lineTop(height));
    expect(out.diagnostics.filter((d) => d.kind === 'photo-past-block')).toEqual([]);
  });
});

test('a frame pushed past the foot of its block by the headline is an error', () => {
  const comp = compose(makeIssue(
    [{ id: 'a', paragraphs: [newsText(100)], images: [{ src: 'missing:a-1' }] }],
    [[{ article: 'a', column: 1, span: 4, top: 0, height: 20, photos: [{ image: 0, column: 1, span: 2, top: 0, height: 19, fit: 'fill', focus: { x: 0.5, y: 0.5 } }] }]],
  ));
  const past = comp.diagnostics.find((d) => d.kind === 'photo-past-block');
  expect(past).toMatchObject({ severity: 'error', page: 1, article: 'a' });
  expect(past && 'lines' in past && past.lines).toBeGreaterThan(0);
});
