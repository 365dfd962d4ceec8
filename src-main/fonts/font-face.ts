/**
 * One opened font file with the measurements the composer asks for, cached. Shaping goes
 * through fontkit; a plain character costs a cmap lookup once, punctuation and Latin words are
 * shaped (for `locl`, kerning and ligatures) once per distinct string.
 */
import { basename } from 'node:path';
import * as fontkit from 'fontkit';
import { InputError } from '../model/errors.js';
import { isCompressible, isLetterLike, isOpening } from '../model/char-class.js';
import { loadGlyphCache, touchGlyphCache } from './glyph-cache.js';
import { SparseFontFile } from './sparse-font-file.js';

/** A shaped glyph in em units (1 = the font size). */
export interface FaceGlyph {
  id: number;
  /** Advance in em. */
  advance: number;
  /** The characters this glyph stands for (a ligature stands for several). */
  chars: string;
  /** Blank on the left / right half that punctuation compression may remove, in em. */
  blankL: number;
  blankR: number;
  /** How many of `chars` count as characters (letters, digits, ideographs) rather than punctuation. */
  letters: number;
}

const countLetters = (chars: string): number => {
  let n = 0;
  for (const c of chars) if (isLetterLike(c)) n++;
  return n;
};

export class FontFace {
  readonly key: string;
  readonly postscriptName: string;
  /** Ideographic em box: top and bottom of the em square above and below the baseline, in em. */
  readonly emTop: number;
  readonly emBottom: number;
  readonly hasHalt: boolean;
  private readonly clusters: Map<string, FaceGlyph[] | null>;
  /** `char`'s answers by code point. */
  private readonly byCode = new Map<number, FaceGlyph[] | null>();
  private readonly advances: (id: number) => number;

  constructor(
    readonly path: string,
    readonly font: fontkit.Font,
    private readonly file?: SparseFontFile,
  ) {
    this.clusters = loadGlyphCache(path);
    this.postscriptName = font.postscriptName ?? basename(path);
    this.key = this.postscriptName.replace(/[^\w-]/g, '');
    const os2 = (font as unknown as { 'OS/2'?: { typoAscender?: number; typoDescender?: number } })['OS/2'];
    const upm = font.unitsPerEm;
    this.emTop = (os2?.typoAscender ?? 880) / upm;
    this.emBottom = -(os2?.typoDescender ?? -120) / upm;
    this.hasHalt = font.availableFeatures.includes('halt');
    this.advances = advanceReader(font);
    const loca = file?.locaTable();
    // fontkit keeps decoded tables in `_tables` (fontkit 2.0.4, pinned); it then never decodes loca.
    const tables = (font as unknown as { _tables?: Record<string, unknown> })._tables;
    if (loca && tables && !('loca' in tables)) tables.loca = loca;
  }

  static open(path: string): FontFace {
    let font: fontkit.Font | fontkit.FontCollection;
    let file: SparseFontFile;
    try {
      file = SparseFontFile.open(path);
      font = fontkit.create(file.buffer);
    } catch (err) {
      throw new InputError(path, `is not a readable font (${(err as Error).message})`);
    }
    if ('fonts' in font) throw new InputError(path, 'is a font collection; name one of its fonts in the manifest');
    return new FontFace(path, font, file);
  }

  /** Reads the outlines of these glyphs (before a PDF subset of them is written). */
  loadGlyphs(ids: Iterable<number>): void {
    this.file?.loadGlyphs(ids);
  }

  /** A glyph's own advance (hmtx), in em, without kerning. */
  naturalAdvance(id: number): number {
    return this.advances(id) / this.font.unitsPerEm;
  }

  hasChar(cp: number): boolean {
    return this.font.hasGlyphForCodePoint(cp);
  }

  /** One ideograph (or any single character set on its own): a cmap lookup. Null when missing. */
  char(ch: string): FaceGlyph[] | null {
    let hit = this.clusters.get(ch);
    if (hit !== undefined) return hit;
    const cp = ch.codePointAt(0) ?? 0;
    const id = this.font.glyphForCodePoint(cp).id;
    if (id === 0) {
      hit = null;
    } else if (isCompressible(ch) || cp < 0x3000) {
      hit = this.shapePunctuation(ch);
    } else {
      hit = [{ id, advance: this.advances(id) / this.font.unitsPerEm, chars: ch, blankL: 0, blankR: 0, letters: countLetters(ch) }];
    }
    this.remember(ch, hit);
    return hit;
  }

  /** `char` by code point, for the composer's pass over the text: no string is made or hashed once the character is known. */
  charCode(cp: number): FaceGlyph[] | null {
    let hit = this.byCode.get(cp);
    if (hit === undefined) this.byCode.set(cp, (hit = this.char(String.fromCodePoint(cp))));
    return hit;
  }

  /**
   * A cluster shaped as a whole: a Latin word (kerning, ligatures), a number, or a pair such as
   * —— (which Chinese fonts draw as one two-em dash). Null when a character is missing.
   */
  cluster(text: string, script: 'hani' | 'latn'): FaceGlyph[] | null {
    const key = `${script}:${text}`;
    let hit = this.clusters.get(key);
    if (hit !== undefined) return hit;
    hit = null;
    if ([...text].every((c) => this.font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0))) {
      // fontkit mutates the features object: pass a fresh one each time.
      const run = script === 'hani' ? this.font.layout(text, [], 'hani', 'ZHS') : this.font.layout(text, ['kern', 'liga']);
      const upm = this.font.unitsPerEm;
      hit = run.glyphs.map((g, i) => {
        const chars = String.fromCodePoint(...g.codePoints);
        return { id: g.id, advance: (run.positions[i]?.xAdvance ?? g.advanceWidth) / upm, chars, blankL: 0, blankR: 0, letters: countLetters(chars) };
      });
    }
    this.remember(key, hit);
    return hit;
  }

  private remember(key: string, glyphs: FaceGlyph[] | null): void {
    this.clusters.set(key, glyphs);
    touchGlyphCache(this.path, this.clusters);
  }

  /** Full-width punctuation in its Chinese (locl) form, with the blank half measured by `halt`. */
  private shapePunctuation(ch: string): FaceGlyph[] {
    const upm = this.font.unitsPerEm;
    const run = this.font.layout(ch, [], 'hani', 'ZHS');
    const glyph = run.glyphs[0];
    const advance = (run.positions[0]?.xAdvance ?? glyph?.advanceWidth ?? 0) / upm;
    let blankL = 0;
    let blankR = 0;
    if (isCompressible(ch) && advance > 0.9) {
      if (this.hasHalt) {
        const half = this.font.layout(ch, ['halt'], 'hani', 'ZHS').positions[0];
        const blank = advance - (half?.xAdvance ?? upm) / upm;
        if (blank > 0) {
          if ((half?.xOffset ?? 0) < 0) blankL = blank;
          else blankR = blank;
        }
      } else if (isOpening(ch)) {
        blankL = advance / 2;
      } else {
        blankR = advance / 2;
      }
    }
    return [{ id: glyph?.id ?? 0, advance, chars: ch, blankL, blankR, letters: countLetters(ch) }];
  }
}

/**
 * Advance widths straight from the hmtx table. fontkit's Glyph.advanceWidth also decodes vertical
 * metrics, and its per-entry table access costs ~30 µs a glyph; a CJK font sets thousands.
 */
function advanceReader(font: fontkit.Font): (id: number) => number {
  const internals = font as unknown as {
    stream?: { buffer?: Uint8Array };
    directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
    hhea?: { numberOfMetrics?: number };
  };
  const buffer = internals.stream?.buffer;
  const table = internals.directory?.tables?.hmtx;
  const count = internals.hhea?.numberOfMetrics ?? 0;
  if (!buffer || !table || count < 1 || table.offset + count * 4 > buffer.length) {
    return (id) => font.getGlyph(id).advanceWidth;
  }
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return (id) => view.getUint16(table.offset + 4 * Math.min(id, count - 1));
}
