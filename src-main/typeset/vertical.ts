/**
 * Vertical text (竖排): characters top to bottom, one cell each. Ideographs and punctuation take
 * their vertical forms from the font's `vert` feature and one em of height each (fontkit reads
 * `vhea`/`vmtx` wrongly and gives advanceHeight 0, so the em is the advance). Latin letters and
 * numbers stand upright, one per cell, except a number of exactly two digits, which is set side
 * by side in one cell (纵中横, tate-chu-yoko), smaller if it would be wider than the em.
 */
import type { FontFace } from '../fonts/font-face.js';
import type { FontLibrary } from '../fonts/font-library.js';
import { isSpace } from '../model/char-class.js';
import type { MissingGlyph } from './types.js';

export interface VerticalGlyph {
  id: number;
  /** Horizontal advance, pt (at the cell's size). */
  advance: number;
  chars: string;
}

/** One cell of a vertical line: glyphs set horizontally (one, or two for tate-chu-yoko). */
export interface VerticalCell {
  face: FontFace;
  /** The size the glyphs are drawn at (smaller than the line's for a squeezed tate-chu-yoko). */
  size: number;
  glyphs: VerticalGlyph[];
  /** Width of the glyphs side by side, pt. */
  width: number;
  /** Height of the cell along the line, pt. */
  height: number;
  /** UTF-16 offset of the cell's first character in the text. */
  offset: number;
}

export interface VerticalLine {
  cells: VerticalCell[];
  height: number;
  missing: MissingGlyph[];
}

const TCY = /^[0-9]{2}$/;
/** A two-digit number narrower than this share of the em is set at full size. */
const TCY_MAX_WIDTH = 0.95;

/** Sets `text` as one vertical line; `letterSpacing` (em) is added below every cell but the last. */
export function setVertical(text: string, role: string, size: number, letterSpacing: number, fonts: FontLibrary): VerticalLine {
  const face = fonts.role(role);
  const cells: VerticalCell[] = [];
  const missing: MissingGlyph[] = [];
  for (const { chars, offset } of verticalUnits(text)) {
    if (isSpace(chars)) {
      cells.push({ face, size, glyphs: [], width: 0, height: size / 2, offset });
      continue;
    }
    if (TCY.test(chars)) {
      const glyphs = horizontal(face, chars, size);
      const width = glyphs.reduce((w, g) => w + g.advance, 0);
      const scale = Math.min(1, (TCY_MAX_WIDTH * size) / width);
      cells.push({ face, size: size * scale, glyphs: glyphs.map((g) => ({ ...g, advance: g.advance * scale })), width: width * scale, height: size, offset });
      continue;
    }
    const cp = chars.codePointAt(0) ?? 0;
    const own = face.hasChar(cp) ? face : fonts.fallbackFor(face, cp);
    if (own !== face) missing.push({ char: chars, role, span: 0, offset, ...(own ? { fallback: own.key } : {}) });
    const glyph = own ? verticalForm(own, chars, size) : { id: 0, advance: size, chars };
    cells.push({ face: own ?? face, size, glyphs: [glyph], width: glyph.advance, height: size, offset });
  }
  const gap = letterSpacing * size;
  cells.forEach((c, i) => {
    if (i < cells.length - 1) c.height += gap;
  });
  return { cells, height: cells.reduce((h, c) => h + c.height, 0), missing };
}

/** Characters one by one, except a run of exactly two ASCII digits, which stays together. */
function* verticalUnits(text: string): Generator<{ chars: string; offset: number }> {
  let i = 0;
  while (i < text.length) {
    const digits = /^[0-9]+/.exec(text.slice(i))?.[0] ?? '';
    if (digits.length === 2) {
      yield { chars: digits, offset: i };
      i += 2;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    yield { chars: ch, offset: i };
    i += ch.length;
  }
}

const vertCache = new WeakMap<FontFace, Map<string, { id: number; advance: number }>>();

/** The glyph for one character in vertical writing: the `vert` substitute when the font has one. */
function verticalForm(face: FontFace, ch: string, size: number): VerticalGlyph {
  let cache = vertCache.get(face);
  if (!cache) vertCache.set(face, (cache = new Map()));
  let hit = cache.get(ch);
  if (!hit) {
    // fontkit mutates the features list it is given: a fresh one each call.
    const run = face.font.layout(ch, ['vert'], 'hani', 'ZHS');
    const g = run.glyphs[0];
    hit = { id: g?.id ?? 0, advance: (g?.advanceWidth ?? face.font.unitsPerEm) / face.font.unitsPerEm };
    cache.set(ch, hit);
  }
  return { id: hit.id, advance: hit.advance * size, chars: ch };
}

function horizontal(face: FontFace, text: string, size: number): VerticalGlyph[] {
  const run = face.font.layout(text, ['kern']);
  return run.glyphs.map((g, i) => ({
    id: g.id,
    advance: ((run.positions[i]?.xAdvance ?? g.advanceWidth) / face.font.unitsPerEm) * size,
    chars: String.fromCodePoint(...g.codePoints),
  }));
}
