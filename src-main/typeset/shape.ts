/**
 * Shaping: spans of text → glyphs with widths in points. Ideographs cost one cached cmap lookup;
 * punctuation is measured with the font's Chinese forms (locl) and its halt feature; Latin words
 * and numbers are shaped whole (kerning, ligatures). A character a font lacks falls back along
 * the font chain and is always reported.
 */
import type { FontFace, FaceGlyph } from '../fonts/font-face.js';
import type { FontLibrary } from '../fonts/font-library.js';
import { isIdeographic, isPaired, isSpace } from '../model/char-class.js';
import type { MissingGlyph, SetGlyph, Span } from './types.js';

export type PieceKind = 'ideo' | 'latin' | 'space' | 'paired';

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
    forEachPiece(span.text, (kind, text, offset) => {
      const found = kind === 'latin' ? face.cluster(text, 'latn') : kind === 'paired' ? face.cluster(text, 'hani') : face.char(text);
      const glyphs = found
        ? placeGlyphs(found, face, span.size, s, offset)
        : fallbackGlyphs(text, face, fonts, { role: span.role, size: span.size, span: s, offset }, missing);
      pieces.push({ kind, glyphs, text });
    });
  });
  return { pieces, missing };
}

/**
 * Splits text into ideographs, —— / …… pairs, Latin words (with numbers) and spaces, in order.
 * A callback rather than a generator: this runs once for every character of the issue.
 */
export function forEachPiece(text: string, visit: (kind: PieceKind, text: string, offset: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = cp > 0xffff ? text.slice(i, i + 2) : (text[i] as string);
    if (isSpace(ch)) {
      visit('space', ch, i);
      i += ch.length;
    } else if (isPaired(ch)) {
      let j = i + 1;
      while (j < text.length && text[j] === ch) j++;
      // A run of dashes or ellipses is cut into pairs; an odd one stands alone.
      for (let k = i; k < j; k += 2) {
        const n = Math.min(2, j - k);
        visit(n === 2 ? 'paired' : 'ideo', text.slice(k, k + n), k);
      }
      i = j;
    } else if (isIdeographic(cp)) {
      visit('ideo', ch, i);
      i += ch.length;
    } else {
      let j = i;
      while (j < text.length) {
        const c = text.codePointAt(j) ?? 0;
        if (isIdeographic(c) || isSpace(c > 0xffff ? text.slice(j, j + 2) : (text[j] as string))) break;
        j += c > 0xffff ? 2 : 1;
      }
      visit('latin', text.slice(i, j), i);
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
      out.push(...placeGlyphs(own, face, at.size, at.span, offset));
    } else {
      const other = fonts.fallbacksFor(face).find((f) => f.char(ch));
      const glyphs = other?.char(ch) ?? [{ id: 0, advance: 1, chars: ch, blankL: 0, blankR: 0, letters: 1 }];
      out.push(...placeGlyphs(glyphs, other ?? face, at.size, at.span, offset));
      missing.push({ char: ch, role: at.role, span: at.span, offset, ...(other ? { fallback: other.key } : {}) });
    }
    offset += ch.length;
  }
  return out;
}

function placeGlyphs(glyphs: readonly FaceGlyph[], face: FontFace, size: number, span: number, offset: number): SetGlyph[] {
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
      restL: 0,
      restR: 0,
      letters: g.letters,
    };
    at += g.chars.length;
  }
  return out;
}
