/**
 * The bench's day of copy is what it says: the same files for a seed, about 20 of them, about
 * 70,000 characters, and every file imports into the stories the generator wrote, each title
 * tier read as such and none of them left in the body.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src-main/import/import-file.js';
import { tempFolder } from '../import/temp-files.js';
import { copyChars, dayCopy, type StoryTitles } from './day-copy.js';

const SEED = 20261202;
const write = tempFolder();

describe('dayCopy', () => {
  const files = dayCopy(SEED);

  it('is the same for a seed and differs between seeds', () => {
    expect(dayCopy(SEED)).toEqual(files);
    expect(dayCopy(SEED + 1).map((f) => f.text)).not.toEqual(files.map((f) => f.text));
  });

  it('is about 20 files of 60,000–80,000 characters, one to four stories each', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
    expect(files.length).toBeLessThanOrEqual(22);
    const chars = files.reduce((n, f) => n + copyChars(f.text), 0);
    expect(chars).toBeGreaterThanOrEqual(60_000);
    expect(chars).toBeLessThanOrEqual(80_000);
    for (const f of files) expect(f.stories.length, f.name).toBeGreaterThanOrEqual(1);
    for (const f of files) expect(f.stories.length, f.name).toBeLessThanOrEqual(4);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
  });

  it('never repeats a paragraph', () => {
    const paragraphs = files.flatMap((f) => f.text.split('\n').filter((l) => l.startsWith('　　') && l.length > 40));
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s imports into the stories written, titles as titles', async (_, file) => {
    const { articles } = await importFile(write(file.name, file.text));
    const tiers = articles.map((a): StoryTitles => ({
      ...(a.banner ? { banner: a.banner } : {}),
      ...(a.kicker ? { kicker: a.kicker } : {}),
      headline: a.headline,
      ...(a.subhead ? { subhead: a.subhead } : {}),
    }));
    expect(tiers).toEqual(file.stories);
    const titleLines = new Set(file.stories.flatMap((s) => [s.banner, s.kicker, s.headline, s.subhead]));
    for (const a of articles) for (const p of a.paragraphs) expect(titleLines.has(p), `${a.headline}: ${p}`).toBe(false);
  });
});
