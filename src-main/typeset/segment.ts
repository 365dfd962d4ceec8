/**
 * Segmentation: shaped pieces → atoms (what may not be split) and the junctions between them
 * (where a line may break, and how much space each may take or give). This is where the clreq
 * rules live: line-start and line-end prohibitions, the punctuation style's widths, and
 * CJK–Latin spacing.
 */
import { isHan, isNoEnd, isNoStart } from '../model/char-class.js';
import type { Punctuation } from '../model/template.js';
import { hyphenPoints } from './hyphenate.js';
import { setGlyphs, type Piece } from './shape.js';
import type { Atom, Junction, Segmented, SetGlyph } from './types.js';
import { keepsWithNumber, WORD_BREAK } from './words.js';

export interface SpacingStyle {
  /** Space between Han and Latin letters or digits, in em of the body size (clreq: 1/4). */
  latinSpace: number;
  /** Body size in pt: the em of the spacing rules. */
  em: number;
  /** Allow 。，、 to hang past the measure at a line end (悬挂). */
  hanging: boolean;
  /** Atoms wider than this are split at safe points (long URLs, words wider than the column). */
  maxAtomWidth: number;
  /**
   * Character grid (每行字数固定): every atom takes whole cells of one em (a Latin word is centred
   * in the cells it needs), punctuation keeps its full cell, so a full line is N cells exactly.
   */
  grid: boolean;
  punctuation: Punctuation;
  /**
   * Where breaks are welcome, for text broken at word boundaries (headlines, and the names of a
   * byline in body text): per span, at each UTF-16 offset, the `WORD_BREAK` level before that
   * character. Absent (or absent for a span): anywhere, as body text breaks.
   */
  words?: ReadonlyArray<Uint8Array | undefined>;
  /**
   * Spans of people's names (a byline): their spaces separate people, so a break is welcome
   * there, a lone 　 does not bind the names beside it, and they take a line's slack first.
   */
  names?: ReadonlyArray<boolean>;
}


/** Breaks a line may take but should avoid: before a whole ——/…… pair, inside an over-wide word. */
const PENALTY_PAIR_START = 40;
/** Breaks inside a Latin word or URL: at a hyphenation point (TeX's hyphenpenalty), after a hard hyphen, after a URL's / or ., anywhere. */
const PENALTY_SPLIT = { hyphen: 50, 'hard-hyphen': 50, 'url-safe': 20, url: 300, 'url-edge': 1000, word: 1000 } as const;
/**
 * Their share of a line's stretch. Letters are not spaced: a tenth of a junction between
 * characters, so a line all of one word is still flush; a URL's safe breaks take a full share
 * (the space falls after its / and ., as TeX's url package puts it).
 */
const STRETCH_SPLIT = { hyphen: 0.1, 'hard-hyphen': 0.1, 'url-safe': 1, url: 0.1, 'url-edge': 0.1, word: 0.3 } as const;
/** A space between names in a byline takes this many shares of a line's stretch (a junction between characters takes one). */
const NAME_SPACE_STRETCH = 5;
/** Text broken at words (by `WORD_BREAK` level): inside a word costs more than the loosest line. */
const PENALTY_BY_WORD_BREAK = [3000, 600, 150, 0];

export function segment(pieces: readonly Piece[], style: SpacingStyle): Segmented {
  const glyphs: SetGlyph[] = [];
  const atoms: Atom[] = [];
  const junctions: Junction[] = [];
  let spaces: SetGlyph[] = [];
  let forced = false;
  let prevPiece: SplitPiece | undefined;

  for (const piece of splitWords(pieces, style)) {
    if (piece.kind === 'space') {
      spaces.push(...piece.glyphs);
      continue;
    }
    if (piece.kind === 'break') {
      // Line breaks before the first piece or after the last are dropped; several are one.
      forced = prevPiece !== undefined;
      continue;
    }
    const first = glyphs.length;
    for (const g of piece.glyphs) glyphs.push(g);
    if (prevPiece) junctions.push(forced ? FORCED_BREAK : junctionBetween(prevPiece, piece, spaces, style));
    forced = false;
    atoms.push({ first, end: glyphs.length, width: 0, shrink: 0, trail: 0, trailSqueeze: 0, letters: 0, hang: 0, lead: 0, leadSqueeze: 0, pad: 0 });
    spaces = [];
    prevPiece = piece;
  }
  if (style.grid) {
    for (const g of glyphs) g.blankL = g.blankR = 0;
  } else {
    setPunctuation(glyphs, style.punctuation);
  }
  for (const atom of atoms) measureAtom(atom, glyphs, style);
  return { glyphs, atoms, junctions };
}

function junctionBetween(a: SplitPiece, b: SplitPiece, spaces: readonly SetGlyph[], style: SpacingStyle): Junction {
  const last = lastChar(a.text);
  const next = firstChar(b.text);
  const kinsoku = !isNoEnd(last) && !isNoStart(next) && !keepsWithNumber(last, b.text);
  const space = spaces[0];
  if (space && style.names?.[space.span] && style.words) {
    // A word space between names may close up where a name would otherwise be cut; a 　 halves.
    const wide = space.chars === '\u3000';
    const glue = wide ? spaces.reduce((w, g) => w + g.advance, 0) : space.advance;
    return { glue, shrink: wide ? glue / 2 : glue, stretch: NAME_SPACE_STRETCH, breakable: kinsoku, penalty: PENALTY_BY_WORD_BREAK[wordBreakBefore(b, style.words)] ?? 0, space };
  }
  if (space && space.chars === '\u3000') {
    // Full-width spaces keep their whole width (they pad names and separate list items). One
    // between two ideographs binds them (王　芳); a run of them is a place to break, dropped there.
    const glue = spaces.reduce((w, g) => w + g.advance, 0);
    const binds = spaces.length === 1 && isHan(last.codePointAt(0) ?? 0) && isHan(next.codePointAt(0) ?? 0);
    return { glue, shrink: 0, stretch: 1, breakable: kinsoku && !binds, penalty: 0, space };
  }
  if (space) {
    // A run of word spaces is one space; its first character is drawn.
    return { glue: space.advance, shrink: space.advance / 3, stretch: 1.5, breakable: kinsoku, penalty: 0, space };
  }
  // Inside a word or URL cut into parts: a hyphen drawn where one is due, and no letter-spacing
  // but a trace where a line may be all letters (a URL, a word wider than the column).
  if (a.split) return { glue: 0, shrink: 0, stretch: STRETCH_SPLIT[a.split], breakable: kinsoku, penalty: PENALTY_SPLIT[a.split], ...(a.hyphen ? { hyphen: a.hyphen } : {}) };
  const breakable = kinsoku && !(a.kind === 'latin' && b.kind === 'latin');
  let penalty = b.kind === 'paired' ? PENALTY_PAIR_START : 0;
  const word = style.words && breakable ? wordBreakBefore(b, style.words) : WORD_BREAK.betweenWords;
  penalty += PENALTY_BY_WORD_BREAK[word] ?? 0;
  const inWord = word === WORD_BREAK.inWord ? { inWord: true } : {};
  if (needsLatinSpace(a, b, last, next)) {
    const glue = style.latinSpace * style.em;
    return { glue, shrink: glue / 2, stretch: 1, breakable, penalty, ...inWord };
  }
  // Every junction between characters takes an equal share of the stretch.
  if (penalty === 0) return breakable ? PLAIN_BREAK : PLAIN_BOUND;
  return { glue: 0, shrink: 0, stretch: 1, breakable, penalty, ...inWord };
}

function wordBreakBefore(b: Piece, words: ReadonlyArray<Uint8Array | undefined>): number {
  const g = b.glyphs[0];
  return g ? (words[g.span]?.[g.offset] ?? WORD_BREAK.betweenWords) : WORD_BREAK.betweenWords;
}

/** A line break typed into the text: every line ends here, whatever the rules of the marks around it. */
const FORCED_BREAK: Junction = Object.freeze({ glue: 0, shrink: 0, stretch: 0, breakable: true, penalty: 0, forced: true });

/** The junction between most pairs of ideographs, shared: junctions are never changed once made. */
const PLAIN_BREAK: Junction = Object.freeze({ glue: 0, shrink: 0, stretch: 1, breakable: true, penalty: 0 });
const PLAIN_BOUND: Junction = Object.freeze({ glue: 0, shrink: 0, stretch: 1, breakable: false, penalty: 0 });

const LATIN_ALNUM = /[A-Za-z0-9\u00c0-\u024f]/;
const alnum = (c: string): boolean => LATIN_ALNUM.test(c);

/** CJK–Latin spacing: between a Han character and a Latin letter or digit, either way round. */
function needsLatinSpace(a: Piece, b: Piece, last: string, next: string): boolean {
  if (a.kind === 'ideo' && b.kind === 'latin') return isHan(last.codePointAt(0) ?? 0) && alnum(next);
  if (a.kind === 'latin' && b.kind === 'ideo') return alnum(last) && isHan(next.codePointAt(0) ?? 0);
  return false;
}

/** Marks 开明式 keeps at a full em: the stops that end a sentence. */
const FULL_IN_KAIMING = new Set(['。', '？', '！']);

const isMark = (g: SetGlyph): boolean => g.blankL > 0 || g.blankR > 0;

function trim(g: SetGlyph): void {
  g.trimL += g.blankL;
  g.trimR += g.blankR;
  g.blankL = g.blankR = 0;
}

/**
 * The punctuation style's widths (clreq 3.1.6), fixed before any line is made. The scheme trims
 * marks to half (开明式: all but 。？！; 半角式: all). Of two adjacent marks the first gives up its
 * trailing blank, and of two openings the second its leading one, so a pair keeps one half em of
 * blank between its ink (。” ）。 ，“ → 1.5 em in 全角式). Only a single mark may be squeezed mid-line,
 * and by at most `squeeze` em: a pair is never narrowed or widened by justification.
 */
function setPunctuation(glyphs: SetGlyph[], style: Punctuation): void {
  const marks = glyphs.map(isMark);
  if (style.scheme !== 'quanjiao') {
    for (const g of glyphs) if (style.scheme === 'banjiao' || !FULL_IN_KAIMING.has(g.chars)) trim(g);
  }
  for (let i = 1; i < glyphs.length; i++) {
    if (!marks[i - 1] || !marks[i]) continue;
    const a = glyphs[i - 1] as SetGlyph;
    const b = glyphs[i] as SetGlyph;
    if (a.blankR > 0) {
      a.trimR += a.blankR;
      a.blankR = 0;
    } else if (a.blankL + a.trimL > 0 && b.blankL > 0) {
      b.trimL += b.blankL;
      b.blankL = 0;
    }
  }
  if (style.scheme === 'kaiming') keepSentenceBlank(glyphs, marks);
  for (let i = 0; i < glyphs.length; i++) {
    if (!marks[i] || marks[i - 1] || marks[i + 1]) continue;
    const g = glyphs[i] as SetGlyph;
    g.squeeze = Math.min(g.blankL + g.blankR, style.squeeze * g.size);
  }
}

/**
 * 开明式 keeps a full blank after the end of a sentence: where a stop (。？！) is followed by closing
 * marks (。” ！）) and the pair rule left no blank in the run, the last closing mark gets its
 * trailing blank back, so 。” is 1.5 em as in 全角式 and 。”“ keeps one half-em between ” and “.
 */
function keepSentenceBlank(glyphs: SetGlyph[], marks: boolean[]): void {
  const closing = (g: SetGlyph): boolean => g.blankR + g.trimR > 0 && g.blankL + g.trimL === 0;
  for (let i = 0; i + 1 < glyphs.length; i++) {
    if (!FULL_IN_KAIMING.has((glyphs[i] as SetGlyph).chars) || !marks[i + 1]) continue;
    let j = i;
    while (marks[j + 1] && closing(glyphs[j + 1] as SetGlyph)) j++;
    if (j === i) continue;
    let blank = marks[j + 1] ? (glyphs[j + 1] as SetGlyph).blankL : 0;
    for (let k = i; k <= j; k++) blank += (glyphs[k] as SetGlyph).blankL + (glyphs[k] as SetGlyph).blankR;
    if (blank > 0) continue;
    const last = glyphs[j] as SetGlyph;
    last.blankR = last.trimR;
    last.trimR = 0;
    i = j;
  }
}

function measureAtom(atom: Atom, glyphs: readonly SetGlyph[], style: SpacingStyle): void {
  for (let i = atom.first; i < atom.end; i++) {
    const g = glyphs[i] as SetGlyph;
    atom.width += g.advance - g.trimL - g.trimR;
    atom.shrink += g.squeeze;
    atom.letters += g.letters;
  }
  if (style.grid) {
    atom.pad = Math.ceil(atom.width / style.em - 1e-3) * style.em - atom.width;
    atom.width += atom.pad;
  }
  const firstGlyph = glyphs[atom.first] as SetGlyph;
  const lastGlyph = glyphs[atom.end - 1] as SetGlyph;
  if (firstGlyph.blankL > 0) {
    atom.lead = style.punctuation.lineStart ? firstGlyph.blankL : 0;
    atom.leadSqueeze = firstGlyph.squeeze;
  }
  if (lastGlyph.blankR > 0) {
    atom.trail = lastGlyph.blankR;
    atom.trailSqueeze = lastGlyph.squeeze;
  }
  if (style.hanging && '。，、．'.includes(lastGlyph.chars)) {
    atom.hang = lastGlyph.advance - lastGlyph.trimR - lastGlyph.blankR;
  }
}

const firstChar = (s: string): string => (s.length === 1 ? s : String.fromCodePoint(s.codePointAt(0) ?? 0));
const lastChar = (s: string): string => (s.length === 1 ? s : ([...s].pop() ?? ''));

interface SplitPiece extends Piece {
  /** Set on the parts of a Latin word or URL cut where a line may break: how welcome a break after it is. */
  /** url-edge: inside a URL's scheme (h|ttps) or a letter from a safe break or its end (ww|w., inde|x): a last resort. */
  split?: 'url-safe' | 'url' | 'url-edge' | 'word' | 'hyphen' | 'hard-hyphen';
  /** The hyphen drawn at the line end when a line breaks after this part. */
  hyphen?: SetGlyph;
}

const URL = /[/@]|www\.|https?:/i;
const URL_SAFE = /[/.\-_?&=@#]/;

/**
 * Latin words and URLs cut where a line may break inside them. A URL breaks best after / . - _ ?
 * & = @ #, and between any two of its characters at a higher cost, never with a hyphen; a word at
 * its hyphenation points (hyphenate.ts), and between any two letters, with a hyphen, only where a
 * part is still wider than the column (clreq allows it as a last resort). Text broken at words
 * (headlines) and text on a character grid keep their words whole unless too wide.
 */
function splitWords(pieces: readonly Piece[], style: SpacingStyle): readonly SplitPiece[] {
  // Spans broken at words (a headline, a byline's names) are not hyphenated.
  const hyphenates = (piece: Piece): boolean => !style.grid && style.words?.[piece.glyphs[0]?.span ?? -1] === undefined;
  const cuts = (piece: Piece): boolean =>
    piece.kind === 'latin' && piece.glyphs.length > 1 && (widthOf(piece.glyphs) > style.maxAtomWidth || (hyphenates(piece) && (URL.test(piece.text) || hyphenPoints(piece.text).length > 0)));
  if (!pieces.some(cuts)) return pieces;
  return pieces.flatMap((piece): SplitPiece[] => {
    if (!cuts(piece)) return [piece];
    if (URL.test(piece.text)) {
      const base = piece.glyphs[0]?.offset ?? 0;
      return cutWhere(piece, (g) => ({ split: URL_SAFE.test(g.chars) ? 'url-safe' : urlCramped(piece.text, g.offset + g.chars.length - base) ? 'url-edge' : 'url', hyphen: false }));
    }
    // A word wider than the column may also break between any two letters, at a higher cost.
    const wide = widthOf(piece.glyphs) > style.maxAtomWidth;
    const points = hyphenates(piece) ? hyphenPoints(piece.text) : [];
    const base = piece.glyphs[0]?.offset ?? 0;
    return cutWhere(piece, (g) => {
      const point = points.find((p) => p.at === g.offset + g.chars.length - base);
      if (point) return { split: point.hyphen ? 'hyphen' : 'hard-hyphen', hyphen: point.hyphen };
      return wide ? { split: 'word', hyphen: true } : undefined;
    });
  });
}

const widthOf = (glyphs: readonly SetGlyph[]): number => glyphs.reduce((w, g) => w + g.advance, 0);

/** Whether a break before `url[at]` falls in the scheme (https://) or leaves one letter by a safe break or an end. */
function urlCramped(url: string, at: number): boolean {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0].length ?? 0;
  if (at < scheme) return true;
  let before = 0;
  while (before < 2 && at - before - 1 >= 0 && !URL_SAFE.test(url[at - before - 1] as string)) before++;
  let after = 0;
  while (after < 2 && at + after < url.length && !URL_SAFE.test(url[at + after] as string)) after++;
  return before < 2 || after < 2;
}

type Cut = { split: NonNullable<SplitPiece['split']>; hyphen: boolean } | undefined;

/** The piece's glyphs in parts; `at(g)` says whether a part ends after glyph g, and how. */
function cutWhere(piece: SplitPiece, at: (g: SetGlyph) => Cut): SplitPiece[] {
  const parts: SplitPiece[] = [];
  let glyphs: SetGlyph[] = [];
  piece.glyphs.forEach((g, i) => {
    const cut = i < piece.glyphs.length - 1 ? at(g) : undefined;
    // The glyph before a break takes its advance without kerning, since a line may end after it.
    glyphs.push(cut ? { ...g, advance: g.face.naturalAdvance(g.id) * g.size } : g);
    if (!cut) return;
    const part: SplitPiece = { kind: 'latin', glyphs, text: textOf(glyphs), split: cut.split };
    const hyphen = cut.hyphen ? hyphenGlyph(g) : undefined;
    if (hyphen) part.hyphen = hyphen;
    parts.push(part);
    glyphs = [];
  });
  // The last part keeps how the whole piece ended (a hyphenation point, a URL's safe break).
  parts.push({ ...piece, glyphs, text: textOf(glyphs) });
  return parts;
}

const textOf = (glyphs: readonly SetGlyph[]): string => glyphs.map((g) => g.chars).join('');

/** A hyphen in the glyph's face and size, to stand after it (at its end in the source, standing for none of it). */
function hyphenGlyph(g: SetGlyph): SetGlyph | undefined {
  const found = g.face.char('-');
  return found ? setGlyphs(found, g.face, g.size, g.span, g.offset + g.chars.length)[0] : undefined;
}
