/** Photos take their pixel sizes from the images the caller read (ComposeContext.images): layout opens no file. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { composeIssue } from '../../src-main/layout/compose-issue.js';
import type { ImageSizes, PixelSize } from '../../src-main/model/image-files.js';
import type { Composition, ImageItem } from '../../src-main/model/display-list.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { compose, makeIssue, newsText } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

const t = loadTemplate('broadsheet');
const issue = (src: string) =>
  makeIssue([{ id: 'a', paragraphs: [newsText(600)], images: [{ src, caption: '图片说明。' }] }], [[{ article: 'a', column: 1, span: 4, top: 0, height: 40, photos: [{ image: 0, column: 1, span: 4, top: 0, height: 12, fit: 'fill', focus: { x: 0.5, y: 0.5 } }] }]]);
/** Images as a caller might have found them, at a folder that does not exist. */
const given = (pixels: PixelSize): ImageSizes => ({ of: (src) => ({ path: `/nowhere/${src}`, pixels }) });
/** With one template object throughout, so that the flow cache can answer. */
const composeWith = (images: ImageSizes): Composition => composeIssue(issue('photo.jpg'), { file: 'test.banmian.json', fonts: testFonts(), template: () => t, images });
const imageOf = (comp: Composition): ImageItem | undefined => comp.pages[0]?.items.find((i): i is ImageItem => i.kind === 'image');

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

  test('an image that cannot be read is reported with its path, and no picture is drawn', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banmian-photo-'));
    const comp = compose(issue('missing.png'), join(dir, 'issue.banmian.json'));
    expect(imageOf(comp)).toBeUndefined();
    expect(comp.diagnostics.filter((d) => d.kind === 'image-unreadable')).toEqual([
      { kind: 'image-unreadable', severity: 'error', page: 1, article: 'a', src: join(dir, 'missing.png'), message: 'missing.png cannot be read as a JPEG or PNG image' },
    ]);
  });
});
