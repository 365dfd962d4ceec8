/**
 * Shaping: spans of text → glyphs with widths in points. Ideographs cost one cached cmap lookup;
 * punctuation is measured with the font's Chinese forms (locl) and its halt feature; Latin words
 * and numbers are shaped whole (kerning, ligatures). A character a font lacks falls back along
 * the font chain and is always reported.
 */
import type { FontFace, FaceGlyph } from '../fonts/font-face.js';
import type { FontLibrary } from '../fonts/font-library.js';
import { isIdeographic, isPaired, isSpace } from './char-class.js';
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
    for (const { kind, text, offset } of splitPieces(span.text)) {
      const found = kind === 'latin' ? face.cluster(text, 'latn') : kind === 'paired' ? face.cluster(text, 'hani') : face.char(text);
      const { glyphs, faces } = found
        ? { glyphs: found, faces: found.length === 1 ? [face] : found.map(() => face) }
        : fallbackGlyphs(text, face, fonts, span.role, s, offset, missing);
      pieces.push({ kind, glyphs: placeGlyphs(glyphs, faces, span.size, s, offset), text });
    }
  });
  return { pieces, missing };
}

interface PieceText {
  kind: PieceKind;
  text: string;
  offset: number;
}

/** Splits text into ideographs, —— / …… pairs, Latin words (with numbers) and spaces. */
export function* splitPieces(text: string): Generator<PieceText> {
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (isSpace(ch)) {
      yield { kind: 'space', text: ch, offset: i };
      i += ch.length;
    } else if (isPaired(ch)) {
      let j = i + 1;
      while (j < text.length && text[j] === ch) j++;
      // A run of dashes or ellipses is cut into pairs; an odd one stands alone.
      for (let k = i; k < j; k += 2) {
        const n = Math.min(2, j - k);
        yield { kind: n === 2 ? 'paired' : 'ideo', text: text.slice(k, k + n), offset: k };
      }
      i = j;
    } else if (isIdeographic(cp)) {
      yield { kind: 'ideo', text: ch, offset: i };
      i += ch.length;
    } else {
      let j = i;
      while (j < text.length) {
        const c = text.codePointAt(j) ?? 0;
        const s = String.fromCodePoint(c);
        if (isSpace(s) || isIdeographic(c)) break;
        j += s.length;
      }
      yield { kind: 'latin', text: text.slice(i, j), offset: i };
      i = j;
    }
  }
}

interface FallbackResult {
  glyphs: FaceGlyph[];
  faces: FontFace[];
}

/** Character by character through the role's face and then the fallback chain; reports each miss. */
function fallbackGlyphs(
  text: string,
  face: FontFace,
  fonts: FontLibrary,
  role: string,
  span: number,
  offset: number,
  missing: MissingGlyph[],
): FallbackResult {
  const out: FallbackResult = { glyphs: [], faces: [] };
  let at = offset;
  for (const ch of text) {
    const own = face.char(ch);
    if (own) {
      out.glyphs.push(...own);
      own.forEach(() => out.faces.push(face));
    } else {
      const other = fonts.fallbacksFor(face).find((f) => f.char(ch));
      const glyphs = other?.char(ch) ?? [{ id: 0, advance: 1, chars: ch, blankL: 0, blankR: 0, letters: 1 }];
      out.glyphs.push(...glyphs);
      glyphs.forEach(() => out.faces.push(other ?? face));
      missing.push({ char: ch, role, span, offset: at, ...(other ? { fallback: other.key } : {}) });
    }
    at += ch.length;
  }
  return out;
}

function placeGlyphs(glyphs: readonly FaceGlyph[], faces: readonly FontFace[], size: number, span: number, offset: number): SetGlyph[] {
  const out: SetGlyph[] = new Array<SetGlyph>(glyphs.length);
  let at = offset;
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i] as FaceGlyph;
    out[i] = {
      face: faces[i] as FontFace,
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
