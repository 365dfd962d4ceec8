/**
 * Character classes for Chinese composition, after W3C clreq §3.1 and jlreq appendix A.
 * Tables are data: the breaker and the spacer only ask these predicates.
 */

/** May not start a line (行首禁则), strict set as newspapers use it. */
const NO_START = new Set(
  '。．，、；：？！）］｝〕〉》」』】〗〙〛”’…‥—～％‰℃°′″・·ー々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ' +
  ')]},.;:?!%',
);

/** May not end a line (行尾禁则). */
const NO_END = new Set('（［｛〔〈《「『【〖〘〚“‘([{￥＄£$'.split(''));

/** Full-width punctuation whose blank half may be removed (the font's halt tells which half). */
const COMPRESSIBLE = new Set('。．，、；：？！（）［］｛｝〔〕〈〉《》「」『』【】〖〗〘〙〚〛“”‘’'.split(''));

export const isNoStart = (ch: string): boolean => NO_START.has(ch);
export const isNoEnd = (ch: string): boolean => NO_END.has(ch);
export const isCompressible = (ch: string): boolean => COMPRESSIBLE.has(ch);

/** Opening punctuation: its blank half is on the left when the font has no halt feature. */
export const isOpening = (ch: string): boolean => '（［｛〔〈《「『【〖〘〚“‘'.includes(ch);

/** Han ideographs, kana, bopomofo and full-width forms: set one per em, breakable anywhere. */
export function isIdeographic(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK Unified Ideographs
    (cp >= 0x3400 && cp <= 0x4dbf) || // Extension A
    (cp >= 0x20000 && cp <= 0x3134f) || // Extensions B–G
    (cp >= 0xf900 && cp <= 0xfaff) || // Compatibility Ideographs
    (cp >= 0x3040 && cp <= 0x30ff) || // Hiragana, Katakana
    (cp >= 0x3100 && cp <= 0x312f) || // Bopomofo
    (cp >= 0x3000 && cp <= 0x303f) || // CJK symbols and punctuation
    (cp >= 0xff01 && cp <= 0xff60) || // Full-width forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x2e80 && cp <= 0x2fdf) || // Radicals
    (cp >= 0x3200 && cp <= 0x33ff) || // Enclosed CJK, CJK compatibility (㎡ ℃-like units)
    cp === 0x2014 || cp === 0x2026 || cp === 0x2025 || // — … ‥ set full width in Chinese
    (cp >= 0x2018 && cp <= 0x201f) || // ‘ ’ “ ”
    cp === 0x2103 || cp === 0x2030 || cp === 0x00b7 || cp === 0x2022 || cp === 0x203b // ℃ ‰ · • ※
  );
}

/** Han characters proper: the ones that take CJK–Latin spacing next to Latin letters and digits. */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3134f) || (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x3040 && cp <= 0x30ff)
  );
}

/** White space: a place to break, dropped at line ends. The full-width U+3000 keeps its em mid-line. */
export const isSpace = (ch: string): boolean => ch.length === 1 && isSpaceCode(ch.charCodeAt(0));

/** `isSpace` of a code point. */
export const isSpaceCode = (cp: number): boolean =>
  cp === 0x20 || cp === 0x09 || cp === 0xa0 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f;

/** A line break typed into a text (LF, CR, the Unicode line and paragraph separators): a forced break. */
export const isLineBreakCode = (cp: number): boolean => cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;

/** Pairs of these are one unit (——, ……): never split, and a line may start with the whole pair. */
export const isPairedCode = (cp: number): boolean => cp === 0x2014 || cp === 0x2026 || cp === 0x2025;

/** Counts toward "a character" for the lone-last-line rule (punctuation does not). */
export function isLetterLike(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}
