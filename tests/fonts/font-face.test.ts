/** A font face's measurements against fontkit's own reading of the whole file. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { FontFace } from '../../src-main/fonts/font-face.js';
import { loadManifest } from '../../src-main/fonts/manifest.js';

// Measure afresh: a glyph cache from other runs must not stand in for the face's own shaping.
process.env.BANMIAN_CACHE_DIR = mkdtempSync(join(tmpdir(), 'banmian-face-cache-'));

const path = loadManifest().roles.get('body-song') ?? '';
const face = FontFace.open(path);
const whole = fontkit.create(readFileSync(path));
if ('fonts' in whole) throw new Error('a collection');
const upm = whole.unitsPerEm;
const id = (ch: string): number => whole.glyphForCodePoint(ch.codePointAt(0) ?? 0).id;

describe('names and metrics', () => {
  test('the PostScript name names the face and keys it', () => {
    expect(face.postscriptName).toBe(whole.postscriptName);
    expect(face.key).toBe('NotoSerifSC-Regular');
  });

  test('the ideographic em box from OS/2 typo ascender and descender', () => {
    const os2 = (whole as unknown as { 'OS/2': { typoAscender: number; typoDescender: number } })['OS/2'];
    expect(face.emTop).toBe(os2.typoAscender / upm);
    expect(face.emBottom).toBe(-os2.typoDescender / upm);
    expect(face.emTop + face.emBottom).toBeCloseTo(1, 9);
  });

  test('advances read straight from hmtx are fontkit’s', () => {
    for (const ch of ['中', '，', 'A', 'i', 'W', '1', ' ']) expect(face.naturalAdvance(id(ch)), ch).toBe(whole.getGlyph(id(ch)).advanceWidth / upm);
  });
});

describe('characters', () => {
  test('an ideograph is its cmap glyph, one em wide, a letter with no blank to take away', () => {
    expect(face.char('中')).toEqual([{ id: id('中'), advance: 1, chars: '中', blankL: 0, blankR: 0, letters: 1 }]);
  });

  test('a character the font lacks is null; hasChar says the same', () => {
    expect(face.char('\u{1F600}')).toBeNull();
    expect(face.hasChar(0x1f600)).toBe(false);
    expect(face.hasChar('中'.codePointAt(0) ?? 0)).toBe(true);
  });

  test('full-width punctuation has its blank half on the side away from what it belongs to', () => {
    const blanks = (ch: string): [number, number] => {
      const g = face.char(ch)?.[0];
      return [g?.blankL ?? NaN, g?.blankR ?? NaN];
    };
    for (const ch of ['，', '。', '、', '）', '”']) expect(blanks(ch), ch).toEqual([0, 0.5]);
    for (const ch of ['（', '“']) expect(blanks(ch), ch).toEqual([0.5, 0]);
    expect(face.char('，')?.[0]?.letters).toBe(0);
  });
});

describe('clusters', () => {
  test('a Latin word is kerned: AV is narrower than A and V set apart', () => {
    const av = face.cluster('AV', 'latn') ?? [];
    expect(av.map((g) => g.chars)).toEqual(['A', 'V']);
    expect(av[0]?.advance).toBeLessThan(face.naturalAdvance(id('A')));
  });

  test('ligatures stand for all their characters', () => {
    expect(face.cluster('fi', 'latn')).toEqual([expect.objectContaining({ chars: 'fi', letters: 2 })]);
    expect(face.cluster('Banmian', 'latn')?.map((g) => g.chars).join('')).toBe('Banmian');
  });

  test('a two-em dash is one glyph two ems wide', () => {
    expect(face.cluster('——', 'hani')).toEqual([expect.objectContaining({ chars: '——', advance: 2, letters: 0 })]);
  });

  test('a cluster with a character the font lacks is null', () => {
    expect(face.cluster('A\u{1F600}', 'latn')).toBeNull();
  });
});
