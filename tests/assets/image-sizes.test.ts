/** The issue's image files read before composing: pixel sizes by the article's src, read again only when a file changes. */
import { copyFileSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ImageSizeReader, readImageSizes } from '../../src-main/assets/image-sizes.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { makeIssue } from '../helpers/issue.js';

const PHOTO = join(projectRoot(), 'templates', 'sample-issue', 'metro-line5.png');
const issueWith = (...srcs: string[]) => makeIssue([{ id: 'a', paragraphs: ['文。'], images: srcs.map((src) => ({ src })) }], [[]]);

describe('image sizes', () => {
  test('each src is taken from the folder of the issue file and read for its pixel size; a file that is not there is told from one that is no image', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banmian-images-'));
    copyFileSync(PHOTO, join(dir, 'photo.png'));
    writeFileSync(join(dir, 'notes.png'), 'not an image');
    const sizes = readImageSizes(issueWith('photo.png', 'notes.png', 'gone.jpg'), join(dir, 'issue.banmian.json'));
    expect(sizes.of('photo.png')).toEqual({ path: join(dir, 'photo.png'), pixels: { width: 1200, height: 680 } });
    expect(sizes.of('notes.png')).toEqual({ path: join(dir, 'notes.png') });
    expect(sizes.of('gone.jpg')).toEqual({ path: join(dir, 'gone.jpg'), missing: true });
  });

  test('a reader kept between compositions sees a file that changed, and one that appeared', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banmian-images-'));
    const file = join(dir, 'photo.png');
    const issue = issueWith('photo.png');
    const reader = new ImageSizeReader();
    expect(reader.sizesOf(issue, join(dir, 'i.json')).of('photo.png').pixels).toBeUndefined();
    copyFileSync(PHOTO, file);
    expect(reader.sizesOf(issue, join(dir, 'i.json')).of('photo.png').pixels).toEqual({ width: 1200, height: 680 });
    writeFileSync(file, 'damaged');
    utimesSync(file, new Date(0), new Date(0));
    expect(reader.sizesOf(issue, join(dir, 'i.json')).of('photo.png').pixels).toBeUndefined();
  });
});
