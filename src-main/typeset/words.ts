/**
 * Where text broken only between words (headlines) may break: Chinese words from the platform's
 * ICU word segmenter (`Intl.Segmenter`, dictionary based), with a phrase pass on top, since the
 * dictionary cuts finer than a headline may: a particle stays with the word before it, a number
 * with its measure word or unit (and the one character that unit names: 5号线), a one-character
 * verb with its complement (串起, 迎来), and two other one-character words in a row are most
 * often one word the dictionary does not know.
 */

/** How welcome a break is before a character; the breaker's penalty for each is in segment.ts. */
export const WORD_BREAK = {
  /** Inside a word: allowed only when nothing else fits, and reported. */
  inWord: 0,
  /** Between two one-character words. */
  betweenShortWords: 1,
  /** Between a word and a one-character word. */
  besideShortWord: 2,
  betweenWords: 3,
} as const;

/** Characters that end the word before them rather than start one (的 of 我们的, 了 of 打响了). */
const PARTICLES = new Set('的了着过们地得吗呢吧啊么之'.split(''));
/** Directional and result complements, which a one-character verb before them keeps (串起, 迎来, 办好). */
const COMPLEMENTS = new Set('起来去上下进出回过开到住成完好'.split(''));

let segmenter: Intl.Segmenter | undefined;

/** For each UTF-16 offset of `text`, how welcome a break before that character is. */
export function wordBreaks(text: string): Uint8Array {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out = new Uint8Array(text.length + 1);
  let prev: string | undefined;
  let beforePrev = '';
  for (const { segment, index } of segmenter.segment(text)) {
    if (prev !== undefined) out[index] = breakBetween(beforePrev, prev, segment);
    beforePrev = prev ?? '';
    prev = segment;
  }
  out[text.length] = WORD_BREAK.betweenWords;
  return out;
}

/** Words that name a role in a byline: the name after them stays on their line. */
const ROLES = /(?:记者|通讯员|实习生|摄影|特约评论员|评论员|编辑)$/u;

/**
 * For each UTF-16 offset of a byline (本报讯（记者 郑可 实习生 卢佳怡）, 本报记者 韩晓雪　宋景行), how
 * welcome a break before that character is: at a space or a bracket, but not between a role and
 * the name after it, and never inside a name, unless nothing else fits.
 */
export function nameBreaks(text: string): Uint8Array {
  const out = new Uint8Array(text.length + 1);
  for (let i = 1; i < text.length; i++) {
    const before = text[i - 1] as string;
    const at = text[i] as string;
    if (/\s/u.test(at) || /[（(【［]/u.test(at) || /[）)】］]/u.test(before)) out[i] = WORD_BREAK.betweenWords;
    else if (/\s/u.test(before)) out[i] = ROLES.test(text.slice(0, i).trimEnd()) ? WORD_BREAK.besideShortWord : WORD_BREAK.betweenWords;
    else out[i] = WORD_BREAK.inWord;
  }
  out[text.length] = WORD_BREAK.betweenWords;
  return out;
}

/** How welcome a break is between `before` and `word` (`beforeThat` is the word before `before`). */
function breakBetween(beforeThat: string, before: string, word: string): number {
  const first = word.codePointAt(0) ?? 0;
  const lastBefore = before.codePointAt(before.length - 1) ?? 0;
  if (/\s/.test(word) || /\s/.test(before)) return WORD_BREAK.betweenWords;
  if (word.length === 1 && PARTICLES.has(word)) return WORD_BREAK.inWord;
  // 5号线, 3.5公里, 12℃: a number keeps what counts it,
  if (isDigit(lastBefore) && !isDigit(first)) return WORD_BREAK.inWord;
  const short = (w: string): boolean => [...w].length === 1;
  // and a one-character unit the one character it names (5号|线).
  const afterNumber = isDigit(beforeThat.codePointAt(beforeThat.length - 1) ?? 0);
  if (short(before) && short(word) && (afterNumber || COMPLEMENTS.has(word))) return WORD_BREAK.inWord;
  if (short(before) && short(word)) return WORD_BREAK.betweenShortWords;
  if (short(before) || short(word)) return WORD_BREAK.besideShortWord;
  return WORD_BREAK.betweenWords;
}

const isDigit = (cp: number): boolean => (cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19);

/**
 * What a number keeps on its line in body text: its magnitude (126万, 3.5亿元), a currency, a unit
 * of measure (3.5公里, 12 ℃, 5 km). Measure words and dates (300人, 5月) may break as clreq allows.
 */
const HAN_UNITS = new Set('万亿千元角米克吨升亩度瓦伏公厘毫平立'.split(''));
const SIGN_UNITS = new Set('℃℉%％‰°′″㎡㎞㎏㎝㎜'.split(''));
const LATIN_UNITS = /^(?:km|m|cm|mm|kg|g|mg|t|GB|MB|TB|KB|kW|kWh|MW|GW|Hz|kHz|MHz|GHz|mph|ml|mL|L|dB|h|min|s)(?![A-Za-z])/;

/** Whether a line may not break between a number ending in `last` and the text `next` after it. */
export function keepsWithNumber(last: string, next: string): boolean {
  if (!isDigit(last.codePointAt(0) ?? 0)) return false;
  const first = String.fromCodePoint(next.codePointAt(0) ?? 0);
  return HAN_UNITS.has(first) || SIGN_UNITS.has(first) || LATIN_UNITS.test(next);
}
