/**
 * Where a Latin word inside Chinese text may be hyphenated at a line end: TeX's patterns through
 * the `hyphen` package, American English by default and German (1996 spelling) for a word with
 * ä ö ü ß or a long compound that looks German (sch, pf, tz, -ierung, -ungs-, -heit, -keit). As TeX's defaults do, two letters stay before a
 * break and three after it; a word of fewer than six letters, one in capitals (an acronym: OLED,
 * LiDAR's DAR), and one with digits is never hyphenated. A word that has its own hyphens
 * (state-of-the-art) breaks after them.
 */
/// <reference path="./hyphen-patterns.d.ts" />
import english from 'hyphen/en-us/index.js';
import german from 'hyphen/de-1996/index.js';

/** A place a word may break: after UTF-16 offset `at`; `hyphen` when a hyphen must then be drawn. */
export interface HyphenPoint {
  at: number;
  hyphen: boolean;
}

const LEFT_MIN = 2;
const RIGHT_MIN = 3;
const MIN_LETTERS = 6;
const MARK = '\u00ad';
const LETTERS = /^[A-Za-z\u00c0-\u024f]+$/;
/**
 * German: a word with ä ö ü ß, or a long compound with what English rarely writes: sch, pf, tz,
 * or the endings of German nouns with the linking s of a compound (Internationalisierungs-, -heits-).
 */
const GERMAN = /[äöüßÄÖÜ]/;
const GERMAN_COMPOUND = /sch|pf|tz|ierung|ungs|heit|keit|schaft/i;
const isGerman = (word: string): boolean => GERMAN.test(word) || (word.length >= 14 && GERMAN_COMPOUND.test(word));

const cache = new Map<string, readonly HyphenPoint[]>();
const CACHE_LIMIT = 20_000;
const NONE: readonly HyphenPoint[] = Object.freeze([]);

/** The hyphenation points of one Latin piece of text (a word with any marks around it), in order. */
export function hyphenPoints(text: string): readonly HyphenPoint[] {
  let points = cache.get(text);
  if (points) return points;
  points = findPoints(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, points);
  return points;
}

function findPoints(text: string): readonly HyphenPoint[] {
  // The letters of the piece, without marks before or after it ("(Transformer)," → Transformer).
  const core = /^([^A-Za-z\u00c0-\u024f]*)(.*?)([^A-Za-z\u00c0-\u024f]*)$/s.exec(text);
  const lead = core?.[1] ?? '';
  const word = core?.[2] ?? '';
  if (word.length < MIN_LETTERS) return NONE;
  const points: HyphenPoint[] = [];
  let at = lead.length;
  const parts = word.split('-');
  parts.forEach((part, i) => {
    if (LETTERS.test(part)) for (const p of partPoints(part)) points.push({ at: at + p, hyphen: true });
    at += part.length;
    // A hard hyphen is a place to break, and draws nothing more, with the same letters around it.
    if (i < parts.length - 1) {
      at += 1;
      if (at - lead.length > LEFT_MIN && lead.length + word.length - at >= RIGHT_MIN) points.push({ at, hyphen: false });
    }
  });
  return points.length ? points : NONE;
}

/** Offsets inside one word of letters after which a hyphen may go. */
function partPoints(word: string): number[] {
  if (word.length < MIN_LETTERS || word === word.toUpperCase() || /[A-Z]{2}/.test(word)) return [];
  const patterns = isGerman(word) ? german : english;
  const out: number[] = [];
  let at = 0;
  for (const c of patterns.hyphenateSync(word, { hyphenChar: MARK, minWordLength: MIN_LETTERS })) {
    if (c === MARK) {
      if (at >= LEFT_MIN && word.length - at >= RIGHT_MIN) out.push(at);
    } else at += c.length;
  }
  return out;
}
