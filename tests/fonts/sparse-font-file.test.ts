/**
 * The font file read without its outlines: on every bundled font, everything but glyf is the
 * file's own bytes, fontkit measures and shapes from it as from the whole file, and the outlines
 * read in are the file's. Composite glyphs and short loca offsets (which no bundled font has)
 * are checked on a small font built here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../../src-main/fonts/manifest.js';
import { SparseFontFile } from '../../src-main/fonts/sparse-font-file.js';

/** The table directory of a TrueType file, read here apart from the module under test. */
function tables(file: Buffer): Map<string, { offset: number; length: number }> {
  const out = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < file.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    out.set(file.toString('latin1', at, at + 4), { offset: file.readUInt32BE(at + 8), length: file.readUInt32BE(at + 12) });
  }
  return out;
}

function fontOf(bytes: Buffer): fontkit.Font {
  const font = fontkit.create(bytes);
  if ('fonts' in font) throw new Error('a collection');
  return font;
}

const TEXT = '版面排字，“新闻”。Banmian 2026';
const NOT_LOADED = '龘';

const files = [...new Set(loadManifest().roles.values())];

describe.each(files.map((f) => [f.replace(/.*\//, ''), f]))('%s', (_name, path) => {
  const whole = readFileSync(path);
  const wholeFont = fontOf(whole);
  const sparse = SparseFontFile.open(path);

  test('is the size of the file, with every table but glyf as in the file, and glyf still empty', () => {
    expect(sparse.buffer.length).toBe(whole.length);
    const dir = tables(whole);
    expect(dir.has('glyf')).toBe(true);
    for (const [tag, t] of dir) {
      const part = (b: Buffer): Buffer => b.subarray(t.offset, t.offset + t.length);
      if (tag === 'glyf') expect(part(sparse.buffer).equals(Buffer.alloc(t.length)), tag).toBe(true);
      else expect(part(sparse.buffer).equals(part(whole)), tag).toBe(true);
    }
  });

  test('fontkit shapes and measures from it exactly as from the whole file', () => {
    const font = fontOf(sparse.buffer);
    const run = (f: fontkit.Font) => {
      const r = f.layout(TEXT, [], 'hani', 'ZHS');
      return r.glyphs.map((g, i) => [g.id, r.positions[i]?.xAdvance]);
    };
    expect(run(font)).toEqual(run(wholeFont));
    expect(font.postscriptName).toBe(wholeFont.postscriptName);
    expect(font.unitsPerEm).toBe(wholeFont.unitsPerEm);
  });

  test('outlines read in are the whole file’s; control: one not read in is still empty', () => {
    const ids = wholeFont.layout(TEXT).glyphs.map((g) => g.id);
    sparse.loadGlyphs(ids);
    // Read twice, and ids outside the font, change nothing.
    sparse.loadGlyphs([...ids, -1, 1_000_000]);
    const font = fontOf(sparse.buffer);
    const outline = (f: fontkit.Font, id: number): string => f.getGlyph(id).path.toSVG();
    for (const id of ids) expect(outline(font, id), `glyph ${id}`).toBe(outline(wholeFont, id));
    const other = wholeFont.glyphForCodePoint(NOT_LOADED.codePointAt(0) ?? 0).id;
    expect(ids).not.toContain(other);
    expect(outline(wholeFont, other)).not.toBe('');
    expect(outline(font, other)).toBe('');
  });
});

/** A TrueType file of just head, loca and glyf: all SparseFontFile reads. */
function tinyFont(tag: string, glyphs: Buffer[], shortLoca: boolean): Buffer {
  const head = Buffer.alloc(54);
  head.writeInt16BE(shortLoca ? 0 : 1, 50);
  const glyf = Buffer.concat(glyphs);
  const offsets = glyphs.reduce<number[]>((o, g) => [...o, (o[o.length - 1] ?? 0) + g.length], [0]);
  const loca = Buffer.alloc(offsets.length * (shortLoca ? 2 : 4));
  offsets.forEach((o, i) => (shortLoca ? loca.writeUInt16BE(o / 2, 2 * i) : loca.writeUInt32BE(o, 4 * i)));
  const parts: Array<[string, Buffer]> = [['glyf', glyf], ['head', head], ['loca', loca]];
  const directory = Buffer.alloc(12 + 16 * parts.length);
  directory.write(tag, 0, 'latin1');
  directory.writeUInt16BE(parts.length, 4);
  let at = directory.length;
  parts.forEach(([name, data], i) => {
    directory.write(name, 12 + 16 * i, 'latin1');
    directory.writeUInt32BE(at, 12 + 16 * i + 8);
    directory.writeUInt32BE(data.length, 12 + 16 * i + 12);
    at += data.length;
  });
  return Buffer.concat([directory, ...parts.map(([, data]) => data)]);
}

/** A simple glyph of `size` bytes (even), filled with a byte of its own after the header. */
function simple(fill: number, size = 16): Buffer {
  const g = Buffer.alloc(size, fill);
  g.writeInt16BE(1, 0);
  return g;
}

const F = { ARGS_ARE_WORDS: 0x0001, HAVE_SCALE: 0x0008, MORE: 0x0020, XY_SCALE: 0x0040, TWO_BY_TWO: 0x0080 };

/** A composite glyph of components [flags, glyph id]; argument and transform bytes sized by the flags. */
function composite(components: Array<[number, number]>): Buffer {
  const parts = components.map(([flags, id], i) => {
    const more = i < components.length - 1 ? F.MORE : 0;
    const args = flags & F.ARGS_ARE_WORDS ? 4 : 2;
    const transform = flags & F.HAVE_SCALE ? 2 : flags & F.XY_SCALE ? 4 : flags & F.TWO_BY_TWO ? 8 : 0;
    // Argument and transform bytes of 0xff: misread as a flag or an id, they would name glyph 65535.
    const c = Buffer.alloc(4 + args + transform, 0xff);
    c.writeUInt16BE(flags | more, 0);
    c.writeUInt16BE(id, 2);
    return c;
  });
  const header = Buffer.alloc(10);
  header.writeInt16BE(-1, 0);
  const g = Buffer.concat([header, ...parts]);
  return g.length % 2 ? Buffer.concat([g, Buffer.alloc(1)]) : g;
}

describe('composite glyphs and loca formats, on a font built here', () => {
  const glyphs = [
    simple(0x10),
    simple(0x11),
    simple(0x12),
    simple(0x13),
    simple(0x14),
    // 5: every kind of argument and transform, so that each component is found after the one before.
    composite([[F.ARGS_ARE_WORDS | F.HAVE_SCALE, 1], [F.XY_SCALE, 2], [F.ARGS_ARE_WORDS | F.TWO_BY_TWO, 3]]),
    // 6: a composite of a composite.
    composite([[0, 5]]),
    Buffer.alloc(0),
    simple(0x18),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'banmian-sparse-'));

  for (const shortLoca of [true, false]) {
    const path = join(dir, `tiny-${shortLoca ? 'short' : 'long'}.ttf`);
    const bytes = tinyFont('\x00\x01\x00\x00', glyphs, shortLoca);
    writeFileSync(path, bytes);
    // glyf comes first, right after the directory of three tables.
    const glyfAt = 12 + 16 * 3;
    const starts = glyphs.reduce<number[]>((o, g) => [...o, (o[o.length - 1] ?? 0) + g.length], [0]);
    const loaded = (file: SparseFontFile): number[] =>
      glyphs.flatMap((g, id) => {
        const at = glyfAt + (starts[id] ?? 0);
        return g.length > 0 && file.buffer.subarray(at, at + g.length).equals(bytes.subarray(at, at + g.length)) ? [id] : [];
      });

    test(`${shortLoca ? 'short' : 'long'} loca: a composite brings in its components, through nested composites`, () => {
      const file = SparseFontFile.open(path);
      expect(loaded(file)).toEqual([]);
      file.loadGlyphs([6]);
      expect(loaded(file)).toEqual([1, 2, 3, 5, 6]);
    });

    test(`${shortLoca ? 'short' : 'long'} loca: control: simple glyphs bring in nothing else; an empty glyph reads nothing`, () => {
      const file = SparseFontFile.open(path);
      file.loadGlyphs([4, 7, 8]);
      expect(loaded(file)).toEqual([4, 8]);
    });
  }

  test('a file that is not TrueType (CFF, a collection) is read whole, and loading glyphs does nothing', () => {
    const path = join(dir, 'cff.otf');
    const bytes = tinyFont('OTTO', glyphs, false);
    writeFileSync(path, bytes);
    const file = SparseFontFile.open(path);
    expect(file.buffer.equals(bytes)).toBe(true);
    file.loadGlyphs([6]);
    expect(file.buffer.equals(bytes)).toBe(true);
  });
});
