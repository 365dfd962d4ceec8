/**
 * Where text broken only between words (headlines) may break: Chinese words from the platform's
 * ICU word segmenter (`Intl.Segmenter`, dictionary based), with a phrase pass on top, since the
 * dictionary cuts finer than a headline may: a particle stays with the word before it, a number
 * with its measure word or unit, and two one-character words in a row are most often one verb
 * the dictionary does not know (串起, 打响).
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

let segmenter: Intl.Segmenter | undefined;

/** For each UTF-16 offset of `text`, how welcome a break before that character is. */
export function wordBreaks(text: string): Uint8Array {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out = new Uint8Array(text.length + 1);
  let prev: string | undefined;
  for (const { segment, index } of segmenter.segment(text)) {
    if (prev !== undefined) out[index] = breakBetween(prev, segment);
    prev = segment;
  }
  out[text.length] = WORD_BREAK.betweenWords;
  return out;
}

function breakBetween(before: string, word: string): number {
  const first = word.codePointAt(0) ?? 0;
  const lastBefore = before.codePointAt(before.length - 1) ?? 0;
  if (/\s/.test(word) || /\s/.test(before)) return WORD_BREAK.betweenWords;
  if (word.length === 1 && PARTICLES.has(word)) return WORD_BREAK.inWord;
  // 5号线, 3.5公里, 12℃: a number keeps what counts it.
  if (isDigit(lastBefore) && !isDigit(first)) return WORD_BREAK.inWord;
  const short = (w: string): boolean => [...w].length === 1;
  if (short(before) && short(word)) return WORD_BREAK.betweenShortWords;
  if (short(before) || short(word)) return WORD_BREAK.besideShortWord;
  return WORD_BREAK.betweenWords;
}

const isDigit = (cp: number): boolean => (cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19);
