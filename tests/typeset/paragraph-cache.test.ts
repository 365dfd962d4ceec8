/**
 * The shared cache of composed paragraphs is bounded by characters (issue 13: `serve` grew by
 * hundreds of megabytes in a minute of edits from ten windows, and kept them): paragraphs set past
 * the bound push out the oldest, and a paragraph set again is still found while it is kept.
 */
import { expect, test } from 'vitest';
import { FontLibrary } from '../../src-main/fonts/font-library.js';
import { BODY_STYLE, CACHE_CHARS, cachedCharacters, composeParagraph } from '../../src-main/typeset/paragraph.js';
import { newsText } from '../helpers/issue.js';

test('paragraphs of more characters than the bound leave the cache at the bound, the newest found again', () => {
  const fonts = FontLibrary.load();
  const style = { ...BODY_STYLE, em: 9, indent: 18 };
  const set = (n: number) => composeParagraph([{ text: `${n}：${newsText(300, n)}`, role: 'body-song', size: 9 }], style, () => 13 * 9, fonts);
  const count = Math.ceil((CACHE_CHARS * 1.5) / 300);
  for (let n = 0; n < count; n++) set(n);
  expect(cachedCharacters(fonts)).toBeGreaterThan(CACHE_CHARS * 0.9);
  expect(cachedCharacters(fonts)).toBeLessThanOrEqual(CACHE_CHARS);
  // The newest is the same object when set again (new spans, same text): found, not set anew.
  expect(set(count - 1)).toBe(set(count - 1));
});
