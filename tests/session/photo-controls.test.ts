/**
 * Photo controls (issue 11's tools): a picture file put into a frame still 图片待补, in place of a
 * picture, or added to a story with a frame of its own; caption and credit; and how the picture
 * sits in its frame (whole or filling it, enlarged, moved). Each undoable; bad files refused.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import type { ImageItem, TextRun } from '../../src-main/model/display-list.js';
import type { Issue } from '../../src-main/model/issue.js';
import type { DocumentSession } from '../../src-main/session/document-session.js';
import { copySample } from '../helpers/serve.js';
import { SAMPLE_FILE } from '../helpers/sample.js';
import { ok, refused, session } from '../helpers/session.js';

const PNG = readFileSync(join(dirname(SAMPLE_FILE), 'metro-line5.png'));
const base64 = (b: Buffer): string => b.toString('base64');
const images = async (s: DocumentSession, page: number): Promise<ImageItem[]> => (await s.getPage({ page })).layout.items.filter((i): i is ImageItem => i.kind === 'image');
const text = async (s: DocumentSession, page: number): Promise<string> => (await s.getPage({ page })).layout.items.filter((i): i is TextRun => i.kind === 'text').map((r) => r.text).join('');

test('a picture added to a story is kept beside the issue and set in a frame of its own in the story\'s block; undo takes it out', async () => {
  const file = copySample();
  const s = session(file);
  const r = ok(await s.placePicture({ article: 'autumn-harvest', name: '秋收.png', data: base64(PNG) }));
  expect(r.state.undo).toBe('《江城秋粮总产再创新高》加图');
  expect(r.state.articles.find((a) => a.id === 'autumn-harvest')?.images).toEqual([{ src: '秋收.png' }]);
  expect(existsSync(join(dirname(file), '秋收.png'))).toBe(true);
  expect((await images(s, 1)).some((i) => i.src.endsWith('秋收.png'))).toBe(true);
  // Another picture of the same name does not overwrite it; the same bytes again reuse it.
  const other = Buffer.from(PNG);
  other.writeUInt8(other.readUInt8(other.length - 20) ^ 0xff, other.length - 20);
  ok(await s.placePicture({ article: 'autumn-harvest', image: 0, name: '秋收.png', data: base64(other) }));
  expect((await s.getState()).articles.find((a) => a.id === 'autumn-harvest')?.images[0]?.src).toBe('秋收-2.png');
  ok(await s.undo());
  ok(await s.undo());
  expect((await s.getState()).articles.find((a) => a.id === 'autumn-harvest')?.images).toEqual([]);
  expect((await images(s, 1)).some((i) => i.src.endsWith('秋收.png'))).toBe(false);
});

test('a picture that came in late goes into its 图片待补 frame; the finding goes', async () => {
  const file = copySample();
  const issue = JSON.parse(readFileSync(file, 'utf8')) as Issue;
  const metro = issue.articles.find((a) => a.id === 'lead-metro');
  if (!metro?.images[0]) throw new Error('the sample\'s lead has a photo');
  metro.images[0].src = 'missing:地铁首班车.jpg';
  writeFileSync(file, JSON.stringify(issue));
  const s = session(file);
  expect((await s.getState()).diagnostics.some((d) => d.kind === 'image-missing' && d.article === 'lead-metro')).toBe(true);
  expect(await images(s, 1)).toEqual([]);
  const r = ok(await s.placePicture({ article: 'lead-metro', image: 0, name: '地铁首班车.png', data: base64(PNG) }));
  expect(r.state.undo).toBe('《地铁5号线一期今晨开通运营》补上图片');
  expect(r.state.diagnostics.some((d) => d.kind === 'image-missing' && d.article === 'lead-metro')).toBe(false);
  expect((await images(s, 1)).map((i) => i.src.split(/[\\/]/).pop())).toEqual(['地铁首班车.png']);
});

test('a file that is no picture, or an image the story does not have, is refused and nothing changes', async () => {
  const file = copySample();
  const s = session(file);
  expect(refused(await s.placePicture({ article: 'lead-metro', image: 0, name: '稿子.txt', data: base64(Buffer.from('不是图片')) }))).toBe('“稿子.txt”不是能读的图片文件（JPEG、PNG、TIFF 等）');
  expect(refused(await s.placePicture({ article: 'lead-metro', image: 3, name: 'a.png', data: base64(PNG) }))).toBe('《地铁5号线一期今晨开通运营》没有第4张图');
  // Nothing is written beside the issue for a refused picture.
  expect(existsSync(join(dirname(file), 'a.png'))).toBe(false);
  expect(existsSync(join(dirname(file), '稿子.txt'))).toBe(false);
  expect((await s.getState()).undo).toBeUndefined();
});

test('caption and credit are edited and set under the picture; an empty credit goes', async () => {
  const s = session();
  const r = ok(await s.editImage({ article: 'lead-metro', image: 0, caption: '11月26日清晨，首班列车驶过锦水河特大桥。', credit: '' }));
  expect(r.state.undo).toBe('修改《地铁5号线一期今晨开通运营》图片说明、图片署名');
  expect(r.state.articles.find((a) => a.id === 'lead-metro')?.images[0]).toEqual({ src: 'metro-line5.png', caption: '11月26日清晨，首班列车驶过锦水河特大桥。' });
  expect(await text(s, 1)).toContain('首班列车驶过锦水河特大桥');
  expect(await text(s, 1)).not.toContain('王磊 摄');
});

test('the picture whole in its frame, enlarged to show a detail, and moved to its left edge', async () => {
  const s = session();
  const [filled] = await images(s, 1);
  if (!filled?.placed) throw new Error('the lead photo fills its frame, cropped');
  ok(await s.stylePhoto({ page: 1, block: 0, photo: 0, look: { fit: 'fit' } }));
  const [whole] = await images(s, 1);
  expect((whole?.placed?.w ?? whole?.w ?? 0)).toBeLessThanOrEqual(filled.w + 0.01);
  ok(await s.stylePhoto({ page: 1, block: 0, photo: 0, look: { fit: 'fill', zoom: 2 } }));
  const [big] = await images(s, 1);
  expect(big?.placed?.w).toBeCloseTo(filled.placed.w * 2, 3);
  const r = ok(await s.stylePhoto({ page: 1, block: 0, photo: 0, look: { move: { x: -0.5, y: 0 } } }));
  expect(r.state.undo).toBe('《地铁5号线一期今晨开通运营》的图片移动');
  const [left] = await images(s, 1);
  expect(left?.placed?.x).toBeCloseTo(left?.x ?? -1, 3);
  // The frame itself stays where it was.
  expect([left?.x, left?.y, left?.w, left?.h]).toEqual([filled.x, filled.y, filled.w, filled.h]);
  ok(await s.undo());
  ok(await s.undo());
  ok(await s.undo());
  expect((await images(s, 1))[0]).toEqual(filled);
});
