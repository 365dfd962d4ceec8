/** Plain data passed between the composition steps: spans → glyphs → atoms/junctions → lines. */
import type { FontFace } from '../fonts/font-face.js';

/** A stretch of text in one style. A paragraph is a list of spans (e.g. a run-in byline, then body). */
export interface Span {
  text: string;
  role: string;
  size: number;
  /** People's names (a byline, 本报讯（记者 郑可 实习生 卢佳怡）): a line breaks between them, not inside one (words.ts nameBreaks). */
  names?: boolean;
}

/** A glyph with its font, measured in points, and where it came from. */
export interface SetGlyph {
  face: FontFace;
  size: number;
  id: number;
  /** Full advance in pt. */
  advance: number;
  chars: string;
  /** Index of the span, and UTF-16 offset of `chars` in that span's text. */
  span: number;
  offset: number;
  /** Blank halves (pt) still there: a line start or end may remove them. */
  blankL: number;
  blankR: number;
  /** Blank (pt) the punctuation style removed (its scheme, an adjacent mark): never given back. */
  trimL: number;
  trimR: number;
  /** Of its blank, how much (pt) justification may squeeze mid-line: none for a mark beside another. */
  squeeze: number;
  /** Counts toward "a character" on a last line (punctuation does not). */
  letters: number;
}

/** An unbreakable group of glyphs: one ideograph, a Latin word, a number, a —— pair. */
export interface Atom {
  first: number;
  /** One past the last glyph. */
  end: number;
  /** Natural width (the punctuation style's widths), pt. */
  width: number;
  /** What mid-line justification may squeeze from the atom's marks, pt. */
  shrink: number;
  /** The last glyph's trailing blank, all of which line-end compression takes (pt); `trailSqueeze` of it is in `shrink`. */
  trail: number;
  trailSqueeze: number;
  letters: number;
  /** Extra width the atom may hang past the measure when it ends a line (悬挂), pt. */
  hang: number;
  /** Blank before the first glyph that a line start takes (0 unless the style compresses line starts); `leadSqueeze` of it is in `shrink`, which a line start never squeezes. */
  lead: number;
  leadSqueeze: number;
  /** Space (pt) around the glyphs, half before and half after, that fills the atom's grid cells. */
  pad: number;
}

/** What lies between atom k and atom k+1. */
export interface Junction {
  /** Natural width of the space between the atoms, pt (CJK–Latin space, word space). */
  glue: number;
  shrink: number;
  /** Share of inter-character stretch (weight; multiplied by the stretch unit). */
  stretch: number;
  breakable: boolean;
  /** Cost of breaking here (0 normal; more for discouraged breaks). */
  penalty: number;
  /** A space character drawn when the line does not break here. */
  space?: SetGlyph;
  /** A line break typed into the text: every line ends here. */
  forced?: boolean;
  /** Inside a word (text broken at word boundaries only, as headlines are): a break here is reported. */
  inWord?: boolean;
  /** A Latin word hyphenated here: the hyphen drawn at the line end when the line breaks here. */
  hyphen?: SetGlyph;
}

export interface Segmented {
  glyphs: SetGlyph[];
  atoms: Atom[];
  /** junctions[k] lies between atoms[k] and atoms[k+1]. */
  junctions: Junction[];
}

/** A glyph placed on a line: x of its origin and of the pen, relative to the line's start. */
export interface PlacedGlyph {
  glyph: SetGlyph;
  x: number;
  pen: number;
  /** Distance from this glyph's pen position to the next glyph's. */
  advance: number;
  /** Set at half width: its right blank wholly removed, its left blank kept (。， at a line end, 。” pairs). */
  half: boolean;
  /** A hyphen the composer added at a line end: it stands for no character of the text. */
  hyphen?: true;
}

export interface ComposedLine {
  glyphs: PlacedGlyph[];
  /** The measure the line was set to, and the left offset (indent) inside it. */
  measure: number;
  indent: number;
  /** Width actually occupied (advance boxes). */
  width: number;
  last: boolean;
  /** Stretch (>0) or shrink (<0) ratio used to justify; Infinity for an overfull line. */
  ratio: number;
  overfull: boolean;
}

export interface MissingGlyph {
  char: string;
  role: string;
  span: number;
  offset: number;
  /** The face that drew it instead, if any. */
  fallback?: string;
}
