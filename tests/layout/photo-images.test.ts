/** Photos take their pixel sizes from the images the caller read (ComposeContext.images): layout opens no file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { composeIssue } from '../../src-main/layout/compose-issue.js';
import type { ImageSizes, PixelSize } from '../../src-main/model/image-files.js';
import { BLACK, type BoxItem, type Composition, type ImageItem, type RuleItem, type TextRun } from '../../src-main/model/display-list.js';
import { PageGrid } from '../../src-main/layout/grid.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { compose, makeIssue, newsText, runRight } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

const t = loadTemplate('broadsheet');
const issue = (src: string) =>
  makeIssue([{ id: 'a', paragraphs: [newsText(600)], images: [{ src, caption: '图片说明。' }] }], [[{ article: 'a', column: 1, span: 4, top: 0, height: 40, photos: [{ image: 0, column: 1, span: 4, top: 0, height: 12, fit: 'fill', focus: { x: 0.5, y: 0.5 } }] }]]);
/** Images as a caller might have found them, at a folder that does not exist. */
const given = (pixels: PixelSize): ImageSizes => ({ of: (src) => ({ path: `/nowhere/${src}`, pixels }) });
/** With one template object throughout, so that the flow cache can answer. */
const composeWith = (images: ImageSizes): Composition => composeIssue(issue('photo.jpg'), { file: 'test.banmian.json', fonts: testFonts(), template: () => t, images });
const imageOf = (comp: Composition): ImageItem | undefined => comp.pages[0]?.items.find((i): i is ImageItem => i.kind === 'image');
/** The frame kept for a picture that is not there: the page's only box (these blocks have no border). */
const placeholderOf = (comp: Composition): BoxItem | undefined => comp.pages[0]?.items.find((i): i is BoxItem => i.kind === 'box');

describe('images given to the composer', () => {
  test('a photo is placed at the path and cropped to the pixel size it is given, with no file behind it', () => {
    const comp = composeWith(given({ width: 6000, height: 3000 }));
    const image = imageOf(comp);
    expect(image?.src).toBe('/nowhere/photo.jpg');
    // 2:1 pixels filling a wider frame: the whole width shows, the height is cropped.
    expect(image?.placed?.w).toBeCloseTo(image?.w ?? 0, 6);
    expect(image?.placed?.h).toBeCloseTo((image?.w ?? 0) / 2, 6);
    expect(comp.diagnostics.filter((d) => d.kind === 'image-unreadable' || d.kind === 'low-resolution')).toEqual([]);
  });

  test('the same article with other pixel sizes is flowed again, not taken from the cache', () => {
    composeWith(given({ width: 6000, height: 3000 }));
    const small = composeWith(given({ width: 600, height: 300 }));
    const low = small.diagnostics.find((d) => d.kind === 'low-resolution');
    const w = imageOf(small)?.w ?? 0;
    expect(low && low.kind === 'low-resolution' && low.ppi).toBe(Math.round(600 / (w / 72)));
    expect(low?.message).toMatch(new RegExp(`^photo\\.jpg is \\d+ ppi at its placed size \\(\\d+ × \\d+ mm\\); ${t.minPpi} ppi wanted$`));
  });

  test.each([
    { what: 'a file that is not there is reported as missing', src: 'gone.png', kind: 'image-missing', message: 'gone.png of “测试标题” is not there: its place is kept (图片待补)' },
    { what: 'a file that is no image is reported as unreadable', src: 'notes.png', kind: 'image-unreadable', message: 'notes.png cannot be read as a JPEG or PNG image' },
  ])('$what with its path, and its place is kept', ({ src, kind, message }) => {
    const dir = mkdtempSync(join(tmpdir(), 'banmian-photo-'));
    writeFileSync(join(dir, 'notes.png'), 'not an image');
    const comp = compose(issue(src), join(dir, 'issue.banmian.json'));
    expect(imageOf(comp)).toBeUndefined();
    expect(placeholderOf(comp)).toBeDefined();
    expect(comp.diagnostics.filter((d) => d.kind === 'image-missing' || d.kind === 'image-unreadable')).toEqual([{ kind, severity: 'error', page: 1, article: 'a', src: join(dir, src), message }]);
  });
});

describe('a picture still to come (missing:)', () => {
  const src = 'missing:a-photo-1';
  const caption = '图为红星农业合作社的机手驾驶插秧机在田间作业。';
  const credit = '本报记者 周文静 摄';
  const comp = compose(
    makeIssue([{ id: 'a', headline: '春耕时节农事忙', paragraphs: [newsText(600)], images: [{ src, caption, credit }] }], [[{ article: 'a', column: 1, span: 4, top: 0, height: 40, photos: [{ image: 0, column: 1, span: 3, top: 0, height: 12, fit: 'fill', focus: { x: 0.5, y: 0.5 } }] }]]),
  );
  const items = comp.pages[0]?.items ?? [];
  const frame = placeholderOf(comp) as BoxItem;
  const inFrame = (r: TextRun): boolean => r.x >= frame.x && r.x < frame.x + frame.w && r.y > frame.y && r.y < frame.y + frame.h;

  test('keeps its frame at its size: a thin black box with a light cross, 图片待补 in the middle', () => {
    const grid = new PageGrid(t, testFonts().role(t.body.role));
    expect(frame.w).toBeCloseTo(grid.spanWidth(3), 6);
    // Twelve lines less the air above the first and below the last em box.
    expect(frame.h).toBeCloseTo(12 * grid.pitch - (grid.pitch - t.body.size), 6);
    expect(frame.stroke).toEqual(BLACK);
    expect(frame.fill).toBeUndefined();
    const cross = items.filter((i): i is RuleItem => i.kind === 'rule' && i.x1 >= frame.x - 0.01 && i.x1 <= frame.x + frame.w + 0.01 && i.y1 >= frame.y - 0.01 && i.y1 <= frame.y + frame.h + 0.01);
    expect(cross).toHaveLength(4);
    for (const r of cross) expect(r.stroke[3]).toBeLessThan(100);
    const label = items.filter((i): i is TextRun => i.kind === 'text' && inFrame(i));
    expect(label.map((r) => r.text).join('')).toBe('图片待补');
    const left = Math.min(...label.map((r) => r.x));
    const right = Math.max(...label.map(runRight));
    expect((left + right) / 2).toBeCloseTo(frame.x + frame.w / 2, 0);
    expect(label.every((r) => Math.abs(r.y - (frame.y + frame.h / 2)) < r.size)).toBe(true);
  });

  test('sets its caption and credit under the frame', () => {
    const captionRuns = items.filter((i): i is TextRun => i.kind === 'text' && i.source?.part === 'caption');
    expect(captionRuns.map((r) => r.text).join('').replace(/\s/g, '')).toBe(`${caption}${credit}`.replace(/\s/g, ''));
    for (const r of captionRuns) expect(r.y).toBeGreaterThan(frame.y + frame.h);
  });

  test('is an error naming the picture and the article', () => {
    expect(comp.diagnostics.filter((d) => d.kind === 'image-missing')).toEqual([
      { kind: 'image-missing', severity: 'error', page: 1, article: 'a', src, message: `the picture ${src} of “春耕时节农事忙” has not come in: its place is kept (图片待补)` },
    ]);
    expect(comp.diagnostics.filter((d) => d.kind === 'overset')).toEqual([]);
  });
});

describe('images no block frames', () => {
  const images = [{ src: 'missing:a-photo-1', caption: '图为红星农业合作社的机手在田间作业。', credit: '本报记者 周文静 摄' }, { src: 'missing:a-photo-2' }];

  test('an article on an explicit page whose images no block frames has them reported with their captions and credits', () => {
    const comp = compose(makeIssue([{ id: 'a', paragraphs: [newsText(300)], images }], [[{ article: 'a', column: 1, span: 4, top: 0, height: 40 }]]));
    expect(comp.diagnostics.filter((d) => d.kind === 'image-unplaced')).toEqual([
      {
        kind: 'image-unplaced', severity: 'warning', page: 1, article: 'a', image: 0, src: 'missing:a-photo-1', chars: 28, text: '图为红星农业合作社的机手在田间作业。\n本报记者 周文静 摄',
        message: 'image 1 of “测试标题” (missing:a-photo-1) has no frame in any of its blocks: its caption is not printed: 图为红星农业合作社的机手在田间作业。 本报记者 周文静 摄',
      },
      { kind: 'image-unplaced', severity: 'warning', page: 1, article: 'a', image: 1, src: 'missing:a-photo-2', chars: 0, text: '', message: 'image 2 of “测试标题” (missing:a-photo-2) has no frame in any of its blocks' },
    ]);
  });

  test('a framed image is not reported, whichever block of the article frames it', () => {
    const photo = { image: 1, column: 1, span: 2, top: 0, height: 6, fit: 'fill', focus: { x: 0.5, y: 0.5 } } as const;
    const comp = compose(makeIssue([{ id: 'a', paragraphs: [newsText(3000)], images }], [[{ article: 'a', column: 1, span: 4, top: 0, height: 20 }], [{ article: 'a', column: 1, span: 4, top: 0, height: 40, photos: [photo] }]]));
    expect(comp.diagnostics.filter((d) => d.kind === 'image-unplaced').map((d) => 'image' in d && d.image)).toEqual([0]);
  });

  test('an article on no page reports its captions and credits with its text', () => {
    const comp = compose(makeIssue([{ id: 'a', paragraphs: ['正文。'], images }, { id: 'b', paragraphs: ['另文。'] }], [[{ article: 'b', column: 1, span: 4, top: 0, height: 20 }]]));
    const unplaced = comp.diagnostics.find((d) => d.kind === 'unplaced');
    expect(unplaced && 'text' in unplaced && unplaced.text).toBe('测试标题\n正文。\n图为红星农业合作社的机手在田间作业。\n本报记者 周文静 摄');
  });
});
