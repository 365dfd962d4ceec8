/**
 * Shaping: spans of text → glyphs with widths in points. Ideographs cost one cached cmap lookup;
 * punctuation is measured with the font's Chinese forms (locl) and its halt feature; Latin words
 * and numbers are shaped whole (kerning, ligatures). A character a font lacks falls back along
 * the font chain and is always reported.
 */
import type { FontFace, FaceGlyph } from '../fonts/font-face.js';
import type { FontLibrary } from '../fonts/font-library.js';
import { isIdeographic, isLineBreakCode, isPairedCode, isSpaceCode } from '../model/char-class.js';
import type { MissingGlyph, SetGlyph, Span } from './types.js';

/** `break`: a line break typed into the text (a forced break, drawn as nothing). */
export type PieceKind = 'ideo' | 'latin' | 'space' | 'paired' | 'break';

/** A run of glyphs that came from one piece of text. */
export interface Piece {
  kind: PieceKind;
  glyphs: SetGlyph[];
  text: string;
}

export interface Shaped {
  pieces: Piece[];
  missing: MissingGlyph[];
}

export function shapeSpans(spans: readonly Span[], fonts: FontLibrary): Shaped {
  const pieces: Piece[] = [];
  const missing: MissingGlyph[] = [];
  spans.forEach((span, s) => {
    const face = fonts.role(span.role);
    forEachPiece(span.text, face, (kind, text, offset, found) => {
      if (kind === 'break') {
        pieces.push({ kind, glyphs: [], text });
        return;
      }
      const glyphs = found
        ? setGlyphs(found, face, span.size, s, offset)
        : fallbackGlyphs(text, face, fonts, { role: span.role, size: span.size, span: s, offset }, missing);
      pieces.push({ kind, glyphs, text });
    });
  });
  return { pieces, missing };
}

/**
 * Splits text into ideographs, —— / …… pairs, Latin words (with numbers), spaces and line breaks, in order,
 * each with the face's glyphs for it (null when the face lacks a character). A callback rather
 * than a generator, and classes read from code points: this runs once for every character of
 * the issue. An ideograph the face knows takes its text from the glyph, so no string is made.
 */
function forEachPiece(text: string, face: FontFace, visit: (kind: PieceKind, text: string, offset: number, found: readonly FaceGlyph[] | null) => void): void {
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const n = cp > 0xffff ? 2 : 1;
    if (isLineBreakCode(cp)) {
      visit('break', text.slice(i, i + 1), i, null);
      i += 1;
    } else if (isSpaceCode(cp)) {
      const ch = text.slice(i, i + n);
      visit('space', ch, i, face.char(ch));
      i += n;
    } else if (isPairedCode(cp)) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) === cp) j++;
      // A run of dashes or ellipses is cut into pairs; an odd one stands alone.
      for (let k = i; k < j; k += 2) {
        const pair = text.slice(k, k + Math.min(2, j - k));
        if (pair.length === 2) visit('paired', pair, k, face.cluster(pair, 'hani'));
        else visit('ideo', pair, k, face.char(pair));
      }
      i = j;
    } else if (isIdeographic(cp)) {
      const found = face.charCode(cp);
      const own = found?.length === 1 ? (found[0] as FaceGlyph).chars : undefined;
      visit('ideo', own !== undefined && own.length === n && own.codePointAt(0) === cp ? own : text.slice(i, i + n), i, found);
      i += n;
    } else {
      let j = i;
      while (j < text.length) {
        const c = text.codePointAt(j) ?? 0;
        if (isIdeographic(c) || isSpaceCode(c) || isLineBreakCode(c)) break;
        j += c > 0xffff ? 2 : 1;
      }
      const word = text.slice(i, j);
      visit('latin', word, i, face.cluster(word, 'latn'));
      i = j;
    }
  }
}

/** Where a piece of text sits: its span's role and size, the span's index, the offset in it. */
interface PieceAt {
  role: string;
  size: number;
  span: number;
  offset: number;
}

/** Character by character through the role's face and then the fallback chain; reports each miss. */
function fallbackGlyphs(text: string, face: FontFace, fonts: FontLibrary, at: PieceAt, missing: MissingGlyph[]): SetGlyph[] {
  const out: SetGlyph[] = [];
  let offset = at.offset;
  for (const ch of text) {
    const own = face.char(ch);
    if (own) {
      out.push(...setGlyphs(own, face, at.size, at.span, offset));
    } else {
      const other = fonts.fallbackFor(face, ch.codePointAt(0) ?? 0);
      const glyphs = other?.char(ch) ?? [{ id: 0, advance: 1, chars: ch, blankL: 0, blankR: 0, letters: 1 }];
      out.push(...setGlyphs(glyphs, other ?? face, at.size, at.span, offset));
      missing.push({ char: ch, role: at.role, span: at.span, offset, ...(other ? { fallback: other.key } : {}) });
    }
    offset += ch.length;
  }
  return out;
}

/** Face glyphs as set glyphs at `size`, the first standing at `offset` of span `span`. */
export function setGlyphs(glyphs: readonly FaceGlyph[], face: FontFace, size: number, span: number, offset: number): SetGlyph[] {
  const out: SetGlyph[] = new Array<SetGlyph>(glyphs.length);
  let at = offset;
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i] as FaceGlyph;
    out[i] = {
      face,
      size,
      id: g.id,
      advance: g.advance * size,
      chars: g.chars,
      span,
      offset: at,
      blankL: g.blankL * size,
      blankR: g.blankR * size,
      trimL: 0,
      trimR: 0,
      squeeze: 0,
      letters: g.letters,
    };
    at += g.chars.length;
  }
  return out;
}
